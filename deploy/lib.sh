# Shared by the deploy scripts. Everything the scripts make lives under .local/ (git-ignored).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL="$ROOT/.local"
MVNW="$ROOT/mvnw"
KAFKA_DIR="$LOCAL/kafka"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
mkdir -p "$LOCAL"

# verification-service draws its random field-check sample with a secret and refuses to start in production without
# one. Local runs (deploy/up, deploy/test, the benchmarks, and the services they start) share one kept in .local, made
# once, so the draws stay the same across restarts; a district sets its own SAMPARK_VERIFICATION_SAMPLE_SECRET.
if [ -z "${SAMPARK_VERIFICATION_SAMPLE_SECRET:-}" ]; then
  if [ ! -s "$LOCAL/sample-secret" ]; then
    (umask 077; LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 40 > "$LOCAL/sample-secret" || true)
  fi
  SAMPARK_VERIFICATION_SAMPLE_SECRET="$(cat "$LOCAL/sample-secret")"
  export SAMPARK_VERIFICATION_SAMPLE_SECRET
fi

# intake signs IT-Act evidence exports with an Ed25519 key only it holds (deploy/evidence-verify checks an export
# against the public half). Local runs share one made once under .local (JDK only); a district sets its own
# SAMPARK_EVIDENCE_SIGNING_KEY and publishes the public key to whoever must verify.
if [ -z "${SAMPARK_EVIDENCE_SIGNING_KEY:-}" ]; then
  if [ ! -s "$LOCAL/evidence-signing.key" ] || [ ! -s "$LOCAL/evidence-signing.pub" ]; then
    java "$ROOT/deploy/tools/EvidenceSigningKey.java" "$LOCAL/evidence-signing.key" "$LOCAL/evidence-signing.pub" || true
  fi
  if [ -s "$LOCAL/evidence-signing.key" ]; then
    SAMPARK_EVIDENCE_SIGNING_KEY="$(cat "$LOCAL/evidence-signing.key")"
    export SAMPARK_EVIDENCE_SIGNING_KEY
  fi
fi

# The services have no WhatsApp, portal or Open311 secrets outside dev and tests: production refuses to start without
# the district's. Local runs talk to the simulators, so whatever starts a packaged service here (deploy/up, the
# benchmarks) exports the simulators' values first (deploy/simulators' SimulatorSettings holds the same for Java).
use_simulator_secrets() {
  export WHATSAPP_APP_SECRET="${WHATSAPP_APP_SECRET:-sim-app-secret}"
  export WHATSAPP_VERIFY_TOKEN="${WHATSAPP_VERIFY_TOKEN:-sim-verify-token}"
  export WHATSAPP_ACCESS_TOKEN="${WHATSAPP_ACCESS_TOKEN:-sim-access-token}"
  export SAMPARK_PORTAL_API_KEY="${SAMPARK_PORTAL_API_KEY:-sim-sampark-key}"
  export OPEN311_API_KEYS="${OPEN311_API_KEYS:-sim-open311-key}"
  # The local demo accounts (HTTP Basic: operator / operator-secret, phed-officer / phed-secret, ops / ops-secret, ...)
  # exist in the services' dev and test profiles only; a packaged service gets its own at start from these files, the
  # same the Java side reads (SimulatorSettings.demoAccounts): see demo_accounts.
  DEMO_ACCOUNTS_DIR="$ROOT/deploy/simulators/src/main/resources/demo-accounts"
}

# The -D options giving a packaged service its local demo accounts (after use_simulator_secrets), one per line;
# nothing for a service without any. Never for a district: there people sign in with Keycloak tokens.
demo_accounts() { # service
  local file="${DEMO_ACCOUNTS_DIR:?use_simulator_secrets first}/$1.properties" line
  [ -f "$file" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    printf -- '-D%s\n' "$line"
  done < "$file"
}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- 3<&- ; }

# The broker's classpath from Maven Central (cached after the first call).
kafka_classpath() {
  local cp="$KAFKA_DIR/classpath.txt"
  if [ ! -s "$cp" ] || [ "$ROOT/deploy/kafka-broker/pom.xml" -nt "$cp" ]; then
    mkdir -p "$KAFKA_DIR"
    log "resolving the Apache Kafka broker jars from Maven Central"
    "$MVNW" -q -B -f "$ROOT/deploy/kafka-broker/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$cp" -Dmdep.includeScope=runtime >&2
  fi
  cat "$cp"
}

wait_for_port() { # port seconds what
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    port_open "$1" && return 0
    sleep 0.2
  done
  log "$3 did not open port $1 within $2 s"
  return 1
}
