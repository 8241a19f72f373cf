package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.e2e.VillageComplaints.Village;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A typed complaint without a pin names its village; the department reports it fixed, the citizen says it is not and
 * why. Their word alone moves nothing: the verifier of the village's tehsil is sent with the citizen's reason, stands
 * within the village's radius of its centroid, finds it not fixed, and only then is the complaint back with the
 * department one level up (once): the next officer is told, it is registered on Sampark again, and the citizen is told.
 */
class DisputedFixCheckedAtItsVillageIT {

    @Test
    void aDisputedFixIsCheckedAtTheVillageByTheTehsilsVerifierAndReopenedOneLevelUp() {
        Village village = VillageComplaints.POSANA;
        Citizen citizen = Citizen.next("Bhanwari Devi");
        Steps.Registered complaint = VillageComplaints.registeredIn(citizen, village,
                VillageComplaints.waterComplaintIn(village));
        String id = complaint.complaintId();
        Steps.askedIfFixed(citizen, id, 3);

        // "not fixed": asked why; the complaint waits at its level for the verifier, nothing is reopened yet
        citizen.taps(ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, id), "ठीक नहीं हुआ");
        Map<String, Object> why = VillageComplaints.awaitTold(citizen, "complaint.reason-requested");
        assertThat(Whatsapp.complaintIdsIn(why)).as(Whatsapp.textOf(why)).containsExactly(id);
        assertThat(FieldChecks.trackedComplaint(id)).isEqualTo(Map.of("state", "VERIFYING", "escalation_level", 1));
        assertThat(Records.eventsFrom("verification-service", id)).doesNotContain("complaint.reopened", "complaint.verified");
        String reason = "नल में आज भी पानी नहीं आया, पाइप वैसे ही टूटा पड़ा है";
        citizen.says(reason);
        await("verification keeps the citizen's reason").atMost(Citizen.MESSAGE_WAIT).until(() -> Records.query(
                "verification-service", "select dispute_reason from verification where complaint_id = ?", id)
                .equals(List.of(Map.of("dispute_reason", reason))));

        // the tehsil's verifier is sent to the village (no pin: its centroid), with the citizen's reason
        Map<String, Object> check = FieldChecks.awaitAssigned(village.verifier(), id);
        assertThat(FieldChecks.assignedTo(FieldChecks.BHINMAL)).noneMatch(c -> id.equals(c.get("complaintId")));
        assertThat(check.get("disputeReason")).isEqualTo(reason);
        assertThat(check.get("citizenAnswer")).isEqualTo("NOT_FIXED");
        VillageComplaints.assertPlaceIsTheVillage(check, village);

        // found not fixed 1.2 km from the centroid, within the village's 3 km
        JsonPath done = FieldChecks.verdict(village.verifier(), check.get("fieldCheckId"), "NOT_FIXED",
                "नल सूखा है, पाइपलाइन की मरम्मत नहीं हुई", village.latitudeNorth(1200), village.longitude());
        assertThat(done.getString("state")).isEqualTo("FAILED");
        assertThat(done.getString("flagReason")).isNull();
        assertThat(done.getDouble("distanceMetres")).isBetween(1100.0, 1300.0);
        assertThat(FieldChecks.rowsOf(id)).singleElement().satisfies(fc -> {
            assertThat(fc).containsEntry("verifier", village.verifier()).containsEntry("tehsil", village.tehsil())
                    .containsEntry("compared_with", "VILLAGE").containsEntry("verdict", "NOT_FIXED")
                    .containsEntry("state", "FAILED");
            assertThat(fc.get("flag_reason")).isNull();
        });

        // on the verifier's word: reopened once, one level up, with the department again; its L2 officer is told
        Map<String, Object> reopened = VillageComplaints.awaitTold(citizen, "complaint.reopened");
        assertThat(Whatsapp.complaintIdsIn(reopened)).as(Whatsapp.textOf(reopened)).containsExactly(id);
        assertThat(Whatsapp.isHindi(reopened)).isTrue();
        VillageComplaints.awaitState(id, "REOPENED", 2);
        List<JsonNode> reopenings = Records.eventData("verification-service", id, "complaint.reopened");
        assertThat(reopenings).singleElement().satisfies(r -> {
            assertThat(r.path("escalationLevel").asInt()).isEqualTo(2);
            assertThat(r.path("reason").asText()).isEqualTo("FIELD_CHECK_NOT_FIXED");
        });
        assertThat(Records.eventData("verification-service", id, "complaint.verified")).singleElement().satisfies(v -> {
            assertThat(v.path("fixed").asBoolean()).isFalse();
            assertThat(v.path("method").asText()).isEqualTo("FIELD");
        });
        assertThat(Records.query("verification-service",
                "select state, citizen_answer, false_closure from verification where complaint_id = ?", id))
                .containsExactly(Map.of("state", "DISPUTED", "citizen_answer", "NOT_FIXED", "false_closure", true));
        VillageComplaints.assertOfficerTold(id, "REOPENED", 2);
        assertThat(VillageComplaints.awaitRegisteredAgain(citizen, id).previousGrievanceId())
                .isEqualTo(complaint.grievanceId());

        // everything the citizen heard is about this complaint, and nothing more comes of the verdict
        int told = citizen.messages().size();
        citizen.receivesNothingBeyond(told);
        citizen.messages().subList(2, told).forEach(m -> assertThat(Whatsapp.complaintIdsIn(m)).containsExactly(id));
        assertThat(Records.messagesRecordedFor(citizen)).filteredOn(m -> m.startsWith("complaint.reopened"))
                .containsExactly("complaint.reopened:SENT");
        assertThat(citizen.complaintIds()).containsExactly(id);
        Records.awaitOutboxesDrained();
    }
}
