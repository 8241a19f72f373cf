package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.Satisfaction;
import org.samparksetu.e2e.VillageComplaints.Village;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The citizen cannot tell whether the reported fix is real ("don't know"): nothing is announced, the complaint waits,
 * and the verifier of its village's tehsil goes to look. Their verdict at the village decides: fixed closes it, not
 * fixed sends it back to the department one level up; either way the citizen is told.
 */
class DontKnowLeadsToAFieldCheckIT {

    @Test
    void theVerifierFindsItFixedAtTheVillageAndTheComplaintCloses() {
        Village village = VillageComplaints.MENGALWA;
        Citizen citizen = Citizen.next("Kesi Devi");
        String id = unsureCitizensComplaint(citizen, village);

        Map<String, Object> check = FieldChecks.awaitAssigned(village.verifier(), id);
        VillageComplaints.assertPlaceIsTheVillage(check, village);
        assertThat(check.get("citizenAnswer")).isEqualTo("DONT_KNOW");

        JsonPath done = FieldChecks.verdict(village.verifier(), check.get("fieldCheckId"), "FIXED",
                "नल में पानी आ रहा है, हैंडपंप चालू है", village.latitudeNorth(800), village.longitude());
        assertThat(done.getString("state")).isEqualTo("PASSED");
        assertThat(done.getString("flagReason")).isNull();

        Map<String, Object> closed = VillageComplaints.awaitTold(citizen, "complaint.closed");
        assertThat(Whatsapp.complaintIdsIn(closed)).as(Whatsapp.textOf(closed)).containsExactly(id);
        assertThat(Whatsapp.isHindi(closed)).isTrue();
        assertThat(Whatsapp.buttonIds(closed)).as("rating buttons under the closure").containsExactlyInAnyOrder(
                ReplyIds.rating(Satisfaction.SATISFIED, id), ReplyIds.rating(Satisfaction.NOT_SATISFIED, id));
        VillageComplaints.awaitState(id, "CLOSED", 1);
        List<JsonNode> verified = Records.eventData("verification-service", id, "complaint.verified");
        assertThat(verified).singleElement().satisfies(v -> {
            assertThat(v.path("fixed").asBoolean()).isTrue();
            assertThat(v.path("method").asText()).isEqualTo("FIELD");
        });
        assertThat(Records.eventsFrom("verification-service", id)).doesNotContain("complaint.reopened")
                .containsOnlyOnce("complaint.closed");
        assertThat(FieldChecks.rowsOf(id)).singleElement().satisfies(fc -> assertThat(fc)
                .containsEntry("state", "PASSED").containsEntry("compared_with", "VILLAGE"));
        assertThat(Records.samparkRegistrations(id)).hasSize(1);
        assertNothingMoreThanWhatTheyWereTold(citizen, id);
    }

    @Test
    void theVerifierFindsItNotFixedAtTheVillageAndItGoesOneLevelUp() {
        Village village = VillageComplaints.KORA;
        Citizen citizen = Citizen.next("Teja Ram");
        String id = unsureCitizensComplaint(citizen, village);

        Map<String, Object> check = FieldChecks.awaitAssigned(village.verifier(), id);
        VillageComplaints.assertPlaceIsTheVillage(check, village);
        assertThat(FieldChecks.assignedTo(FieldChecks.SAYLA)).noneMatch(c -> id.equals(c.get("complaintId")));

        JsonPath done = FieldChecks.verdict(village.verifier(), check.get("fieldCheckId"), "NOT_FIXED",
                "हैंडपंप अभी भी खराब है", village.latitudeNorth(-2000), village.longitude());
        assertThat(done.getString("state")).isEqualTo("FAILED");

        Map<String, Object> reopened = VillageComplaints.awaitTold(citizen, "complaint.reopened");
        assertThat(Whatsapp.complaintIdsIn(reopened)).as(Whatsapp.textOf(reopened)).containsExactly(id);
        assertThat(Whatsapp.isHindi(reopened)).isTrue();
        VillageComplaints.awaitState(id, "REOPENED", 2);
        assertThat(Records.eventData("verification-service", id, "complaint.reopened")).singleElement().satisfies(r -> {
            assertThat(r.path("reason").asText()).isEqualTo("FIELD_CHECK_NOT_FIXED");
            assertThat(r.path("escalationLevel").asInt()).isEqualTo(2);
        });
        assertThat(Records.eventData("verification-service", id, "complaint.verified")).singleElement()
                .satisfies(v -> assertThat(v.path("fixed").asBoolean()).isFalse());
        assertThat(Records.eventsFrom("verification-service", id)).doesNotContain("complaint.closed");
        VillageComplaints.assertOfficerTold(id, "REOPENED", 2);
        VillageComplaints.awaitRegisteredAgain(citizen, id);
        assertNothingMoreThanWhatTheyWereTold(citizen, id);
    }

    /** Registered at the village, reported fixed, asked; the citizen taps "don't know": the check waits for a visit. */
    private static String unsureCitizensComplaint(Citizen citizen, Village village) {
        String id = VillageComplaints.registeredIn(citizen, village, VillageComplaints.waterComplaintIn(village))
                .complaintId();
        Steps.askedIfFixed(citizen, id, 3);
        citizen.taps(ReplyIds.verification(ReplyIds.VerificationAnswer.DONT_KNOW, id), "पता नहीं");
        await("verification records 'don't know'").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> Records.query("verification-service",
                        "select state, citizen_answer from verification where complaint_id = ?", id)
                        .equals(List.of(Map.of("state", "FIELD_CHECK_PENDING", "citizen_answer", "DONT_KNOW"))));
        // nothing is decided on "don't know": still being verified at its level, nothing announced
        assertThat(FieldChecks.trackedComplaint(id)).isEqualTo(Map.of("state", "VERIFYING", "escalation_level", 1));
        assertThat(Records.eventsFrom("verification-service", id))
                .doesNotContain("complaint.verified", "complaint.closed", "complaint.reopened");
        return id;
    }

    private static void assertNothingMoreThanWhatTheyWereTold(Citizen citizen, String id) {
        int told = citizen.messages().size();
        citizen.receivesNothingBeyond(told);
        citizen.messages().forEach(m -> assertThat(Whatsapp.complaintIdsIn(m)).as(Whatsapp.textOf(m)).containsExactly(id));
        assertThat(citizen.complaintIds()).containsExactly(id);
        Records.awaitOutboxesDrained();
    }
}
