#!/usr/bin/env bash
# Starts or stops the local AWS emulator (moto in server mode) on loopback.
#   scripts/emulator.sh start PORT   -- prints nothing, waits until it answers
#   scripts/emulator.sh stop PORT
set -euo pipefail
source "$(dirname "$0")/env.sh"
action="${1:?start or stop}"
port="${2:?port}"
pidfile="$STATE_DIR/moto-$port.pid"

case "$action" in
  start)
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      kill "$(cat "$pidfile")" 2>/dev/null || true
      sleep 1
    fi
    "$ROOT/.venv/bin/python" "$ROOT/scripts/moto_server.py" "$port" \
      >"$STATE_DIR/moto-$port.log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 100); do
      if curl -fs -o /dev/null "http://127.0.0.1:$port/moto-api/data.json"; then
        exit 0
      fi
      sleep 0.2
    done
    echo "moto did not start on port $port; see $STATE_DIR/moto-$port.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$pidfile" ]; then
      kill "$(cat "$pidfile")" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    ;;
  *)
    echo "usage: $0 start|stop PORT" >&2
    exit 2
    ;;
esac
