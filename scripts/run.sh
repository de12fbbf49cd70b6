#!/usr/bin/env bash
# `make run`: the whole portal on this machine. Builds the functions, starts moto on loopback,
# then the local portal (table from template.yaml, SES identities, demo data, stream poller,
# gateway serving static-site/ and /api). Ctrl-C stops everything.
set -euo pipefail
source "$(dirname "$0")/env.sh"
export PORT="${PORT:-3000}"
MOTO_PORT="${MOTO_PORT:-5055}"

"$ROOT/scripts/tools.sh"
log "Building the functions"
$MVN install -DskipTests

log "Starting the emulator (moto) on 127.0.0.1:$MOTO_PORT"
"$ROOT/scripts/emulator.sh" start "$MOTO_PORT"
trap '"$ROOT/scripts/emulator.sh" stop "$MOTO_PORT"' EXIT
export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT"

log "Starting SAV Web on http://localhost:$PORT"
"$ROOT/scripts/portal.sh"
