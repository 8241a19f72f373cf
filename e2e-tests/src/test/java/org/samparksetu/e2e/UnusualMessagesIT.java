package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.samparksetu.testing.system.SystemUnderTest;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.simulators.sampark.Grievance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 4 of journeys.md: every message type gets a sensible answer and nothing that is not a complaint reaches
 * Sampark; one malformed message does not stop the rest of its webhook from being filed.
 */
class UnusualMessagesIT {

    static Stream<Arguments> messagesThatAreNotComplaints() {
        return Stream.of(
                Arguments.of("sticker", Map.of("type", "sticker", "sticker", Map.of(
                        "id", "7730000000001", "mime_type", "image/webp", "sha256", "c3RpY2tlcg==", "animated", false))),
                Arguments.of("reaction", Map.of("type", "reaction", "reaction", Map.of(
                        "message_id", "wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSQUJDREVG", "emoji", "\uD83D\uDE4F"))),
                Arguments.of("contacts", Map.of("type", "contacts", "contacts", List.of(Map.of(
                        "name", Map.of("formatted_name", "सरपंच जी", "first_name", "Sarpanch"),
                        "phones", List.of(Map.of("phone", "+91 98290 12345", "type", "CELL", "wa_id", "919829012345")))))),
                Arguments.of("unsupported", Map.of("type", "unsupported", "errors", List.of(Map.of(
                        "code", 131051, "title", "Message type unknown", "message", "Message type unknown",
                        "error_data", Map.of("details", "Message type is currently not supported."))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messagesThatAreNotComplaints")
    void aMessageThatIsNotAComplaintGetsOneAnswerAndIsNotFiled(String type, Map<String, Object> message) {
        Citizen citizen = Citizen.next("Unusual " + type);
        citizen.sends(message);

        Map<String, Object> answer = citizen.awaitMessage(1);
        assertThat(Whatsapp.isHindi(answer)).as("answer to a %s: %s", type, Whatsapp.textOf(answer)).isTrue();
        assertThat(Whatsapp.complaintIdIn(answer)).as("no complaint number: nothing was filed").isEmpty();
        citizen.receivesNothingBeyond(1);

        List<JsonNode> notices = Records.noticesTo(citizen);
        assertThat(notices).extracting(n -> n.path("kind").asText()).containsExactly(CitizenNotice.UNSUPPORTED_MESSAGE);
        assertThat(notices.get(0).path("messageType").asText()).isEqualTo(type);
        assertThat(Records.messagesRecordedFor(citizen)).containsExactly("citizen.notice:SENT");
        assertThat(citizen.complaintIds()).isEmpty();
        assertThat(Records.samparkRegistrationsFrom(citizen)).isEmpty();
        assertThat(Records.query("intake-service", "select count(*) as n from inbound_message where citizen_id = ?", citizen.waId))
                .as("the message itself is kept").containsExactly(Map.of("n", 1L));
    }

    @Test
    void aPinAloneIsAskedForWordsAndTheWordsThatFollowMakeTheComplaintWithThatPlace() {
        Citizen citizen = Citizen.next("Pin Only");
        citizen.sendsPin(25.0521, 72.3017, null, null);

        Map<String, Object> answer = citizen.awaitMessage(1);
        assertThat(Whatsapp.isHindi(answer)).as(Whatsapp.textOf(answer)).isTrue();
        // longer than the quiet period: a pin alone never completes a complaint
        citizen.receivesNothingBeyond(1, SystemUnderTest.TEST_QUIET_PERIOD.plusSeconds(2));
        assertThat(Records.noticeKindsTo(citizen)).containsExactly(CitizenNotice.LOCATION_NEEDS_TEXT);
        assertThat(Records.samparkRegistrationsFrom(citizen)).isEmpty();
        assertThat(Records.query("intake-service",
                "select count(*) as n from complaint where citizen_wa_id = ? and status <> 'DRAFT'", citizen.waId))
                .containsExactly(Map.of("n", 0L));

        // the words that follow join the pin: one complaint, with that place, registered once
        citizen.says(Steps.WATER_COMPLAINT);
        Map<String, Object> ack = citizen.awaitMessage(2);
        String id = Whatsapp.complaintIdIn(ack).orElseThrow(() -> new AssertionError("no number: " + Whatsapp.textOf(ack)));
        Map<String, Object> registered = citizen.awaitMessage(3);
        assertThat(Whatsapp.textOf(registered)).contains(id);
        citizen.receivesNothingBeyond(3);
        assertThat(citizen.complaintIds()).containsExactly(id);
        assertThat(Records.query("intake-service", "select latitude, longitude from complaint where complaint_id = ?", id))
                .containsExactly(Map.of("latitude", 25.0521, "longitude", 72.3017));
        assertThat(Records.samparkRegistrationsFrom(citizen)).extracting(Grievance::reference).containsExactly(id);
    }

    @Test
    void oneMalformedMessageInAWebhookDoesNotStopTheValidTextBesideIt() {
        Citizen citizen = Citizen.next("Mixed Webhook");
        String now = Long.toString(Instant.now().getEpochSecond());
        // sent exactly as given, as another client library sent it: a location without "type" (what failed filing with
        // a NullPointerException and was retried until FAILED), a message with neither id nor body, and a whole,
        // valid complaint
        JsonPath answer = citizen.sendsRaw(Map.of("from", citizen.waId, "bare", true, "messages", List.of(
                Map.of("from", citizen.waId, "id", "wamid.E2E-UNTYPED-PIN-" + citizen.waId, "timestamp", now,
                        "location", Map.of("latitude", "24.9866", "longitude", "72.4541")),
                Map.of("from", citizen.waId, "timestamp", now, "type", "text"),
                Map.of("from", citizen.waId, "id", "wamid.E2E-VALID-" + citizen.waId, "timestamp", now, "type", "text",
                        "text", Map.of("body", Steps.WATER_COMPLAINT)))));
        assertThat(answer.getInt("status")).isEqualTo(200);
        String webhookId = JsonPath.from(answer.getString("intakeBody")).getString("webhookId");

        await("the complaint registered").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> citizen.complaintIds().size() == 1
                        && !Records.samparkRegistrations(citizen.complaintIds().get(0)).isEmpty());
        String id = citizen.complaintIds().get(0);
        String grievanceId = Records.samparkRegistrations(id).get(0).grievanceId();
        await("the registration message").atMost(Citizen.MESSAGE_WAIT).until(() -> citizen.messages().stream()
                .anyMatch(m -> Whatsapp.textOf(m).contains(grievanceId)));
        int total = citizen.messages().size();
        citizen.receivesNothingBeyond(total);
        // the number, the registration, and at most one more: the untyped pin taken as a pin alone ("please write")
        assertThat(total).isBetween(2, 3);
        assertThat(citizen.messages()).filteredOn(m -> Whatsapp.complaintIdsIn(m).equals(List.of(id))).hasSizeGreaterThanOrEqualTo(2);

        assertThat(Records.query("intake-service", "select text from complaint where complaint_id = ?", id))
                .containsExactly(Map.of("text", Steps.WATER_COMPLAINT));
        assertThat(Records.query("intake-service", "select complaint_id from inbound_message where wamid = ?",
                "wamid.E2E-VALID-" + citizen.waId)).containsExactly(Map.of("complaint_id", id));
        assertThat(Records.samparkRegistrationsFrom(citizen)).extracting(Grievance::reference).containsExactly(id);
        // filed at the first attempt, not retried until FAILED
        JsonPath archived = Operators.webhookArchive(webhookId);
        assertThat(archived.getString("outcome")).isEqualTo("ACCEPTED");
        assertThat(archived.getInt("attempts")).isEqualTo(1);
        assertThat(archived.getList("complaintIds")).containsExactly(id);
    }
}
