package org.samparksetu.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.e2e.VillageComplaints.Village;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * As {@link DisputedFixCheckedAtItsVillageIT}, but the fix was real: the citizen says "not fixed" with a reason, the
 * verifier of the village's tehsil finds it fixed at the village, and the complaint closes; the citizen is told.
 */
class DisputedFixFoundFixedAtItsVillageIT {

    @Test
    void aDisputedFixTheVerifierFindsRealAtTheVillageCloses() {
        Village village = VillageComplaints.NARTA;
        Citizen citizen = Citizen.next("Hanja Devi");
        String id = VillageComplaints.registeredIn(citizen, village, VillageComplaints.waterComplaintIn(village))
                .complaintId();
        Steps.askedIfFixed(citizen, id, 3);

        citizen.taps(ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, id), "ठीक नहीं हुआ");
        VillageComplaints.awaitTold(citizen, "complaint.reason-requested");
        String reason = "पानी एक दिन आया फिर बंद हो गया";
        citizen.says(reason);
        await("verification keeps the citizen's reason").atMost(Citizen.MESSAGE_WAIT).until(() -> Records.query(
                "verification-service", "select dispute_reason from verification where complaint_id = ?", id)
                .equals(List.of(Map.of("dispute_reason", reason))));

        Map<String, Object> check = FieldChecks.awaitAssigned(village.verifier(), id);
        VillageComplaints.assertPlaceIsTheVillage(check, village);
        assertThat(check.get("disputeReason")).isEqualTo(reason);

        JsonPath done = FieldChecks.verdict(village.verifier(), check.get("fieldCheckId"), "FIXED",
                "नल में पूरे दबाव से पानी आ रहा है, पाइपलाइन नई डली है", village.latitudeNorth(900), village.longitude());
        assertThat(done.getString("state")).isEqualTo("PASSED");

        Map<String, Object> closed = VillageComplaints.awaitTold(citizen, "complaint.closed");
        assertThat(Whatsapp.complaintIdsIn(closed)).as(Whatsapp.textOf(closed)).containsExactly(id);
        assertThat(Whatsapp.isHindi(closed)).isTrue();
        await(id + " closed").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> "CLOSED".equals(FieldChecks.trackedComplaint(id).get("state")));
        assertThat(Records.eventData("verification-service", id, "complaint.verified"))
                .anySatisfy(v -> {
                    assertThat(v.path("fixed").asBoolean()).isTrue();
                    assertThat(v.path("method").asText()).isEqualTo("FIELD");
                });
        int told = citizen.messages().size();
        citizen.receivesNothingBeyond(told);
        citizen.messages().forEach(m -> assertThat(Whatsapp.complaintIdsIn(m)).containsExactly(id));
        Records.awaitOutboxesDrained();
    }
}
