#!/usr/bin/env bash
# Starts the already-built local portal in the foreground (no build): used by `make run`, by the
# browser tests, and by hand. Needs AWS_ENDPOINT_URL (the emulator) and PORT.
#   scripts/portal.sh            -- refreshes the class path from Maven first
#   scripts/portal.sh --no-maven -- reuses .local/portal.classpath
set -euo pipefail
source "$(dirname "$0")/env.sh"
: "${AWS_ENDPOINT_URL:?start the emulator first: scripts/emulator.sh start 5055}"
export PORT="${PORT:-3000}"

if [ "${1:-}" != "--no-maven" ] || [ ! -f "$STATE_DIR/portal.classpath" ]; then
  $MVN -pl portal-local dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$STATE_DIR/portal.classpath"
fi
cd "$ROOT"
exec java -cp "$ROOT/functions/portal-local/target/classes:$(cat "$STATE_DIR/portal.classpath")" \
  -Dsavweb.template="$ROOT/template.yaml" com.savweb.portal.LocalPortal
