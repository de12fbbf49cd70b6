#!/usr/bin/env bash
# Installs what `make run` and `make test` need on a fresh machine, once: a Python virtualenv
# with moto, the SAM CLI and cfn-lint (pinned in requirements-dev.txt), the Node packages of the
# browser tests, and (with --browser) Debian's Chromium. Re-running it is cheap.
set -euo pipefail
source "$(dirname "$0")/env.sh"

if [ ! -x "$JAVA_HOME/bin/java" ]; then
  echo "Java 25 not found at $JAVA_HOME (set JAVA_HOME_25)" >&2
  exit 1
fi

stamp="$ROOT/.venv/.installed"
if [ ! -f "$stamp" ] || [ "$ROOT/requirements-dev.txt" -nt "$stamp" ]; then
  log "Python tools (moto, SAM CLI, cfn-lint) into .venv"
  python3 -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/requirements-dev.txt"
  touch "$stamp"
fi

if [ -f "$ROOT/package.json" ]; then
  nstamp="$ROOT/node_modules/.installed"
  if [ ! -f "$nstamp" ] || [ "$ROOT/package-lock.json" -nt "$nstamp" ]; then
    log "Node packages"
    (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
    touch "$nstamp"
  fi
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  log "Debian's Chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
