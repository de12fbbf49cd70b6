#!/usr/bin/env bash
# Cold start of the functions, measured from JVM start to first response, against a baseline
# run in the same script: a plain-Java handler with no framework and no AWS client.
#
# Each run is a fresh JVM whose class path is one function's deployment package as `sam build`
# makes it; the handler is constructed as Lambda does and answers one API Gateway event that
# makes one DynamoDB call (a session look-up, or the catalogue for the create function) against
# moto. Modes: the JVM's defaults; -XX:TieredStopAtLevel=1 (what template.yaml sets); and a
# JDK 25 AOT cache recorded by one training run (-XX:AOTCacheOutput, then -XX:AOTCache).
# Prints the median of RUNS runs (default 5) per function and mode, and the ratio to baseline.
# Not a test: a laptop-class machine, not Lambda's; compare the ratios, not the milliseconds.
set -euo pipefail
source "$(dirname "$0")/env.sh"
RUNS="${RUNS:-5}"
MOTO_PORT="${MOTO_BENCH_PORT:-5058}"
BUILD="$STATE_DIR/sam-build"
WORK="$STATE_DIR/bench"
mkdir -p "$WORK"

"$ROOT/scripts/tools.sh"
if [ ! -d "$BUILD/AuthFunction/lib" ]; then
  log "Building the functions and their deployment packages"
  $MVN install -DskipTests
  (cd "$ROOT" && sam build --build-dir "$BUILD" >"$STATE_DIR/sam-build.log" 2>&1)
fi

"$ROOT/scripts/emulator.sh" start "$MOTO_PORT"
trap '"$ROOT/scripts/emulator.sh" stop "$MOTO_PORT"' EXIT
export AWS_ENDPOINT_URL="http://127.0.0.1:$MOTO_PORT"
$MVN -pl portal-local dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$STATE_DIR/portal.classpath"
java -cp "$(cat "$STATE_DIR/portal.classpath")" -Dsavweb.template="$ROOT/template.yaml" \
  com.savweb.local.ProvisionTable >/dev/null
javac -d "$WORK/probe" -cp "$BUILD/AuthFunction/lib/*" "$ROOT/bench/ColdStartProbe.java"
# An AOT cache accepts only jars on the class path, as Lambda's own layout has them.
jar --create --file "$WORK/probe.jar" -C "$WORK/probe" .
export SAV_TABLE_NAME=SavWeb SAV_LOG_LEVEL=WARN

# name | deployment package | handler | route key | path | cookie
cases=(
  "plain-java|AuthFunction|plain|GET /api/auth/me|/api/auth/me|"
  "auth|AuthFunction|com.savweb.auth.AuthHandler|GET /api/auth/me|/api/auth/me|sav_session=x"
  "list|ListDossiersFunction|com.savweb.dossier.list.ListDossiersHandler|GET /api/dossiers|/api/dossiers|sav_session=x"
  "create|CreateDossierFunction|com.savweb.dossier.create.CreateDossierHandler|GET /api/catalogue|/api/catalogue|"
)

run_once() { # classpath, jvm options, probe arguments... ; prints ms
  local cp="$1" opts="$2"
  shift 2
  local start end
  start=$(date +%s%3N)
  # shellcheck disable=SC2086
  end=$(java $opts -cp "$cp" ColdStartProbe "$@" | awk '/^FIRST_RESPONSE/ {print $2}')
  echo $((end - start))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '\n%-11s %-22s %8s %9s\n' function mode "ms" "× plain"
baseline=""
for entry in "${cases[@]}"; do
  IFS='|' read -r name package handler route path cookie <<<"$entry"
  (cd "$BUILD/$package" && jar --create --file "$WORK/$package.jar" $(ls | grep -v '^lib$'))
  cp="$WORK/$package.jar:$BUILD/$package/lib/*:$WORK/probe.jar"
  args=("$handler" "$route" "$path")
  [ -n "$cookie" ] && args+=("$cookie")
  aot="$WORK/$name.aot"
  rm -f "$aot"
  java -XX:AOTCacheOutput="$aot" -Xlog:aot=off -Xlog:cds=off -cp "$cp" ColdStartProbe \
    "${args[@]}" >/dev/null 2>&1 || true
  for mode in default tiered-stop-1 aot-cache; do
    case "$mode" in
      default) opts="" ;;
      tiered-stop-1) opts="-XX:TieredStopAtLevel=1" ;;
      aot-cache) opts="-XX:AOTCache=$aot -Xlog:aot=off -Xlog:cds=off" ;;
    esac
    [ "$mode" = aot-cache ] && [ ! -f "$aot" ] && continue
    ms=$(for _ in $(seq 1 "$RUNS"); do run_once "$cp" "$opts" "${args[@]}"; done | median)
    [ -z "$baseline" ] && baseline="$ms"
    printf '%-11s %-22s %8s %9s\n' "$name" "$mode" "$ms" \
      "$(awk -v a="$ms" -v b="$baseline" 'BEGIN {printf "%.1f", a / b}')"
  done
done
echo
echo "median of $RUNS cold starts each; baseline = plain-java, default JVM options"
