#!/usr/bin/env bash
# Every benchmark in one run (issue 16): each hot path as a ratio to its limit and to the naive way, a table on
# stdout and JSON in bench/results/latest.json. `bench/run.sh --smoke` is the seconds-long variant.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/Hemit.Bench -nologo -v quiet
dotnet build -c Release src/Finance -nologo -v quiet
exec dotnet bench/Hemit.Bench/bin/Release/net10.0/Hemit.Bench.dll "$@"
