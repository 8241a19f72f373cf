#!/usr/bin/env bash
# Every page of the console in docs/console/ (Hindi, <page>.png), refreshed. Not a measure: the console's browser
# tests (e2e-tests, Console*IT) take each screenshot at the moment their page shows what the test set up (a citizen's
# photo complaint in the grievance cell's inbox, an officer's complaint with its action-taken report, a verifier's
# check on a phone-sized screen, the collector's district view), on the whole system as processes with its own
# Keycloak, databases and topics: neither deploy/up's system nor its data is needed or touched. The ops page has its
# own script under load (bench/ops-page.sh). Chromium and the Noto fonts: deploy/ensure-chromium.
#   bench/console-pages.sh [-Dit.test=ConsoleOfficerIT]   (one class's pages only)
source "$(dirname "$0")/../deploy/lib.sh"
"$ROOT/deploy/kafka" start
"$MVNW" -B -q install -DskipTests -f "$ROOT/pom.xml"
exec "$MVNW" -B verify -f "$ROOT/pom.xml" -pl e2e-tests -Dit.test='Console*IT,OperatorModeDistrictIT' -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dsampark.screenshots="$ROOT/docs/console" "$@"
