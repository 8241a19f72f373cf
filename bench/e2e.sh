#!/usr/bin/env bash
# End to end: complaints per second through all five services (separate processes) with latency
# percentiles to the acknowledgement and to the Sampark registration; memory of every process idle and
# under load; start-up time of each service. Results: bench/results/e2e.jsonl
# The services run as deploy/up configures them (the complaint assembly window on). ack_* is timed from the
# citizen's first message to the first message to the citizen that carries the complaint number (the
# citizen.notice ACKNOWLEDGED message); reg_* includes the assembly quiet period. The old measurement, window
# off: add intake.complaint.window=0s to the third argument.
#   bench/e2e.sh [rates, default 10,100,200,300,400] [seconds per rate, default 30] [key=value,... for every service]
# e.g. the deliberate limits lifted, to see what the services themselves sustain:
#   bench/e2e.sh 100,200,300 30 'sampark.portal.register-rate=1000,notification.throughput.business-rate=1000' 
source "$(dirname "$0")/lib.sh"
end_to_end "$RESULTS/e2e.jsonl" --rates "${1:-10,100,200,300,400}" --seconds "${2:-30}" --config "${3:-}"
