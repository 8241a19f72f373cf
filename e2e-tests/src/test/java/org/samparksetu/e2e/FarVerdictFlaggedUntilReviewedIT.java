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
 * A verdict recorded 20 km from the village proves nothing about it: the check is FLAGGED (too far), the complaint
 * and the citizen hear nothing of it, and it waits for the grievance cell. Accepted with a note, the verdict takes
 * effect; reassigned, another verifier goes and their verdict at the village counts.
 */
class FarVerdictFlaggedUntilReviewedIT {

    @Test
    void aVerdictFarFromTheVillageChangesNothingUntilTheGrievanceCellAcceptsIt() {
        Village village = VillageComplaints.KOMTA;
        Citizen citizen = Citizen.next("Moti Devi");
        String id = unsureCitizensComplaint(citizen, village);
        Map<String, Object> check = FieldChecks.awaitAssigned(village.verifier(), id);
        Object checkId = check.get("fieldCheckId");
        int told = VillageComplaints.settled(citizen);

        assertFlaggedAndNothingChanged(FieldChecks.verdict(village.verifier(), checkId, "FIXED", "नल ठीक है",
                village.latitudeNorth(20_000), village.longitude()), id, citizen, told);
        Map<String, Object> queued = inReviewQueue(checkId);
        assertThat(queued).containsEntry("verdict", "FIXED").containsEntry("verifier", village.verifier())
                .containsEntry("comparedWith", "VILLAGE");
        assertThat(((Number) queued.get("distanceMetres")).doubleValue()).isBetween(19_000.0, 21_000.0);
        assertThat(((Number) queued.get("radiusMetres")).doubleValue()).isEqualTo(3000.0);

        // accepted: the verdict takes effect as if never flagged
        JsonPath accepted = FieldChecks.review(checkId, "accept",
                "सत्यापनकर्ता ने गांव के सरपंच से फोन पर पुष्टि की; फोन का GPS तहसील कार्यालय पर अटका था", null);
        assertThat(accepted.getString("review")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("reviewedBy")).isEqualTo("grievance-cell");
        Map<String, Object> closed = VillageComplaints.awaitTold(citizen, "complaint.closed");
        assertThat(Whatsapp.complaintIdsIn(closed)).as(Whatsapp.textOf(closed)).containsExactly(id);
        VillageComplaints.awaitState(id, "CLOSED", 1);
        assertThat(Records.eventData("verification-service", id, "complaint.verified")).singleElement()
                .satisfies(v -> assertThat(v.path("fixed").asBoolean()).isTrue());
        assertThat(FieldChecks.flaggedForReview()).noneMatch(f -> checkId.equals(f.get("fieldCheckId")));
        Records.awaitOutboxesDrained();
    }

    @Test
    void aFarVerdictReassignedToAnotherVerifierCountsOnlyWhenTheyStandAtTheVillage() {
        Village village = VillageComplaints.JOOJANI;
        Citizen citizen = Citizen.next("Pukhraj");
        String id = unsureCitizensComplaint(citizen, village);
        Map<String, Object> check = FieldChecks.awaitAssigned(village.verifier(), id);
        Object checkId = check.get("fieldCheckId");
        int told = VillageComplaints.settled(citizen);

        assertFlaggedAndNothingChanged(FieldChecks.verdict(village.verifier(), checkId, "NOT_FIXED", "हैंडपंप खराब",
                village.latitude(), village.longitude() + 0.2), id, citizen, told); // about 20 km east
        inReviewQueue(checkId);

        // reassigned to the district's verifier: the flagged check is set aside, the new one counts
        JsonPath next = FieldChecks.review(checkId, "reassign", "दूरी 20 किमी, जिला सत्यापनकर्ता जाएं", FieldChecks.DISTRICT);
        Object nextId = next.getString("fieldCheckId");
        assertThat(nextId).isNotEqualTo(String.valueOf(checkId));
        assertThat(next.getString("verifier")).isEqualTo(FieldChecks.DISTRICT);
        assertThat(next.getString("replaces")).isEqualTo(String.valueOf(checkId));
        assertThat(FieldChecks.assignedTo(village.verifier())).noneMatch(c -> id.equals(c.get("complaintId")));
        Map<String, Object> reassigned = FieldChecks.awaitAssigned(FieldChecks.DISTRICT, id);
        assertThat(reassigned.get("fieldCheckId")).isEqualTo(nextId);
        VillageComplaints.assertPlaceIsTheVillage(reassigned, village);
        assertThat(FieldChecks.trackedComplaint(id)).isEqualTo(Map.of("state", "VERIFYING", "escalation_level", 1));

        JsonPath done = FieldChecks.verdict(FieldChecks.DISTRICT, nextId, "NOT_FIXED", "हैंडपंप का हत्था टूटा है",
                village.latitudeNorth(1500), village.longitude());
        assertThat(done.getString("state")).isEqualTo("FAILED");
        Map<String, Object> reopened = VillageComplaints.awaitTold(citizen, "complaint.reopened");
        assertThat(Whatsapp.complaintIdsIn(reopened)).as(Whatsapp.textOf(reopened)).containsExactly(id);
        VillageComplaints.awaitState(id, "REOPENED", 2);
        assertThat(FieldChecks.rowsOf(id)).extracting(r -> r.get("state")).containsExactly("SET_ASIDE", "FAILED");
        assertThat(Records.eventData("verification-service", id, "complaint.reopened")).hasSize(1);
        Records.awaitOutboxesDrained();
    }

    /** Registered at the village, reported fixed, the citizen taps "don't know": a field check is sent. */
    private static String unsureCitizensComplaint(Citizen citizen, Village village) {
        String id = VillageComplaints.registeredIn(citizen, village, VillageComplaints.waterComplaintIn(village))
                .complaintId();
        Steps.askedIfFixed(citizen, id, 3);
        citizen.taps(ReplyIds.verification(ReplyIds.VerificationAnswer.DONT_KNOW, id), "पता नहीं");
        await("verification records 'don't know'").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> Records.query("verification-service",
                        "select state from verification where complaint_id = ?", id)
                        .equals(List.of(Map.of("state", "FIELD_CHECK_PENDING"))));
        return id;
    }

    private static void assertFlaggedAndNothingChanged(JsonPath answer, String id, Citizen citizen, int told) {
        assertThat(answer.getString("state")).isEqualTo("FLAGGED");
        assertThat(answer.getString("flagReason")).startsWith("TOO_FAR");
        citizen.receivesNothingBeyond(told);
        assertThat(FieldChecks.trackedComplaint(id)).isEqualTo(Map.of("state", "VERIFYING", "escalation_level", 1));
        assertThat(Records.query("verification-service", "select state from verification where complaint_id = ?", id))
                .containsExactly(Map.of("state", "FIELD_CHECK_PENDING"));
        assertThat(Records.eventsFrom("verification-service", id))
                .doesNotContain("complaint.verified", "complaint.closed", "complaint.reopened");
    }

    private static Map<String, Object> inReviewQueue(Object checkId) {
        return FieldChecks.flaggedForReview().stream().filter(f -> String.valueOf(checkId).equals(f.get("fieldCheckId")))
                .findFirst().orElseThrow(() -> new AssertionError("flagged check " + checkId + " not in the review queue"));
    }
}
