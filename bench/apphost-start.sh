#!/usr/bin/env bash
# Time from `dotnet run --project AppHost` (built tree) to every resource healthy, against the 30 s limit.
# Usage: bench/apphost-start.sh [runs]   (default 3; the first run of a fresh data folder includes initdb and RabbitMQ's first boot)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
limit=30
data=$(mktemp -d /tmp/hemit-bench-XXXXXX)
chmod 755 "$data"
trap 'rm -rf "$data"' EXIT
dotnet build AppHost/AppHost.csproj -nologo -v quiet

all_healthy() {
  local file=$data/endpoints.json names healthy
  [[ -f $file ]] || return 1
  names=$(grep -c '"name"' "$file" || true)
  healthy=$(grep -c '"health": "Healthy"' "$file" || true)
  (( names >= 16 && healthy == names ))
}

for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  HEMIT_DATA_DIR=$data dotnet run --no-build --project AppHost >/dev/null 2>&1 &
  runner=$!
  elapsed_ms=""
  for _ in $(seq 1 1200); do
    if all_healthy; then
      elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
      # Each service's resident memory at rest, just after all healthy (the first run only: one figure per service).
      if (( run == 1 )); then
        sleep 5
        # The services run from this tree's src/ (DCP starts them detached, so not as the AppHost's children).
        for pid in $(pgrep -f "$PWD/src/.*Hemit\.[A-Za-z]+" || true); do
          name=$(tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | grep -o 'Hemit\.[A-Za-z]*' | head -1 || true)
          rss=$(awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || true)
          if [[ -n $name && -n $rss ]]; then echo "memory $name $rss MiB"; fi
        done
      fi
      break
    fi
    sleep 0.1
  done
  # SIGTERM, not SIGINT: a job started in the background of a script ignores SIGINT, as if Ctrl+C never came.
  apphost=$(pgrep -P "$runner" -f Hemit.AppHost || true)
  kill -TERM "${apphost:-$runner}" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
  if [[ -z $elapsed_ms ]]; then
    echo "run $run: not healthy within 120 s"
  else
    printf 'run %d: every resource healthy in %d.%d s; ratio to the %d s limit %d.%02d\n' "$run" \
      $(( elapsed_ms / 1000 )) $(( elapsed_ms % 1000 / 100 )) "$limit" $(( elapsed_ms / (limit * 1000) )) $(( elapsed_ms * 100 / (limit * 1000) % 100 ))
  fi
  for _ in $(seq 1 150); do [[ -f $data/endpoints.json ]] || break; sleep 0.2; done
  sleep 2
done
