#!/usr/bin/env bash
# Chaos under a bounded load: N complaints (default 40), each through its whole life (received -> registered on
# Sampark -> the department reports it fixed -> the citizen says fixed -> closed), each fault's share of them sent as
# the one before it ends, while, in turn: every service is killed with kill -9 and restarted; the broker is killed with kill -9
# and restarted; PostgreSQL refuses one service's connections (ALLOW_CONNECTIONS false + pg_terminate_backend) for DB_S seconds; the Sampark
# portal is down for OUTAGE_S seconds; WhatsApp's Graph API fails every send for OUTAGE_S seconds. Then it counts
# complaints acknowledged, registered, closed, lost; doubled Sampark registrations; doubled citizen messages (the same
# complaint and cause received twice); and the drain: from the end of the last fault until every complaint is closed,
# every citizen message sent and every service's outbox published.
# The run starts a broker of its own on free ports (the developer's broker is shared by every build on the box).
# The last line reads exactly
#   lost=<n> doubled_registrations=<n> doubled_messages=<n> drain_s=<seconds>
# Results: bench/results/chaos.jsonl
#   bench/chaos.sh [N=40] [DB_S=30] [OUTAGE_S=60] [GAP_S=15] [DOWN_S=5] [key=value,... for every service]
# A short run: bench/chaos.sh 20 15 30 10
source "$(dirname "$0")/lib.sh"
out="$RESULTS/chaos.jsonl"
bench_setup "$out"
kafka_classpath > /dev/null # the broker's jars, for the run's own broker
harness ChaosBench --n "${1:-40}" --db-refusal "${2:-30}" --outage "${3:-60}" --gap "${4:-15}" --down "${5:-5}" \
  --config "${6:-}" --broker-classpath "$KAFKA_DIR/classpath.txt" --drain-limit "${CHAOS_DRAIN_LIMIT:-300}" \
  | tee -a "$out"
