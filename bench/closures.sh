#!/usr/bin/env bash
# The truth of closures: N complaints through the whole system (five services as processes, the real broker and
# database, the simulators), each in a village of its own (a gazetteer village with a centroid, in a tehsil a named
# field verifier covers) from a citizen of its own. The PHED officer reports every one fixed (RELIEF); a share of
# those reports is FALSE (the problem is not fixed). Citizens answer "is it fixed?" as a district's do:
#   60% truthful (answer the truth; "not fixed" is followed by the reason when asked)
#   20% silent (never answer: the reminder after 30 s and the field check after 60 s of silence, shortened from
#       P3D / P7D; citizens who do answer tap as soon as the question arrives)
#   10% mistaken (answer the opposite of the truth)
#   10% "don't know"
# Field verifiers visit every check they are given (GET /api/field-checks as that verifier) and report the TRUTH,
# standing 300 m from the village's centroid. When nothing has moved for 90 s (or after 15 min) it prints, per
# behaviour and overall: false reports caught before closure (not CLOSED as verified fixed: reopened, or field-checked
# and found not fixed), honest reports that got a field check, and stuck complaints (still verifying with no open
# check and no field check to visit); also why honest reports were field-checked, and "late_answers": citizens who
# tapped but whose answer reached verification after the silence's field check (the box, not the rules). The last
# line reads exactly
#   caught=<0..1> honest_field_checked=<0..1> stuck=<count>
# Results: bench/results/closures.jsonl
#   bench/closures.sh [N, default 60] [false share, default 0.3] [key=value,... for every service]
source "$(dirname "$0")/lib.sh"
out="$RESULTS/closures.jsonl"
bench_setup "$out"
harness ClosuresBench --n "${1:-60}" --false-share "${2:-0.3}" --config "${3:-}" \
  ${CLOSURES_SHARES:+--shares "$CLOSURES_SHARES"} | tee -a "$out"
