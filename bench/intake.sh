#!/usr/bin/env bash
# Webhook intake: signed webhooks per second and latency percentiles at fixed rates and at saturation,
# from a load generator in a separate process, against intake and against a trivial Quarkus endpoint
# (the framework's ceiling) on the same machine. Results: bench/results/intake.jsonl
#   bench/intake.sh [rates, default 250,500,1000,1500,2000,4000] [seconds per rate, default 20]
source "$(dirname "$0")/lib.sh"
rates="${1:-250,500,1000,1500,2000,4000}"
secs="${2:-20}"
out="$RESULTS/intake.jsonl"
bench_setup "$out"
"$ROOT/deploy/kafka" topics
create_databases '!bench_intake'
use_database_roles bench_intake # intake connects as bench_intake_app and migrates as bench_intake_owner
use_simulator_secrets # the webhook bench signs with the simulator's app secret
pids=()
cleanup() { set +e; for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; }
trap cleanup EXIT

# intake alone: its database and the broker (its outbox relay publishes every complaint)
start_intake() { # extra -D options...
java -Xmx512m -Dquarkus.http.port=18081 -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/bench_intake" \
  -Dsampark.topic-prefix=bench. -Dquarkus.log.level=WARN \
  "$@" -jar "$ROOT/intake-service/target/quarkus-app/quarkus-run.jar" > "$LOCAL/bench-intake.log" 2>&1 &
intake_pid=$!
pids+=($intake_pid)
}
start_intake
java -Xmx512m -Dquarkus.http.port=18090 -jar "$ROOT/bench/quarkus-ceiling/target/quarkus-app/quarkus-run.jar" \
  > "$LOCAL/bench-ceiling.log" 2>&1 &
pids+=($!)
wait_for_port 18081 120 intake; wait_for_port 18090 60 ceiling
harness WebhookLoad --url http://127.0.0.1:18090/webhooks/whatsapp --label quarkus-ceiling --rates "$rates" --seconds "$secs" | tee -a "$out"
harness WebhookLoad --url http://127.0.0.1:18081/webhooks/whatsapp --label intake --rates "$rates" --seconds "$secs" \
  --pending-metrics http://127.0.0.1:18081/q/metrics | tee -a "$out"
# the same intake with its filers off (intake.webhook.processors=0): what answering Meta costs on its own, i.e.
# an instance that only answers and archives while another one files
kill "$intake_pid"; wait "$intake_pid" 2>/dev/null || true # its exit status is the kill's
start_intake -Dintake.webhook.processors=0
wait_for_port 18081 120 intake
harness WebhookLoad --url http://127.0.0.1:18081/webhooks/whatsapp --label intake-answer-only --rates "$rates" --seconds "$secs" | tee -a "$out"
log "results in $out"
