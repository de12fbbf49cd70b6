#!/usr/bin/env bash
# `make test`: every test. Style checks and the Java tests (handlers through template.yaml's
# routes against moto), the template checks (cfn-lint, sam validate --lint, sam build), and the
# browser tests against the local portal in Debian's headless Chromium.
set -euo pipefail
source "$(dirname "$0")/env.sh"
MOTO_PORT="${MOTO_TEST_PORT:-5056}"
PORTAL_PORT="${PORTAL_TEST_PORT:-3999}"
browser_tests=false
[ -d "$ROOT/tests/browser" ] && browser_tests=true

if $browser_tests; then "$ROOT/scripts/tools.sh" --browser; else "$ROOT/scripts/tools.sh"; fi

cleanup() {
  [ -n "${portal_pid:-}" ] && kill "$portal_pid" 2>/dev/null || true
  "$ROOT/scripts/emulator.sh" stop "$MOTO_PORT"
}
trap cleanup EXIT
"$ROOT/scripts/emulator.sh" start "$MOTO_PORT"
export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT"

log "Style and Java tests (against moto on port $MOTO_PORT)"
mvn -B --no-transfer-progress -f "$ROOT/functions/pom.xml" install 2>&1 \
  | grep -v -e '^\[INFO\] \(Download\|Copying\|Building jar\|Installing\)' \
            -e 'sun.misc.Unsafe' -e 'WARNING: .*Unsafe'

log "Template: cfn-lint, sam validate --lint, sam build"
cd "$ROOT"
cfn-lint template.yaml
sam validate --lint
sam build --build-dir "$STATE_DIR/sam-build" >"$STATE_DIR/sam-build.log" 2>&1 \
  || { tail -40 "$STATE_DIR/sam-build.log"; exit 1; }
echo "sam build: $(ls "$STATE_DIR/sam-build" | grep -c Function) functions built"

if $browser_tests; then
  log "Browser tests (headless Chromium) against the local portal on port $PORTAL_PORT"
  PORT="$PORTAL_PORT" SAV_DEMO_PASSWORD=demo1234 "$ROOT/scripts/portal.sh" \
    >"$STATE_DIR/portal-test.log" 2>&1 &
  portal_pid=$!
  for _ in $(seq 1 150); do
    grep -q "SAV Web is running" "$STATE_DIR/portal-test.log" 2>/dev/null && break
    kill -0 "$portal_pid" 2>/dev/null || { cat "$STATE_DIR/portal-test.log"; exit 1; }
    sleep 0.2
  done
  SAV_URL="http://localhost:$PORTAL_PORT" node --test --test-concurrency=1 tests/browser/
fi
log "All tests passed"
