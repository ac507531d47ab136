#!/usr/bin/env bash
# Keeps deploy/ in step with the app model: builds the AppHost, writes its Aspire manifest (publish mode) to
# deploy/out/aspire-manifest.json for reading, renders both overlays, and runs tests/Deploy.Tests, which checks the
# rendered services, ports, settings and connection names against that manifest. Run it after changing
# AppHost/Program.cs or deploy/; when it names a setting, add it to deploy/base/services/<service>.env (or the
# service's ExternalSecret for a secret) as the message says.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Deploy.Tests -nologo -v quiet
# The development credentials the AppHost makes on the way go to a throwaway folder, not .hemit/.
HEMIT_DATA_DIR="$(mktemp -d)" dotnet run --no-build --no-launch-profile --project AppHost -- --publisher manifest --output-path "$PWD/deploy/out"
for overlay in test production; do
  kubectl kustomize "deploy/overlays/$overlay" > "deploy/out/$overlay.yaml"
done
dotnet test tests/Deploy.Tests --no-build -nologo
