package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.ComplaintVerified;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.NotificationFailed;
import org.samparksetu.contract.events.NotificationSent;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.notification.delivery.OutgoingMessage;
import org.samparksetu.notification.delivery.OutgoingMessageRepository;
import org.samparksetu.notification.timeline.Timeline;
import org.samparksetu.notification.timeline.TimelineEntry;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.notification.SimulatedCitizen.awaitMessages;

/**
 * Against the real broker and database, with the WhatsApp simulator in-process: complaint events in,
 * messages at the simulator (over real HTTP), notification events out. Each test writes to its own
 * number so the simulator's per-recipient lists never mix.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class NotificationFlowTest {
    private static final String PHED_HI = "जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग)";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OutgoingMessageRepository messages;
    @Inject
    Timeline timeline;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static ComplaintReceived received(String id, String waId, String language) {
        return new ComplaintReceived(id, waId, "WHATSAPP", language, "गांव में पानी नहीं आ रहा", null, List.of(), null,
                Instant.now());
    }

    private static ComplaintRegistered registered(String id, String grievanceId) {
        return new ComplaintRegistered(id, "PHED", grievanceId, "API", Instant.now());
    }

    private static VerificationRequested verificationRequested(String id) {
        return new VerificationRequested(id, "ver-" + id, "PHED", DisposalOutcome.RELIEF,
                "पाइपलाइन की मरम्मत कर दी गई है", Instant.now());
    }

    private <T> T inTx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    /** Null until the event has been consumed. */
    private OutgoingMessage.State stateOf(UUID eventId) {
        OutgoingMessage m = messageCausedBy(eventId);
        return m == null ? null : m.state;
    }

    private OutgoingMessage messageCausedBy(UUID eventId) {
        return inTx(() -> messages.byCause(eventId).orElse(null));
    }

    @Test
    void acknowledgesAReceivedComplaintInHindiWithItsId() {
        String wa = "919800000001";
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-200001",
                received("JAL-2026-200001", wa, "hi"));

        List<JsonNode> got = awaitMessages(wa, 1);
        assertThat(got).hasSize(1);
        JsonNode m = got.get(0);
        assertThat(m.path("type").asText()).isEqualTo("text");
        assertThat(m.path("to").asText()).isEqualTo("+" + wa);
        assertThat(SimulatedCitizen.textOf(m)).startsWith("आपकी शिकायत दर्ज हो गई है।").contains("JAL-2026-200001");

        // our id travels as biz_opaque_callback_data; the wamid comes back in notification.sent
        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.SENT);
        OutgoingMessage row = messageCausedBy(e.id());
        assertThat(m.path("biz_opaque_callback_data").asText()).isEqualTo(row.id.toString());
        assertThat(row.body).isEqualTo(m.toString());
        assertThat(row.wamid).isNotBlank();
        assertThat(row.attempts).isEqualTo(1);
        var sent = TestEvents.awaitEvents(prefix(), EventType.NOTIFICATION_SENT, NotificationSent.class,
                x -> x.data().causeEventId().equals(e.id().toString()), 1);
        assertThat(sent.get(0).data().whatsappMessageId()).isEqualTo(row.wamid);
        assertThat(sent.get(0).data().kind()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(sent.get(0).subject()).isEqualTo("JAL-2026-200001");
    }

    @Test
    void answersInEnglishWhenTheCitizenWroteEnglish() {
        String wa = "919800000002";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-200002", received("JAL-2026-200002", wa, "en"));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, "JAL-2026-200002", registered("JAL-2026-200002", "20261128000002"));

        List<JsonNode> got = awaitMessages(wa, 2);
        assertThat(SimulatedCitizen.textOf(got.get(0))).startsWith("Your complaint has been received.").contains("JAL-2026-200002");
        assertThat(SimulatedCitizen.textOf(got.get(1)))
                .contains("Public Health Engineering (drinking water)").contains("20261128000002")
                .doesNotContain("जन स्वास्थ्य");
    }

    @Test
    void tellsTheWholeLifecycleInEventOrderAndKeepsTheTimeline() {
        String wa = "919800000003";
        String id = "JAL-2026-200003";
        // published back to back on different topics: consumed in whatever order, sent in event order
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, id, new ComplaintRouted(id, "PHED", 0.9, List.of(),
                List.of("पानी"), "CLASSIFIER", "पानी नहीं", "hi", "+" + wa, null, null, null, null, Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, registered(id, "20261128000003"));
        TestEvents.publish(prefix(), EventType.COMPLAINT_VERIFICATION_REQUESTED, id, verificationRequested(id));
        TestEvents.publish(prefix(), EventType.COMPLAINT_VERIFIED, id,
                new ComplaintVerified(id, "ver-" + id, true, "CITIZEN", Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_CLOSED, id, new ComplaintClosed(id, "PHED", "VERIFIED_FIXED", Instant.now()));

        List<JsonNode> got = awaitMessages(wa, 4);
        assertThat(got).hasSize(4);
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains("शिकायत दर्ज हो गई").contains(id);

        JsonNode registeredMsg = got.get(1);
        assertThat(SimulatedCitizen.textOf(registeredMsg)).contains(PHED_HI).contains("20261128000003").contains(id);

        JsonNode ask = got.get(2);
        assertThat(ask.path("type").asText()).isEqualTo("interactive");
        assertThat(ask.path("interactive").path("type").asText()).isEqualTo("button");
        assertThat(SimulatedCitizen.textOf(ask)).contains("पाइपलाइन की मरम्मत कर दी गई है").contains(id);
        List<String> ids = ask.path("interactive").path("action").path("buttons").findValuesAsText("id");
        assertThat(ids).containsExactly(
                ReplyIds.verification(VerificationAnswer.FIXED, id),
                ReplyIds.verification(VerificationAnswer.NOT_FIXED, id),
                ReplyIds.verification(VerificationAnswer.DONT_KNOW, id));
        ask.path("interactive").path("action").path("buttons").forEach(b -> assertThat(
                b.path("reply").path("title").asText().codePointCount(0, b.path("reply").path("title").asText().length()))
                .isBetween(1, 20));

        assertThat(SimulatedCitizen.textOf(got.get(3))).contains("बंद कर दिया गया").contains(id);

        // routed and verified give no message, but every event is on the timeline
        await().atMost(WAIT).untilAsserted(() -> assertThat(inTx(() -> timeline.of(id)).stream().map(t -> t.type).toList())
                .containsExactlyInAnyOrder("complaint.received", "complaint.routed", "complaint.registered",
                        "complaint.verification-requested", "complaint.verified", "complaint.closed"));
        List<TimelineEntry> entries = inTx(() -> timeline.of(id));
        assertThat(entries).allSatisfy(t -> assertThat(t.summary).doesNotContain("9800000003"));
        assertThat(entries).anySatisfy(t -> assertThat(t.summary).contains("20261128000003"));
    }

    @Test
    void theSameEventDeliveredTwiceGivesOneMessage() {
        String wa = "919800000004";
        String id = "JAL-2026-200004";
        double duplicatesBefore = duplicates();
        EventEnvelope<ComplaintReceived> e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_RECEIVED, id, EventCodec.encode(e));
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_RECEIVED, id, EventCodec.encode(e));
        // the same complaint re-published under a new event id: the citizen is known, no second acknowledgement
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));

        await().atMost(WAIT).until(() -> duplicates() >= duplicatesBefore + 2);
        await().atMost(WAIT).until(() -> inTx(() -> timeline.of(id)).size() == 2);
        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.SENT);
        assertThat(inTx(() -> messages.ofComplaint(id))).hasSize(1);
        assertThat(SimulatedCitizen.messagesTo(wa)).hasSize(1);
    }

    private double duplicates() {
        var c = metrics.find("inbox.duplicates").tag("consumer", "notification-service.complaint-events").counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void aMessageForACitizenNotYetKnownWaitsAndIsSentOnceTheyAre() {
        String wa = "919800000005";
        String id = "JAL-2026-200005";
        var reg = TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, registered(id, "20261128000005"));
        await().atMost(WAIT).until(() -> {
            OutgoingMessage m = messageCausedBy(reg.id());
            return m != null && m.state == OutgoingMessage.State.WAITING_FOR_CITIZEN;
        });
        assertThat(SimulatedCitizen.messagesTo(wa)).isEmpty();

        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));
        List<JsonNode> got = awaitMessages(wa, 2);
        // the acknowledgement first, then the message that waited for it
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains("शिकायत दर्ज हो गई");
        assertThat(SimulatedCitizen.textOf(got.get(1))).contains(PHED_HI).contains("20261128000005");
    }

    @Test
    void aWindowClosedErrorInsideTheWindowFallsBackToTheApprovedTemplate() {
        String wa = "919800000006";
        String id = "JAL-2026-200006";
        SimulatedCitizen.failNextSends(wa, 131047, 1);
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));

        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.SENT);
        OutgoingMessage m = messageCausedBy(e.id());
        assertThat(m.sentAs).isEqualTo("TEMPLATE");
        assertThat(m.attempts).isEqualTo(2);
        assertThat(m.lastErrorCode).isEqualTo(131047);
        List<JsonNode> got = SimulatedCitizen.messagesTo(wa);
        assertThat(got).hasSize(1);
        JsonNode t = got.get(0);
        assertThat(t.path("type").asText()).isEqualTo("template");
        assertThat(t.path("template").path("name").asText()).isEqualTo("sampark_complaint_received");
        assertThat(t.path("template").path("language").path("code").asText()).isEqualTo("hi");
        assertThat(t.path("template").path("components").path(0).path("parameters").path(0).path("text").asText()).isEqualTo(id);
        assertThat(t.path("biz_opaque_callback_data").asText()).isEqualTo(m.id.toString());
        // a fallback is not a failure
        assertThat(TestEvents.events(prefix(), EventType.NOTIFICATION_FAILED, NotificationFailed.class))
                .noneSatisfy(x -> assertThat(x.data().causeEventId()).isEqualTo(e.id().toString()));
    }

    @Test
    void aRateLimitIsRetriedAndTheMessageSentOnce() {
        String wa = "919800000007";
        String id = "JAL-2026-200007";
        SimulatedCitizen.failNextSends(wa, 130429, 1);
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));

        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.SENT);
        OutgoingMessage m = messageCausedBy(e.id());
        assertThat(m.attempts).isEqualTo(2);
        assertThat(m.lastErrorCode).isEqualTo(130429);
        assertThat(SimulatedCitizen.messagesTo(wa)).hasSize(1);
        var sent = TestEvents.awaitEvents(prefix(), EventType.NOTIFICATION_SENT, NotificationSent.class,
                x -> x.data().causeEventId().equals(e.id().toString()), 1);
        assertThat(sent).hasSize(1);
        assertThat(TestEvents.events(prefix(), EventType.NOTIFICATION_FAILED, NotificationFailed.class))
                .noneSatisfy(x -> assertThat(x.data().causeEventId()).isEqualTo(e.id().toString()));
    }

    @Test
    void aLateSentStatusNeverUndoesDelivered() {
        String wa = "919800000008";
        String id = "JAL-2026-200008";
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));
        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.SENT);
        OutgoingMessage m = messageCausedBy(e.id());

        TestEvents.publish(prefix(), EventType.WHATSAPP_STATUS, id, new WhatsAppStatus(m.wamid, wa, "delivered",
                Instant.now(), m.id.toString(), null, null));
        await().atMost(WAIT).until(() -> "delivered".equals(messageCausedBy(e.id()).deliveryStatus));

        var late = TestEvents.publish(prefix(), EventType.WHATSAPP_STATUS, id, new WhatsAppStatus(m.wamid, wa, "sent",
                Instant.now().minusSeconds(5), m.id.toString(), null, null));
        await().atMost(WAIT).until(() -> processed("notification-service.whatsapp-status", late.id()));
        assertThat(messageCausedBy(e.id()).deliveryStatus).isEqualTo("delivered");

        // and read still moves it forward
        TestEvents.publish(prefix(), EventType.WHATSAPP_STATUS, id, new WhatsAppStatus(m.wamid, wa, "read",
                Instant.now(), null, null, null));
        await().atMost(WAIT).until(() -> "read".equals(messageCausedBy(e.id()).deliveryStatus));
    }

    private boolean processed(String consumer, UUID eventId) {
        return inTx(() -> ((Number) em.createNativeQuery(
                        "select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, consumer).setParameter(2, eventId).getSingleResult()).longValue() == 1);
    }

    @Test
    void triageQuarantineReopenAndEscalationEachGiveAShortMessage() {
        String wa = "919800000009";
        String id = "JAL-2026-200009";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));
        awaitMessages(wa, 1);
        TestEvents.publish(prefix(), EventType.COMPLAINT_NEEDS_TRIAGE, id,
                new ComplaintNeedsTriage(id, List.of(), "no known complaint words", Instant.now()));
        awaitMessages(wa, 2);
        TestEvents.publish(prefix(), EventType.COMPLAINT_REOPENED, id,
                new ComplaintReopened(id, "PHED", "citizen says not fixed", 2, Instant.now()));
        awaitMessages(wa, 3);
        TestEvents.publish(prefix(), EventType.COMPLAINT_ESCALATED, id,
                new ComplaintEscalated(id, "PHED", 2, 3, "overdue", Instant.now()));
        awaitMessages(wa, 4);
        TestEvents.publish(prefix(), EventType.COMPLAINT_QUARANTINED, id,
                new ComplaintQuarantined(id, "over the daily cap", Instant.now()));

        List<JsonNode> got = awaitMessages(wa, 5);
        assertThat(got).allSatisfy(m -> assertThat(SimulatedCitizen.textOf(m)).contains(id));
        assertThat(SimulatedCitizen.textOf(got.get(1))).contains("ज़िला शिकायत प्रकोष्ठ");
        assertThat(SimulatedCitizen.textOf(got.get(2))).contains("फिर से खोल दी गई").contains("L2").contains(PHED_HI);
        assertThat(SimulatedCitizen.textOf(got.get(3))).contains("वरिष्ठ अधिकारी").contains("L3");
        assertThat(SimulatedCitizen.textOf(got.get(4))).contains("रोका गया");
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndDoesNotBlockTheNextEvent() {
        String wa = "919800000010";
        String id = "JAL-2026-200010";
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_CLOSED, id, "{not json");
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));
        TestEvents.publish(prefix(), EventType.COMPLAINT_CLOSED, id, new ComplaintClosed(id, "PHED", null, Instant.now()));

        awaitMessages(wa, 2);
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                TestEvents.readAll(prefix() + Topics.deadLetter("notification-service")))
                .anySatisfy(r -> assertThat(r.value()).isEqualTo("{not json")));
    }

    @Test
    void sentMessagesAreCountedInMetrics() {
        String wa = "919800000011";
        String id = "JAL-2026-200011";
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi"));
        await().atMost(WAIT).until(() -> stateOf(e.id()) == OutgoingMessage.State.SENT);
        io.restassured.RestAssured.get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("notification_messages_sent_total{kind=\"ACKNOWLEDGEMENT\""));
    }
}
