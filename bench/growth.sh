#!/usr/bin/env bash
# Growth: the end-to-end run at 100 complaints/s with a year of history (default 1,000,000 past complaints)
# in every service's database, to show that cost does not grow with what is stored. Results: bench/results/growth.jsonl
#   bench/growth.sh [complaints of history, default 1000000] [rates, default 100] [seconds, default 30]
source "$(dirname "$0")/lib.sh"
end_to_end "$RESULTS/growth.jsonl" --rates "${2:-100}" --seconds "${3:-30}" --seed "${1:-1000000}"
