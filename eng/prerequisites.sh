#!/usr/bin/env bash
# Installs the Debian packages the platform runs on, when they are missing:
# PostgreSQL 15 and RabbitMQ for the stack, Chromium and poppler-utils for the browser and PDF tests (pass --with-browser).
set -euo pipefail

packages=()
[[ -x /usr/lib/postgresql/15/bin/initdb ]] || packages+=(postgresql)
command -v rabbitmq-server >/dev/null 2>&1 || [[ -x /usr/sbin/rabbitmq-server ]] || packages+=(rabbitmq-server)
if [[ "${1:-}" == "--with-browser" ]]; then
  [[ -x /usr/bin/chromium ]] || packages+=(chromium)
  # pdftotext, to read the status report's PDF back in its tests.
  command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
fi

if (( ${#packages[@]} > 0 )); then
  echo "Installing ${packages[*]} from Debian's packages..."
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# The Debian packages start system-wide servers on the default ports; the platform runs its own
# on free ports under .hemit/, so the system ones are stopped to save memory (ignored where not running).
if command -v service >/dev/null 2>&1; then
  service rabbitmq-server stop >/dev/null 2>&1 || true
  service postgresql stop >/dev/null 2>&1 || true
fi
