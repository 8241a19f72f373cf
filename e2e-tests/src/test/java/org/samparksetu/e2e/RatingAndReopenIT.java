package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.Satisfaction;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.simulators.sampark.Grievance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 5 of journeys.md: after closure the citizen rates the outcome with the buttons under the closure
 * message. "Not satisfied" reopens the SAME complaint (verification, the bridge and Sampark all keep its history)
 * with one message; after the second closure "satisfied" is thanked and nothing reopens.
 */
class RatingAndReopenIT {

    @Test
    void notSatisfiedReopensTheSameComplaintAndSatisfiedAfterTheSecondClosureIsThanked() {
        Citizen citizen = Citizen.next("Lakshmi");
        Steps.Registered complaint = Steps.registeredWaterComplaint(citizen, Steps.WATER_COMPLAINT);
        String id = complaint.complaintId();
        Steps.askedIfFixed(citizen, id, 3);
        citizen.taps(Steps.fixed(id), "हाँ, ठीक हो गया");

        // 4: closed, with the two rating buttons under it
        assertClosureWithRatingButtons(citizen.awaitMessage(4), id);

        // "not satisfied": the same number reopens; one message says so, then the re-registration on Sampark
        citizen.taps(ReplyIds.rating(Satisfaction.NOT_SATISFIED, id), "संतुष्ट नहीं");
        await("Sampark re-registration of " + id).atMost(Citizen.MESSAGE_WAIT)
                .until(() -> Records.samparkRegistrations(id).size() == 2);
        List<Grievance> grievances = Records.samparkRegistrations(id);
        String secondGrievance = grievances.get(1).grievanceId();
        assertThat(grievances.get(1).previousGrievanceId()).isEqualTo(complaint.grievanceId());
        List<Map<String, Object>> messages = citizen.awaitMessages(6);
        citizen.receivesNothingBeyond(6);
        messages.subList(4, 6).forEach(m -> assertThat(Whatsapp.complaintIdsIn(m)).as(Whatsapp.textOf(m)).containsExactly(id));
        assertThat(messages.subList(4, 6)).anySatisfy(m -> assertThat(Whatsapp.textOf(m)).contains(secondGrievance));
        List<String> sent = Records.messagesRecordedFor(citizen);
        assertThat(sent.subList(4, 6)).as("one message for the reopening, one for the new registration")
                .containsExactlyInAnyOrder(reopeningMessage(sent.subList(4, 6)), "complaint.registered:SENT");

        assertThat(Records.repliesFrom(citizen)).filteredOn(r -> CitizenReplied.RATING.equals(r.path("kind").asText()))
                .extracting(r -> r.path("rating").asInt()).containsExactly(Satisfaction.NOT_SATISFIED.rating());
        List<JsonNode> rated = Records.eventData("verification-service", id, "complaint.rated");
        assertThat(rated).hasSize(1);
        assertThat(rated.get(0).path("reopened").asBoolean()).isTrue();
        assertThat(rated.get(0).path("rating").asInt()).isEqualTo(1);
        assertThat(Records.eventsFrom("verification-service", id)).filteredOn("complaint.reopened"::equals).hasSize(1);
        assertThat(Records.query("sampark-bridge",
                "select state, grievance_id, previous_grievance_id, reopen_count from registration where complaint_id = ?", id))
                .containsExactly(Map.of("state", "REGISTERED", "grievance_id", secondGrievance,
                        "previous_grievance_id", complaint.grievanceId(), "reopen_count", 1));
        assertThat(Records.query("sampark-bridge",
                "select grievance_id from portal_grievance where complaint_id = ? order by grievance_id", id))
                .extracting(r -> r.get("grievance_id")).containsExactlyInAnyOrder(complaint.grievanceId(), secondGrievance);
        assertThat(citizen.complaintIds()).containsExactly(id);

        // the department acts again; 7: asked again, 8: closed again with the rating buttons
        Steps.askedIfFixed(citizen, id, 7);
        citizen.taps(Steps.fixed(id), "हाँ, ठीक हो गया");
        assertClosureWithRatingButtons(citizen.awaitMessage(8), id);

        // 9: "satisfied" is thanked; nothing reopens
        citizen.taps(ReplyIds.rating(Satisfaction.SATISFIED, id), "संतुष्ट");
        Map<String, Object> thanks = citizen.awaitMessage(9);
        assertThat(Whatsapp.complaintIdsIn(thanks)).as(Whatsapp.textOf(thanks)).containsExactly(id);
        assertThat(Whatsapp.isHindi(thanks)).isTrue();
        citizen.receivesNothingBeyond(9);
        assertThat(Records.messagesRecordedFor(citizen).get(8)).isEqualTo("complaint.rated:SENT");

        rated = Records.eventData("verification-service", id, "complaint.rated");
        assertThat(rated).extracting(r -> r.path("reopened").asBoolean()).containsExactly(true, false);
        assertThat(rated).extracting(r -> r.path("rating").asInt()).containsExactly(1, 5);
        assertThat(Records.eventsFrom("verification-service", id)).filteredOn("complaint.reopened"::equals).hasSize(1);
        assertThat(Records.query("verification-service", "select state from tracked_complaint where complaint_id = ?", id))
                .containsExactly(Map.of("state", "CLOSED"));
        assertThat(Records.samparkRegistrations(id)).hasSize(2);
        assertThat(Records.samparkRegistrationsFrom(citizen)).extracting(Grievance::reference).containsOnly(id);
        assertThat(citizen.complaintIds()).containsExactly(id);
        Records.awaitOutboxesDrained();
    }

    private static void assertClosureWithRatingButtons(Map<String, Object> closed, String id) {
        assertThat(Whatsapp.complaintIdsIn(closed)).as("closure: %s", Whatsapp.textOf(closed)).containsExactly(id);
        assertThat(Whatsapp.isHindi(closed)).isTrue();
        assertThat(Whatsapp.buttonIds(closed)).as("rating buttons under the closure message")
                .containsExactlyInAnyOrder(ReplyIds.rating(Satisfaction.SATISFIED, id),
                        ReplyIds.rating(Satisfaction.NOT_SATISFIED, id));
    }

    /** Whichever of the two events (the rating or the reopening) the one message was sent for. */
    private static String reopeningMessage(List<String> sent) {
        return sent.stream().filter(s -> s.startsWith("complaint.rated") || s.startsWith("complaint.reopened"))
                .findFirst().orElse("complaint.rated:SENT or complaint.reopened:SENT");
    }
}
