package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.NotificationFailed;
import org.samparksetu.contract.events.NotificationSent;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.notification.delivery.OutgoingMessage;
import org.samparksetu.notification.delivery.OutgoingMessageRepository;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.samparksetu.notification.SimulatedCitizen.awaitMessages;

/**
 * Meta's rules against the simulator's fault injection: the 24-hour window and templates, permanent errors,
 * the pair rate limit, timeouts settled by status webhooks (never by a second send), first contact,
 * quarantine, and the operator's call list.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class SendingRulesTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    OutgoingMessageRepository messages;

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static ComplaintReceived received(String id, String waId, Instant at, Boolean firstContact) {
        return new ComplaintReceived(id, waId, "WHATSAPP", "hi", "बिजली नहीं आ रही", null, List.of(), null, at, firstContact);
    }

    private OutgoingMessage messageCausedBy(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> messages.byCause(eventId).orElse(null));
    }

    private OutgoingMessage.State stateOf(UUID eventId) {
        OutgoingMessage m = messageCausedBy(eventId);
        return m == null ? null : m.state;
    }

    @Test
    void outsideTheWindowOnlyTheTemplateGoesAndAReplyReopensTheWindow() {
        String wa = "919800000101";
        String id = "JAL-2026-200101";
        // the citizen last wrote two days ago (a complaint filed then, consumed now)
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, Instant.now().minus(Duration.ofDays(2)), null));
        List<JsonNode> got = awaitMessages(wa, 1);
        assertThat(got.get(0).path("type").asText()).isEqualTo("template");
        assertThat(messageCausedBy(e.id()).sentAs).isEqualTo("TEMPLATE");

        // registered: still outside, so a template with the department and the Sampark ID as parameters
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "20261128000101", "API", Instant.now()));
        got = awaitMessages(wa, 2);
        JsonNode reg = got.get(1);
        assertThat(reg.path("template").path("name").asText()).isEqualTo("sampark_complaint_registered");
        assertThat(reg.path("template").path("components").path(0).path("parameters").findValuesAsText("text"))
                .containsExactly(id, "जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग)", "20261128000101");

        // the citizen writes (a reply): the window is open again and the next message is free-form
        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, new CitizenReplied(id, wa, "wamid.in-101", "TEXT", null,
                "kab tak?", Instant.now()));
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) messages.getEntityManager().createNativeQuery("select count(*) from citizen_window where wa_id = ?1 and last_inbound_at > now() - interval '1 hour'")
                        .setParameter(1, wa).getSingleResult()).longValue() == 1));
        TestEvents.publish(prefix(), EventType.COMPLAINT_QUARANTINED, id, new ComplaintQuarantined(id, "review", Instant.now()));
        got = awaitMessages(wa, 3);
        assertThat(got.get(2).path("type").asText()).isEqualTo("text");
        assertThat(SimulatedCitizen.textOf(got.get(2))).contains("रोका गया");
    }

    @Test
    void aPermanentErrorIsRecordedNotRetriedAndRepeatedFailuresReachTheOperatorsCallList() {
        String wa = "919800000102";
        String id = "JAL-2026-200102";
        SimulatedCitizen.failNextSends(wa, 131026, 2);
        var ack = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, Instant.now(), null));
        var failed = TestEvents.awaitEvents(prefix(), EventType.NOTIFICATION_FAILED, NotificationFailed.class,
                x -> x.data().causeEventId().equals(ack.id().toString()), 1);
        assertThat(failed.get(0).data().errorCode()).isEqualTo(131026);
        OutgoingMessage m = messageCausedBy(ack.id());
        assertThat(m.state).isEqualTo(OutgoingMessage.State.FAILED);
        assertThat(m.attempts).isEqualTo(1);
        assertThat(m.lastErrorCode).isEqualTo(131026);

        // not yet on the list after one failure
        given().auth().preemptive().basic("grievance-cell", "grievance-cell-secret")
                .get("/api/operator/call-list").then().statusCode(200)
                .body("findAll { it.complaintId == '" + id + "' }.size()", equalTo(0));

        var reg = TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "20261128000102", "API", Instant.now()));
        await().atMost(WAIT).until(() -> stateOf(reg.id()) == OutgoingMessage.State.FAILED);
        assertThat(SimulatedCitizen.messagesTo(wa)).isEmpty();

        // the call list: authenticated, with the number to dial
        given().get("/api/operator/call-list").then().statusCode(401).body("error", org.hamcrest.Matchers.containsString("authentication"));
        given().auth().preemptive().basic("grievance-cell", "wrong").get("/api/operator/call-list").then().statusCode(401);
        given().auth().preemptive().basic("grievance-cell", "grievance-cell-secret")
                .get("/api/operator/call-list").then().statusCode(200)
                .body("find { it.complaintId == '" + id + "' }.phone", equalTo("+" + wa))
                .body("find { it.complaintId == '" + id + "' }.failedMessages", equalTo(2))
                .body("find { it.complaintId == '" + id + "' }.lastErrorCode", equalTo(131026));
        given().auth().preemptive().basic("grievance-cell", "grievance-cell-secret")
                .get("/api/operator/complaints/" + id + "/messages").then().statusCode(200)
                .body("size()", equalTo(2)).body("state", org.hamcrest.Matchers.everyItem(equalTo("FAILED")));
        given().auth().preemptive().basic("grievance-cell", "grievance-cell-secret")
                .get("/api/operator/complaints/JAL-2026-999999/messages").then().statusCode(404)
                .body("error", org.hamcrest.Matchers.containsString("JAL-2026-999999"));
    }

    @Test
    void aPairRateLimitIsRetriedForThatCitizenAfterTheBackOffAndSentOnce() {
        String wa = "919800000103";
        String id = "JAL-2026-200103";
        SimulatedCitizen.failNextSends(wa, 131056, 2);
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, Instant.now(), null));
        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.SENT);
        OutgoingMessage m = messageCausedBy(e.id());
        assertThat(m.attempts).isEqualTo(3);
        assertThat(m.lastErrorCode).isEqualTo(131056);
        assertThat(m.pairLimitHits).isZero();
        assertThat(SimulatedCitizen.messagesTo(wa)).hasSize(1);
    }

    @Test
    void aTimedOutSendIsSettledByTheStatusWebhookAndNeverSentTwice() {
        String wa = "919800000104";
        String id = "JAL-2026-200104";
        // the simulator takes the message but answers after our 5 s request timeout
        SimulatedCitizen.answerLate(wa, 8_000);
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, Instant.now(), null));
        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.IN_DOUBT);
        assertThat(SimulatedCitizen.messagesTo(wa)).hasSize(1);
        OutgoingMessage m = messageCausedBy(e.id());

        // Meta's "sent" webhook, relayed by intake as whatsapp.status with our key
        TestEvents.publish(prefix(), EventType.WHATSAPP_STATUS, m.id.toString(), new WhatsAppStatus("wamid.SIM-late-104", wa, "sent",
                Instant.now(), m.id.toString(), null, null));
        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.SENT);
        m = messageCausedBy(e.id());
        assertThat(m.wamid).isEqualTo("wamid.SIM-late-104");
        assertThat(m.attempts).isEqualTo(1);
        assertThat(m.deliveryStatus).isEqualTo("sent");
        var sent = TestEvents.awaitEvents(prefix(), EventType.NOTIFICATION_SENT, NotificationSent.class,
                x -> x.data().causeEventId().equals(e.id().toString()), 1);
        assertThat(sent).hasSize(1);
        // and the next message to the citizen follows, after the in-doubt one
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "20261128000104", "API", Instant.now()));
        List<JsonNode> got = awaitMessages(wa, 2);
        assertThat(got).hasSize(2);
        assertThat(SimulatedCitizen.textOf(got.get(1))).contains("20261128000104");
    }

    @Test
    void aFirstContactAcknowledgementCarriesWelcomePrivacyAndWarningInOneMessage() {
        String wa = "919800000105";
        String id = "JAL-2026-200105";
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, Instant.now(), true));
        List<JsonNode> got = awaitMessages(wa, 1);
        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.SENT);
        assertThat(SimulatedCitizen.messagesTo(wa)).hasSize(1);
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains(id).contains("स्वागत").contains("गोपनीयता").contains("झूठी शिकायत");
    }

    @Test
    void aQuarantinedMessageIsToldToItsSenderInTheirLanguage() {
        String wa = "919800000106";
        String id = "JAL-2026-200106";
        TestEvents.publish(prefix(), EventType.COMPLAINT_QUARANTINED, id, new ComplaintQuarantined(id, "gibberish", Instant.now(), wa, "en"));
        List<JsonNode> got = awaitMessages(wa, 1);
        assertThat(got.get(0).path("to").asText()).isEqualTo("+" + wa);
        String text = got.get(0).path("type").asText().equals("template")
                ? got.get(0).path("template").path("name").asText() : SimulatedCitizen.textOf(got.get(0));
        // never written to before: outside any window, so the approved template in English
        assertThat(text).isEqualTo("sampark_message_on_hold");
        assertThat(got.get(0).path("template").path("language").path("code").asText()).isEqualTo("en");
    }
}
