package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.samparksetu.e2e.VillageComplaints.Village;
import org.samparksetu.simulators.sampark.Grievance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A department's "False Case" flags nobody by itself: the verifier of the village's tehsil goes first, and while the
 * check is open the citizen hears nothing and the number is not flagged. The verifier finds it false at the village:
 * complaint.marked-false, the number flagged, the citizen warned calmly. The grievance cell clears the flag with a
 * reason the citizen hears, and the number's next complaint is registered like anyone's, not held.
 */
class FalseCaseCheckedBeforeAnyFlagIT {

    @Test
    void aFalseCaseIsFieldCheckedBeforeAnyFlagAndAClearedFlagHoldsNothingBack() {
        Village village = VillageComplaints.PANTHERI;
        Citizen citizen = Citizen.next("Dhanna Ram");
        String id = VillageComplaints.registeredIn(citizen, village, VillageComplaints.waterComplaintIn(village))
                .complaintId();

        VillageComplaints.phedReports(id, "FALSE_CASE", "मौके पर नल चालू पाया गया, शिकायत झूठी है");

        // a verifier goes first; nothing is said or flagged while the check is open
        Map<String, Object> check = FieldChecks.awaitAssigned(village.verifier(), id);
        assertThat(check.get("reason")).isEqualTo("DEPARTMENT_SAYS_FALSE");
        assertThat(check.get("reportOutcome")).isEqualTo("FALSE_CASE");
        VillageComplaints.assertPlaceIsTheVillage(check, village);
        assertThat(FieldChecks.trackedComplaint(id)).isEqualTo(Map.of("state", "VERIFYING", "escalation_level", 1));
        citizen.receivesNothingBeyond(2);
        assertThat(Records.noticeKindsTo(citizen)).doesNotContain("FLAGGED_FALSE");
        assertThat(FieldChecks.isFlagged(citizen)).as("flagged while the check is open").isFalse();
        assertThat(Records.eventsFrom("verification-service", id))
                .doesNotContain("complaint.marked-false", "complaint.closed", "complaint.verification-requested");

        // found false at the village
        JsonPath done = FieldChecks.verdict(village.verifier(), check.get("fieldCheckId"), "FALSE_COMPLAINT",
                "नल चालू है, गांव वालों ने बताया कोई समस्या नहीं थी", village.latitudeNorth(600), village.longitude());
        assertThat(done.getString("state")).isEqualTo("FALSE_COMPLAINT");
        await("complaint.marked-false").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> Records.eventData("verification-service", id, "complaint.marked-false").size() == 1);
        JsonNode marked = Records.eventData("verification-service", id, "complaint.marked-false").get(0);
        assertThat(marked.path("verifier").asText()).isEqualTo(village.verifier());
        assertThat(marked.path("fieldCheckId").asText()).isEqualTo(String.valueOf(check.get("fieldCheckId")));
        VillageComplaints.awaitState(id, "CLOSED", 1);

        // the number is flagged and the citizen warned (FLAGGED_FALSE), once
        await("number flagged").atMost(Citizen.MESSAGE_WAIT).until(() -> FieldChecks.isFlagged(citizen));
        Map<String, Object> warned = VillageComplaints.awaitTold(citizen, "citizen.notice", 2);
        assertThat(Whatsapp.isHindi(warned)).as(Whatsapp.textOf(warned)).isTrue();
        assertThat(Records.noticeKindsTo(citizen)).containsOnlyOnce("FLAGGED_FALSE").doesNotContain("FLAG_CLEARED");

        // the grievance cell clears the flag with a reason; the citizen hears it
        int beforeClearing = VillageComplaints.settled(citizen);
        String reason = "जांच दोबारा देखी गई: नल उसी दिन ठीक हुआ था, शिकायत सच्ची थी";
        JsonPath cleared = FieldChecks.clearFlag(citizen, reason);
        assertThat(cleared.getString("clearReason")).isEqualTo(reason);
        assertThat(cleared.getString("clearedBy")).isEqualTo("operator");
        assertThat(FieldChecks.isFlagged(citizen)).isFalse();
        Map<String, Object> clearedMessage = citizen.awaitMessage(beforeClearing + 1);
        assertThat(Whatsapp.isHindi(clearedMessage)).isTrue();
        assertThat(Records.noticesTo(citizen)).filteredOn(n -> "FLAG_CLEARED".equals(n.path("kind").asText()))
                .singleElement().satisfies(n -> assertThat(n.path("reason").asText()).isEqualTo(reason));
        assertThat(Records.messagesRecordedFor(citizen).get(beforeClearing)).isEqualTo("citizen.notice:SENT");

        // the number's next complaint goes through like anyone's: acknowledged and registered, not held
        int beforeNext = VillageComplaints.settled(citizen);
        Village next = VillageComplaints.DASPAN;
        citizen.says("गांव " + next.name() + " में स्कूल के पास वाली टंकी से गंदा पानी आ रहा है, बच्चे बीमार हैं");
        Map<String, Object> ack = citizen.awaitMessage(beforeNext + 1);
        String second = Whatsapp.complaintIdIn(ack).orElseThrow(
                () -> new AssertionError("no complaint number in " + Whatsapp.textOf(ack)));
        assertThat(second).isNotEqualTo(id);
        await("the next complaint registered on Sampark").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> Records.samparkRegistrations(second).size() == 1);
        Map<String, Object> registered = citizen.awaitMessage(beforeNext + 2);
        assertThat(Whatsapp.textOf(registered)).contains(second)
                .contains(Records.samparkRegistrations(second).get(0).grievanceId());
        assertThat(Records.query("intake-service",
                "select count(*) as n from outbox_event where message_key = ? and event_type = 'complaint.quarantined'", second))
                .containsExactly(Map.of("n", 0L));
        assertThat(Records.samparkRegistrationsFrom(citizen)).extracting(Grievance::reference)
                .containsExactlyInAnyOrder(id, second);
        Records.awaitOutboxesDrained();
    }
}
