#!/usr/bin/env bash
# Runs the whole stack: PostgreSQL, RabbitMQ, the dashboard and every service, from one command.
set -euo pipefail
cd "$(dirname "$0")/.."
eng/prerequisites.sh
dotnet build AppHost/AppHost.csproj -nologo -v quiet
exec dotnet run --no-build --project AppHost/AppHost.csproj -- "$@"
