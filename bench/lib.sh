# Shared by the bench scripts: build the bench modules, run Java mains, record results.
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/lib.sh"
source "$ROOT/deploy/services.sh"
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"

build_bench() {
  # BENCH_SKIP_BUILD=1 when the same commit was just built (running several benchmarks in a row)
  [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && return 0
  log "building services and bench tools (tests skipped)"
  "$MVNW" -B -q -Pbench install -DskipTests -Dquarkus.package.jar.appcds.enabled=true -f "$ROOT/pom.xml"
}

harness() { # main-class args...
  local main="$1"; shift
  # BENCH_SERVICE_JVM: the services' JVM options instead of the 'jvm' line of deploy/services.txt
  # (e.g. "-Xmx256m -XX:+UseSerialGC" for C2)
  java -Xmx1g -De2e.root="$ROOT" -De2e.logs="$LOCAL/bench-logs" ${BENCH_SERVICE_JVM:+"-Dservice.jvm=$BENCH_SERVICE_JVM"} \
    -cp "$ROOT/bench/harness/target/classes:$(cat "$ROOT/bench/harness/target/classpath.txt")" \
    "org.samparksetu.bench.$main" "$@"
}

machine() {
  printf '{"measure":"machine","date":"%s","commit":"%s","cpus":%s,"cpu":"%s","mem_gib":%s,"java":"%s"}\n' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(git -C "$ROOT" rev-parse --short HEAD)" "$(nproc)" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
    "$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)" \
    "$(java -version 2>&1 | head -1 | cut -d'"' -f2)"
}

bench_setup() { # results-file: the build, the broker, and the machine line that starts every results file
  build_bench
  "$ROOT/deploy/kafka" start
  machine > "$1"
}

end_to_end() { # results-file EndToEndBench-args...: the whole system as processes (bench/e2e.sh, bench/growth.sh)
  local out="$1"; shift
  bench_setup "$out"
  harness EndToEndBench "$@" | tee -a "$out"
  log "results in $out"
}
