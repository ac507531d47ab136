#!/usr/bin/env bash
# Every benchmark of issue 16 in one run: each hot path beside its limit and the naive way, with its goal; a table on
# stdout and JSON in bench/results/ (latest.json, or smoke.json). Figures are ratios measured in the same run.
#   bench/run.sh              full run, Release (11-18 minutes on 2 cores; includes bench/apphost-start.sh 2)
#   bench/run.sh --smoke      every benchmark with small data and one short run each, goals not judged; reuses the
#                             solution's Debug build (eng/test.sh runs it so the benchmarks never rot)
#   bench/run.sh --only events,status-report   a part of the run (ingest, queries, events, status-report, micro)
# PostgreSQL and RabbitMQ are started as the tests start them (tests/TestSupport), or taken from
# ConnectionStrings__postgres / ConnectionStrings__messaging.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mkdir -p bench/results
configuration=Release
[[ " $* " == *" --smoke "* ]] && configuration=Debug
dotnet build -c "$configuration" bench/Hemit.Bench -nologo -v quiet >/dev/null
args=("$@")
if [[ " $* " != *" --smoke "* && " $* " != *" --only "* ]]; then
  bench/apphost-start.sh 2 | tee bench/results/stack-start.txt >&2
  args+=(--stack-start "$root/bench/results/stack-start.txt")
fi
# Aspire's and PostgreSQL's logs go to stderr; the table to stdout.
exec dotnet "bench/Hemit.Bench/bin/$configuration/net10.0/Hemit.Bench.dll" "${args[@]}"
