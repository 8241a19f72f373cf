#!/usr/bin/env bash
# Signed webhook load on a RUNNING intake (deploy/up, or any instance): requests/s and p50/p90/p99 latency.
#   bench/intake/webhook-load.sh [url] [workers, default 16] [seconds, default 20] [app secret]
# Appends the JSON result line to bench/results/intake-webhook.jsonl. Run it on a quiet machine.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$here/../results"
java -Xmx256m "$here/WebhookBench.java" "${1:-http://127.0.0.1:8081/webhooks/whatsapp}" "${2:-16}" "${3:-20}" "${4:-sim-app-secret}" \
  | tee -a "$here/../results/intake-webhook.jsonl"
