#!/usr/bin/env bash
# Routing classifier throughput: complaints classified per second on ONE core (JVM pinned with taskset and
# -XX:ActiveProcessorCount=1), over held-out texts, after a warm-up. Results: bench/results/routing.jsonl
#   bench/routing/classify.sh [seconds, default 20]
source "$(dirname "$0")/../lib.sh"
secs="${1:-20}"
out="$RESULTS/routing.jsonl"
log "building routing-service classes (tests skipped)"
"$MVNW" -B -q -f "$ROOT/pom.xml" -pl routing-service -am install -DskipTests
"$MVNW" -B -q -f "$ROOT/pom.xml" -pl routing-service dependency:build-classpath \
  -Dmdep.outputFile=target/evaluate-classpath.txt -Dmdep.includeScope=runtime
cp="$ROOT/routing-service/target/classes:$(cat "$ROOT/routing-service/target/evaluate-classpath.txt")"
machine > "$out"
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" java -XX:ActiveProcessorCount=1 -Xmx512m -cp "$cp" "$ROOT/bench/routing/ClassifierBench.java" "$ROOT" "$secs" | tee -a "$out"
log "results in $out"
