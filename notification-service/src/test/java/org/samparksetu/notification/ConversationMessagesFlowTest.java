package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.Satisfaction;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.notification.delivery.OutgoingMessage;
import org.samparksetu.notification.delivery.OutgoingMessageRepository;
import org.samparksetu.notification.timeline.Timeline;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.notification.SimulatedCitizen.awaitMessages;

/**
 * The citizen's conversation through the real broker and database to what their phone shows: the number at the first
 * message and no second acknowledgement, the new notices, the rating buttons under the closure and the answers to a
 * rating, and a citizen known only by a business-scoped user id.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class ConversationMessagesFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    OutgoingMessageRepository messages;
    @Inject
    Timeline timeline;

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static ComplaintReceived received(String id, String wa, Boolean acknowledged) {
        return new ComplaintReceived(id, wa, "WHATSAPP", "hi", "हैंडपंप खराब है", null, List.of(), null, Instant.now(),
                true, acknowledged);
    }

    private static CitizenNotice notice(String wa, String id, String kind, Boolean firstContact, String type,
                                        String related, String token) {
        return new CitizenNotice(wa, id, kind, related, null, "hi", Instant.now(), firstContact, type, token);
    }

    private <T> T inTx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private List<String> timelineTypes(String id) {
        return inTx(() -> timeline.of(id).stream().map(t -> t.type).toList());
    }

    @Test
    void theNumberGivenAtTheFirstMessageIsTheOnlyAcknowledgement() {
        String wa = "919800000401";
        String id = "JAL-2026-400401";
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, id, notice(wa, id, CitizenNotice.ACKNOWLEDGED, true, "text", null, null));
        // the complaint is complete after its quiet period: no second acknowledgement, but what follows is told
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, true));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, "PHED", "20261128400401", "API", Instant.now()));

        List<JsonNode> got = awaitMessages(wa, 2);
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains(id).contains("स्वागत").contains("गोपनीयता")
                .contains("झूठी शिकायत").contains("इसी शिकायत में जुड़ जाएँगे");
        assertThat(SimulatedCitizen.textOf(got.get(1))).contains("20261128400401");
        // the registered message waited for complaint.received: once it is out, the received event was handled
        assertThat(timelineTypes(id)).contains("complaint.received", "complaint.registered");
        assertThat(inTx(() -> messages.ofComplaint(id))).extracting(m -> m.kind).doesNotContain("ACKNOWLEDGEMENT");
        assertThat(SimulatedCitizen.messagesTo(wa)).hasSize(2);
    }

    @Test
    void aMessageThatMayBeNewOrAboutAnOpenComplaintIsAskedWithTwoButtons() {
        String wa = "919800000402";
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, wa, notice(wa, null, CitizenNotice.ASK_NEW_OR_EXISTING, null,
                "text", "JAL-2026-400402", "held-402"));
        JsonNode ask = awaitMessages(wa, 1).get(0);
        assertThat(ask.path("type").asText()).isEqualTo("interactive");
        assertThat(SimulatedCitizen.textOf(ask)).contains("JAL-2026-400402").contains("नई शिकायत");
        JsonNode buttons = ask.at("/interactive/action/buttons");
        assertThat(buttons.findValuesAsText("id")).containsExactly(ReplyIds.followUpNew("held-402"),
                ReplyIds.followUpAbout("JAL-2026-400402", "held-402"));
        assertThat(buttons.findValuesAsText("title")).containsExactly("नई शिकायत", "400402 के बारे में");
    }

    @Test
    void aStickerIsAnsweredWithWhatWeCanTake() {
        String wa = "919800000403";
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, wa, notice(wa, null, CitizenNotice.UNSUPPORTED_MESSAGE, null,
                "sticker", null, null));
        assertThat(SimulatedCitizen.textOf(awaitMessages(wa, 1).get(0))).contains("स्टिकर").contains("फ़ोटो")
                .contains("आवाज़ वाला संदेश").contains("लोकेशन");
    }

    @Test
    void theClosureAsksForARatingWithTwoButtons() {
        String wa = "919800000404";
        String id = "JAL-2026-400404";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, null));
        TestEvents.publish(prefix(), EventType.COMPLAINT_CLOSED, id, new ComplaintClosed(id, "PHED", "VERIFIED_FIXED", Instant.now()));
        List<JsonNode> got = awaitMessages(wa, 2);
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains("शिकायत दर्ज हो गई").contains(id);
        JsonNode closed = got.get(1);
        assertThat(closed.path("type").asText()).isEqualTo("interactive");
        assertThat(SimulatedCitizen.textOf(closed)).contains("बंद कर दिया गया").contains("30 दिन").contains("phir se kholo");
        JsonNode buttons = closed.at("/interactive/action/buttons");
        assertThat(buttons.findValuesAsText("id")).containsExactly(ReplyIds.rating(Satisfaction.SATISFIED, id),
                ReplyIds.rating(Satisfaction.NOT_SATISFIED, id));
        assertThat(buttons.findValuesAsText("title")).containsExactly("संतुष्ट", "संतुष्ट नहीं");
    }

    @Test
    void aReopeningAtTheCitizensWordIsToldOnceWithTheSameNumber() {
        String wa = "919800000405";
        String id = "JAL-2026-400405";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, null));
        TestEvents.publish(prefix(), EventType.COMPLAINT_CLOSED, id, new ComplaintClosed(id, "PHED", "VERIFIED_FIXED", Instant.now()));
        awaitMessages(wa, 2);
        // the citizen tapped "संतुष्ट नहीं": verification reopens and rates, two events on two topics
        var reopened = TestEvents.publish(prefix(), EventType.COMPLAINT_REOPENED, id,
                new ComplaintReopened(id, "PHED", "CITIZEN_NOT_SATISFIED", 2, Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_RATED, id, new ComplaintRated(id, "PHED", 1, true, null, Instant.now()));

        List<JsonNode> got = awaitMessages(wa, 3);
        assertThat(SimulatedCitizen.textOf(got.get(2))).contains("फिर से खोल दी गई").contains("यही शिकायत संख्या " + id)
                .contains("जन स्वास्थ्य अभियांत्रिकी विभाग");
        await().atMost(WAIT).until(() -> timelineTypes(id).containsAll(List.of("complaint.reopened", "complaint.rated")));
        // decided in the transaction that recorded it: no message from complaint.reopened, ever
        assertThat(inTx(() -> messages.byCause(reopened.id()))).isEmpty();
        assertThat(SimulatedCitizen.messagesTo(wa)).hasSize(3);
    }

    @Test
    void aRatingIsThankedALateReopenIsExplainedAndAnOpenComplaintSaysWhereItStands() {
        String happy = "919800000406";
        String late = "919800000407";
        String open = "919800000408";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-400406", received("JAL-2026-400406", happy, null));
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-400407", received("JAL-2026-400407", late, null));
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-400408", received("JAL-2026-400408", open, null));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, "JAL-2026-400408",
                new ComplaintRegistered("JAL-2026-400408", "PHED", "20261128400408", "API", Instant.now()));
        awaitMessages(happy, 1);
        awaitMessages(late, 1);
        awaitMessages(open, 2);

        var thanks = TestEvents.publish(prefix(), EventType.COMPLAINT_RATED, "JAL-2026-400406",
                new ComplaintRated("JAL-2026-400406", "PHED", 5, false, null, Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_RATED, "JAL-2026-400407",
                new ComplaintRated("JAL-2026-400407", "PHED", null, false, ComplaintRated.REOPEN_PERIOD_OVER, Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_RATED, "JAL-2026-400408",
                new ComplaintRated("JAL-2026-400408", "PHED", null, false, ComplaintRated.NOT_CLOSED, Instant.now()));

        assertThat(SimulatedCitizen.textOf(awaitMessages(happy, 2).get(1))).contains("धन्यवाद").contains("JAL-2026-400406");
        assertThat(SimulatedCitizen.textOf(awaitMessages(late, 2).get(1))).contains("30 दिन से ज़्यादा")
                .contains("फिर से नहीं खोला जा सकता").contains("नई शिकायत करें");
        assertThat(SimulatedCitizen.textOf(awaitMessages(open, 3).get(2))).contains("अभी बंद नहीं हुई")
                .contains("संपर्क पोर्टल पर दर्ज, विभाग के पास").contains("20261128400408");
        await().atMost(WAIT).until(() -> {
            OutgoingMessage m = inTx(() -> messages.byCause(thanks.id()).orElse(null));
            return m != null && "RATING_REPLY".equals(m.kind) && m.state == OutgoingMessage.State.SENT;
        });
    }

    @Test
    void aCitizenKnownOnlyByABusinessScopedUserIdIsWrittenToByThatId() {
        String bsuid = "IN.40040900000000000001";
        String id = "JAL-2026-400409";
        var ack = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, bsuid, null));
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, id, notice(bsuid, id, CitizenNotice.PART_ADDED, null, "image", null, null));

        List<JsonNode> got = awaitMessages(bsuid, 2);
        assertThat(got).allSatisfy(m -> {
            assertThat(m.path("recipient").asText()).isEqualTo(bsuid);
            assertThat(m.has("to")).isFalse();
        });
        assertThat(got).extracting(SimulatedCitizen::textOf).anySatisfy(t -> assertThat(t).contains("शिकायत दर्ज हो गई").contains(id))
                .anySatisfy(t -> assertThat(t).contains("फ़ोटो शिकायत " + id + " में जोड़ दी गई"));
        // never under its digits, which could be somebody's phone number
        assertThat(SimulatedCitizen.messagesTo("40040900000000000001")).isEmpty();
        await().atMost(WAIT).until(() -> {
            OutgoingMessage m = inTx(() -> messages.byCause(ack.id()).orElse(null));
            return m != null && m.state == OutgoingMessage.State.SENT && bsuid.equals(m.recipient);
        });
    }
}
