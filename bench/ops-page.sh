#!/usr/bin/env bash
# The console's ops page in docs/console/ (ops.png in Hindi, ops-en.png in English), taken on the whole system as
# processes under a light load of complaints: its own databases and topic prefix, its own Keycloak on free ports
# (so it neither needs nor disturbs deploy/up's system), notification-service paused for a while so that lag shows,
# and two undecodable records that routing-service dead-letters. Chromium and the Noto fonts: deploy/ensure-chromium.
#   bench/ops-page.sh [complaints per second (2)] [seconds of load first (20)] [seconds paused (20)]
source "$(dirname "$0")/lib.sh"
build_bench
"$ROOT/deploy/kafka" start
harness OpsPageScreenshots --out docs/console --rate "${1:-2}" --warm "${2:-20}" --pause "${3:-20}"
