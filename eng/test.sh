#!/usr/bin/env bash
# Runs every test (unit, integration on real PostgreSQL and RabbitMQ, browser in headless Chromium)
# and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh --with-browser || exit 1

dotnet tool restore >/dev/null
dotnet build Hemit.Platform.sln -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
dotnet test Hemit.Platform.sln --no-build -nologo --results-directory TestResults \
  --logger "console;verbosity=minimal" --blame-hang-timeout 15m 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly prints "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, …" (or "Failed!").
read -r passed failed < <(grep -E '^(Passed|Failed)! +- Failed: ' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' \
  | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
rm -f "$log"
if (( status != 0 && failed == 0 )); then
  # A test host that crashed reports no summary line; count it so the run cannot look green.
  failed=1
fi
# Every benchmark on small data, so none rots; timings are not judged here (see Benchmarks in the README).
mkdir -p TestResults
bench/run.sh --smoke > TestResults/bench-smoke.txt 2>&1 \
  || { echo "bench/run.sh --smoke failed: see TestResults/bench-smoke.txt"; failed=$((failed + 1)); status=1; }
echo "${passed} passed, ${failed} failed"
exit "$status"
