#!/usr/bin/env bash
# Every benchmark of issue 16 in one run: each hot path beside its limit and the naive way, with its goal; a table on
# stdout and JSON in bench/results/ (latest.json, or smoke.json). Figures are ratios measured in the same run.
#   bench/run.sh            full run (about 10 minutes on 2 cores; includes bench/apphost-start.sh 2)
#   bench/run.sh --smoke    seconds-long variant with small data, goals not judged (eng/test.sh runs it)
# PostgreSQL and RabbitMQ are started as the tests start them (tests/TestSupport), or taken from
# ConnectionStrings__postgres / ConnectionStrings__messaging.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mkdir -p bench/results
dotnet build -c Release bench/Hemit.Bench -nologo -v quiet
args=("$@")
if [[ " $* " != *" --smoke "* ]]; then
  bench/apphost-start.sh 2 | tee bench/results/stack-start.txt
  args+=(--stack-start "$root/bench/results/stack-start.txt")
fi
exec dotnet bench/Hemit.Bench/bin/Release/net10.0/Hemit.Bench.dll "${args[@]}"
