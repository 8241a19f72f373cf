#!/usr/bin/env bash
# Notification drain: N status changes queued at once drain at the configured business rate, none lost or doubled.
# The packaged notification service runs as its own process against the real broker and PostgreSQL; the WhatsApp
# simulator runs inside the load generator. Results: bench/results/notification.jsonl
#   bench/notification/drain.sh [count, default 10000] [rates, default 80,250]
source "$(dirname "$0")/../lib.sh"
count="${1:-10000}"
rates="${2:-80,250}"
out="$RESULTS/notification.jsonl"
bench_setup "$out"
# the harness classpath has testing-kit, which brings the Kafka client, the JDBC driver and the simulators
cp="$ROOT/bench/harness/target/classes:$(cat "$ROOT/bench/harness/target/classpath.txt")"
for rate in ${rates//,/ }; do
  log "notification drain: $count status changes at $rate/s"
  java -Xmx1g -De2e.root="$ROOT" -cp "$cp" "$ROOT/bench/notification/NotificationDrain.java" "$ROOT" "$count" "$rate" "$LOCAL/bench-logs" | tee -a "$out"
done
log "results in $out"
