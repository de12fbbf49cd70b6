# Shared settings of the project's scripts; sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$ROOT/.venv/bin:$PATH"
export AWS_REGION="${AWS_REGION:-eu-west-1}"
export AWS_DEFAULT_REGION="$AWS_REGION"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-testing}"
export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-testing}"
export SAM_CLI_TELEMETRY=0
STATE_DIR="$ROOT/.local"
mkdir -p "$STATE_DIR"
MVN="mvn -B -q -f $ROOT/functions/pom.xml"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
