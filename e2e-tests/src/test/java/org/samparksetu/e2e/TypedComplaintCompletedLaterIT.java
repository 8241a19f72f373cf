package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.simulators.sampark.Grievance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 1 of journeys.md: acknowledge at once, assemble afterwards. A typed complaint gets its number within
 * seconds; a photo and a pin sent after the acknowledgement, inside the assembly window, join the same complaint
 * ("added to JAL-…"), and only the complete complaint goes on: routed once with the place, registered once.
 */
class TypedComplaintCompletedLaterIT {
    private static final double LAT = 25.3462;
    private static final double LON = 72.6171;

    @Test
    void aTypedComplaintIsAcknowledgedAtOnceAndThePhotoAndPinThatFollowJoinIt() {
        Citizen citizen = Citizen.next("Kamla Devi");
        citizen.says(Steps.WATER_COMPLAINT);
        // a moment later, as villagers do, a photo and a pin (before any answer: how soon the answer comes is
        // bench/e2e.sh's measure, and on two shared cores it may come after the quiet period)
        Citizen.Media photo = citizen.sendsPhoto(null);
        citizen.sendsPin(LAT, LON, "Bagra", "Bagra, Jalore, Rajasthan"); // no other journey uses this place

        // the number comes first
        Map<String, Object> ack = citizen.awaitMessage(1);
        String complaintId = Whatsapp.complaintIdIn(ack)
                .orElseThrow(() -> new AssertionError("no complaint number in the acknowledgement: " + Whatsapp.textOf(ack)));
        assertThat(Whatsapp.isHindi(ack)).as("in Hindi: %s", Whatsapp.textOf(ack)).isTrue();

        // registered once, after the parts
        await("registration of " + complaintId).atMost(Citizen.MESSAGE_WAIT)
                .until(() -> !Records.samparkRegistrations(complaintId).isEmpty());
        Grievance grievance = Records.samparkRegistrations(complaintId).get(0);
        await("the registration message").atMost(Citizen.MESSAGE_WAIT).until(() -> citizen.messages().stream()
                .anyMatch(m -> Whatsapp.textOf(m).contains(grievance.grievanceId())));
        // intake wrote the acknowledgement when it opened the complaint, before it announced the complete complaint
        List<String> intakeEvents = Records.eventsFrom("intake-service", complaintId);
        assertThat(intakeEvents).as("intake's events for %s", complaintId).startsWith("citizen.notice")
                .containsOnlyOnce("complaint.received");
        assertThat(Records.eventData("intake-service", complaintId, "citizen.notice").get(0).path("kind").asText())
                .isEqualTo(CitizenNotice.ACKNOWLEDGED);
        int total = citizen.messages().size();
        citizen.receivesNothingBeyond(total);
        List<Map<String, Object>> messages = citizen.messages();

        // what the citizen read: the number, "added to" it (one message per part, or one for both), the registration
        assertThat(total).as("ack, 1 or 2 'added to', registration: %s", messages).isBetween(3, 4);
        for (Map<String, Object> added : messages.subList(1, total - 1)) {
            assertThat(Whatsapp.complaintIdsIn(added)).as("'added to' names the complaint: %s", Whatsapp.textOf(added))
                    .containsExactly(complaintId);
            assertThat(Whatsapp.isHindi(added)).isTrue();
        }
        assertThat(Whatsapp.textOf(messages.get(total - 1))).contains(complaintId).contains(grievance.grievanceId());
        assertThat(Records.noticeKindsTo(citizen)).as("intake's notices").containsExactlyElementsOf(
                total == 3 ? List.of(CitizenNotice.ACKNOWLEDGED, CitizenNotice.PART_ADDED)
                        : List.of(CitizenNotice.ACKNOWLEDGED, CitizenNotice.PART_ADDED, CitizenNotice.PART_ADDED));
        assertThat(Records.noticesTo(citizen)).allSatisfy(n -> assertThat(n.path("complaintId").asText()).isEqualTo(complaintId));

        // intake: one complaint of three parts, with the photo stored and the pin's place
        assertThat(citizen.complaintIds()).containsExactly(complaintId);
        assertThat(Records.query("intake-service",
                "select message_type, media_sha256 from complaint_part where complaint_id = ? order by id", complaintId))
                .extracting(r -> r.get("message_type")).containsExactly("text", "image", "location");
        assertThat(Records.query("intake-service",
                "select media_sha256 from complaint_part where complaint_id = ? and message_type = 'image'", complaintId))
                .containsExactly(Map.of("media_sha256", photo.sha256Hex()));
        assertThat(Records.query("intake-service",
                "select status, latitude, longitude from complaint where complaint_id = ?", complaintId))
                .containsExactly(Map.of("status", "RECEIVED", "latitude", LAT, "longitude", LON));
        // the notices went out before the complaint was complete; complaint.received once, saying it was acknowledged
        assertThat(Records.eventsFrom("intake-service", complaintId)).endsWith("complaint.received")
                .filteredOn("complaint.received"::equals).hasSize(1);
        JsonNode received = Records.eventData("intake-service", complaintId, "complaint.received").get(0);
        assertThat(received.path("acknowledged").asBoolean()).as("complaint.received.acknowledged").isTrue();
        assertThat(received.path("text").asText()).contains("पानी नहीं आ रहा");
        assertThat(received.path("location").path("latitude").asDouble()).isEqualTo(LAT);

        // routing saw it once, with the place
        assertThat(Records.eventsFrom("routing-service", complaintId)).filteredOn("complaint.routed"::equals).hasSize(1);
        assertThat(Records.query("routing-service",
                "select department_code, latitude, longitude from routing_decision where complaint_id = ?", complaintId))
                .containsExactly(Map.of("department_code", "PHED", "latitude", LAT, "longitude", LON));

        // Sampark: this citizen's only registration; the bridge keeps it with the photo attached
        assertThat(Records.samparkRegistrationsFrom(citizen)).extracting(Grievance::reference).containsExactly(complaintId);
        assertThat(grievance.description()).contains("पानी नहीं आ रहा");
        var registration = Records.query("sampark-bridge",
                "select state, grievance_id, media_ids from registration where complaint_id = ?", complaintId);
        assertThat(registration).hasSize(1);
        assertThat(registration.get(0)).containsEntry("state", "REGISTERED").containsEntry("grievance_id", grievance.grievanceId());
        assertThat((String) registration.get(0).get("media_ids")).contains(photo.sha256Hex());

        // verification tracks it; notification sent the acknowledgement from the notice, never a second one
        assertThat(Records.query("verification-service",
                "select grievance_id from tracked_complaint where complaint_id = ?", complaintId))
                .containsExactly(Map.of("grievance_id", grievance.grievanceId()));
        List<String> sent = Records.messagesRecordedFor(citizen);
        assertThat(sent).hasSize(total).allMatch(s -> s.endsWith(":SENT"));
        assertThat(sent.get(0)).isEqualTo("citizen.notice:SENT");
        assertThat(sent.get(total - 1)).isEqualTo("complaint.registered:SENT");
        assertThat(sent).noneMatch(s -> s.startsWith("complaint.received"));
        Records.awaitOutboxesDrained();
    }
}
