package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.NotificationSent;
import org.samparksetu.contract.events.OfficerNotice;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.notification.delivery.OutgoingMessage;
import org.samparksetu.notification.delivery.OutgoingMessageRepository;
import org.samparksetu.notification.timeline.Timeline;
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
import static org.samparksetu.notification.SimulatedCitizen.messagesTo;
import static org.samparksetu.notification.SimulatedCitizen.textOf;

/**
 * The department's side told, from the real broker to the WhatsApp simulator: a disposal without a fix with accept /
 * appeal buttons (free text inside the window, the template outside it), interim relief with the reported date, a
 * transfer, a false-case flag and its clearing, and the officer's template. Each exactly once when Kafka delivers the
 * event again; the officer's messages never become the citizen's.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class DepartmentSideFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PHED_HI = "जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग)";

    @Inject
    OutgoingMessageRepository messages;
    @Inject
    Timeline timeline;

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private <T> T inTx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static ComplaintReceived received(String id, String wa, String lang, Instant at) {
        return new ComplaintReceived(id, wa, "WHATSAPP", lang, "हैंडपंप खराब है", null, List.of(), null, at);
    }

    private static VerificationRequested asked(String id, DisposalOutcome outcome, String remarks, String kind) {
        return new VerificationRequested(id, UUID.randomUUID().toString(), "PHED", outcome, remarks, Instant.now(), kind);
    }

    private static List<String> buttonIds(JsonNode message) {
        return message.path("interactive").path("action").path("buttons").findValuesAsText("id");
    }

    private long windowRows(String wa) {
        return inTx(() -> ((Number) messages.getEntityManager()
                .createNativeQuery("select count(*) from citizen_window where wa_id = ?1").setParameter(1, wa)
                .getSingleResult()).longValue());
    }

    @Test
    void aRejectionIsToldWithItsReasonAndTwoButtonsOnceEvenWhenDeliveredAgain() {
        String wa = "919800007001";
        String id = "JAL-2026-207001";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi", Instant.now()));
        awaitMessages(wa, 1);

        var offer = TestEvents.publish(prefix(), EventType.COMPLAINT_VERIFICATION_REQUESTED, id,
                asked(id, DisposalOutcome.REJECTED, "यह हैंडपंप ग्राम पंचायत के अधीन है", VerificationRequested.KIND_APPEAL_OFFER));
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_VERIFICATION_REQUESTED, id, EventCodec.encode(offer));
        JsonNode m = awaitMessages(wa, 2).get(1);
        assertThat(m.path("type").asText()).isEqualTo("interactive");
        assertThat(textOf(m)).isEqualTo(PHED_HI + " ने आपकी शिकायत " + id + " अस्वीकार कर दी है।\n"
                + "विभाग का कारण: यह हैंडपंप ग्राम पंचायत के अधीन है\n\n"
                + "अगर आप इससे सहमत हैं तो \"ठीक है\" दबाएँ, शिकायत बंद कर दी जाएगी।\n"
                + "अगर आप सहमत नहीं हैं तो \"अपील करें\" दबाएँ, आपकी शिकायत की दोबारा जाँच होगी।");
        assertThat(buttonIds(m)).containsExactly("disposal:accept:" + id, "disposal:appeal:" + id);
        assertThat(m.path("interactive").path("action").path("buttons").findValuesAsText("title")).containsExactly("ठीक है", "अपील करें");

        // a later event of the same complaint on the same topic: once it is told, the replay has been handled too
        TestEvents.publish(prefix(), EventType.COMPLAINT_VERIFICATION_REQUESTED, id,
                asked(id, DisposalOutcome.INTERIM_RELIEF, "टैंकर से पानी शुरू, हैंडपंप 2026-05-10 तक", VerificationRequested.KIND_INTERIM));
        JsonNode interim = awaitMessages(wa, 3).get(2);
        assertThat(textOf(interim)).contains("10-05-2026 तक किया जाएगा");
        assertThat(messagesTo(wa)).hasSize(3);
        var sent = TestEvents.awaitEvents(prefix(), EventType.NOTIFICATION_SENT, NotificationSent.class,
                e -> e.data().causeEventId().equals(offer.id().toString()), 1);
        assertThat(sent.get(0).data().kind()).isEqualTo("APPEAL_OFFER");

        // STATUS: waiting for the citizen's answer
        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, new CitizenReplied(id, wa, "wamid.s-7001", "COMMAND", null,
                "STATUS", Instant.now(), "STATUS", "hi"));
        assertThat(textOf(awaitMessages(wa, 4).get(3))).contains("अंतरिम राहत दी गई, पूरा काम बाकी");
    }

    @Test
    void outsideTheWindowTheAppealOfferGoesAsItsTemplateWithTheSameButtonIds() {
        String wa = "919800007002";
        String id = "JAL-2026-207002";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "en", Instant.now().minus(Duration.ofDays(3))));
        awaitMessages(wa, 1);
        TestEvents.publish(prefix(), EventType.COMPLAINT_VERIFICATION_REQUESTED, id,
                asked(id, DisposalOutcome.FILED, "already done under MGNREGA\nwork order 12", VerificationRequested.KIND_APPEAL_OFFER));
        JsonNode m = awaitMessages(wa, 2).get(1);
        assertThat(m.path("type").asText()).isEqualTo("template");
        assertThat(m.path("template").path("name").asText()).isEqualTo("sampark_disposal_appeal");
        assertThat(m.path("template").path("language").path("code").asText()).isEqualTo("en");
        assertThat(m.path("template").path("components").path(0).path("parameters").findValuesAsText("text")).containsExactly(
                id, "Public Health Engineering (drinking water)", "filed", "already done under MGNREGA work order 12");
        assertThat(m.path("template").path("components").findValuesAsText("payload"))
                .containsExactly("disposal:accept:" + id, "disposal:appeal:" + id);
    }

    @Test
    void interimReliefIsToldWithTheDateOnTheDepartmentsReport() {
        String wa = "919800007003";
        String id = "JAL-2026-207003";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi", Instant.now()));
        awaitMessages(wa, 1);
        var report = TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id,
                "r-7003", "PHED", "20261128007003", DisposalOutcome.INTERIM_RELIEF, "टैंकर से पानी शुरू", "JEn Sayla", "REST",
                List.of(), Instant.now(), "2026-04-15"));
        await().atMost(WAIT).until(() -> inTx(() -> timeline.count("eventId", report.id())) == 1);

        TestEvents.publish(prefix(), EventType.COMPLAINT_VERIFICATION_REQUESTED, id,
                asked(id, DisposalOutcome.INTERIM_RELIEF, "टैंकर से पानी शुरू", VerificationRequested.KIND_INTERIM));
        JsonNode m = awaitMessages(wa, 2).get(1);
        assertThat(m.path("type").asText()).isEqualTo("text");
        assertThat(textOf(m)).isEqualTo("शिकायत " + id + ": " + PHED_HI + " ने बताया है कि अभी कुछ राहत (अंतरिम राहत) दी गई है"
                + " और पूरा काम 15-04-2026 तक किया जाएगा।\nविभाग की टिप्पणी: टैंकर से पानी शुरू\n"
                + "आपकी शिकायत तब तक खुली रहेगी। तय तारीख तक काम पूरा न होने पर शिकायत अपने-आप वरिष्ठ अधिकारी को भेजी जाएगी।");
        assertThat(m.has("interactive")).isFalse();
    }

    @Test
    void aTransferTellsTheCitizenTheNewDepartmentAndStatusNamesIt() {
        String wa = "919800007004";
        String id = "JAL-2026-207004";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi", Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "20261128007004", "API", Instant.now()));
        awaitMessages(wa, 2);
        var moved = TestEvents.publish(prefix(), EventType.COMPLAINT_TRANSFERRED, id, new ComplaintTransferred(id, "PHED",
                "PANCHAYATI_RAJ", "20261128007004", "OPERATOR", 1, "हैंडपंप ग्राम पंचायत का है", Instant.now()));
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_TRANSFERRED, id, EventCodec.encode(moved));
        JsonNode m = awaitMessages(wa, 3).get(2);
        assertThat(textOf(m)).isEqualTo("आपकी शिकायत " + id + " अब ग्रामीण विकास एवं पंचायती राज विभाग को सौंप दी गई है। आगे की कार्रवाई यही विभाग करेगा"
                + " और हर जानकारी आपको यहीं मिलेगी।\nपहले यह शिकायत " + PHED_HI + " के पास थी।\n"
                + "संपर्क शिकायत संख्या वही रहेगी: 20261128007004\nविभाग बदलने का कारण: हैंडपंप ग्राम पंचायत का है");

        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, new CitizenReplied(id, wa, "wamid.s-7004", "COMMAND", null,
                "STATUS", Instant.now(), "STATUS", "hi"));
        assertThat(textOf(awaitMessages(wa, 4).get(3))).contains("विभाग: ग्रामीण विकास एवं पंचायती राज विभाग");
        assertThat(messagesTo(wa)).hasSize(4);
        assertThat(inTx(() -> messages.byCause(moved.id()).orElseThrow().kind)).isEqualTo("TRANSFERRED");
    }

    @Test
    void aFalseCaseFlagGoesAsItsTemplateToAClosedWindowAndOpensNoWindowAndTheClearingIsToldOnce() {
        String wa = "919800007005";
        String id = "JAL-2026-207005";
        // the complaint came in through the Sampark Kendra: this citizen never wrote to us, no window
        var flagged = TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, id, new CitizenNotice(wa, id, CitizenNotice.FLAGGED_FALSE,
                null, null, "hi", Instant.now()));
        JsonNode m = awaitMessages(wa, 1).get(0);
        assertThat(m.path("type").asText()).isEqualTo("template");
        assertThat(m.path("template").path("name").asText()).isEqualTo("sampark_number_flagged_false");
        assertThat(m.path("template").path("components").path(0).path("parameters").findValuesAsText("text")).containsExactly(id);
        assertThat(windowRows(wa)).isZero();

        // the citizen writes; then the grievance cell clears the flag: free text now, delivered twice, told once
        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, new CitizenReplied(id, wa, "wamid.in-7005", "TEXT", null,
                "maine jhooth nahi bola", Instant.now()));
        await().atMost(WAIT).until(() -> windowRows(wa) == 1);
        var cleared = TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, id, new CitizenNotice(wa, id, CitizenNotice.FLAG_CLEARED,
                null, "दोबारा जाँच में हैंडपंप सच में खराब पाया गया", "hi", Instant.now()));
        TestEvents.publishRaw(prefix() + Topics.CITIZEN_NOTICE, id, EventCodec.encode(cleared));
        TestEvents.publishRaw(prefix() + Topics.CITIZEN_NOTICE, id, EventCodec.encode(flagged));
        JsonNode clearedMessage = awaitMessages(wa, 2).get(1);
        assertThat(clearedMessage.path("type").asText()).isEqualTo("text");
        assertThat(textOf(clearedMessage)).isEqualTo("आपके नंबर पर लगा \"झूठी शिकायत\" का निशान ज़िला शिकायत प्रकोष्ठ ने हटा दिया है।"
                + " कारण: दोबारा जाँच में हैंडपंप सच में खराब पाया गया\nइस नंबर से आपकी शिकायतें अब पहले की तरह सीधे आगे भेजी जाएँगी।"
                + " असुविधा के लिए खेद है।");
        // a barrier on the same key: once it is told, both replays were handled
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, id, new CitizenNotice(wa, id, CitizenNotice.ADDED_TO_COMPLAINT,
                null, null, "hi", Instant.now()));
        awaitMessages(wa, 3);
        assertThat(messagesTo(wa)).hasSize(3);
    }

    @Test
    void theOfficerGetsOneTemplatePerNoticeAndNeverACitizensFlow() {
        String citizen = "919800007006";
        String officer = "919829007006";
        String id = "JAL-2026-207006";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, citizen, "hi", Instant.now()));
        awaitMessages(citizen, 1);

        var notice = TestEvents.publish(prefix(), EventType.OFFICER_NOTICE, id, new OfficerNotice("PHED-L1-SAYLA",
                "श्री रमेश चौधरी, कनिष्ठ अभियंता", officer, "PHED", 1, "सायला", id, OfficerNotice.NEW_COMPLAINT,
                Instant.parse("2026-04-30T19:00:00Z"), Instant.now()));
        TestEvents.publishRaw(prefix() + Topics.OFFICER_NOTICE, id, EventCodec.encode(notice));
        JsonNode m = awaitMessages(officer, 1).get(0);
        assertThat(m.path("to").asText()).isEqualTo("+" + officer);
        assertThat(m.path("type").asText()).isEqualTo("template");
        assertThat(m.path("template").path("name").asText()).isEqualTo("sampark_officer_new_complaint");
        assertThat(m.path("template").path("language").path("code").asText()).isEqualTo("hi");
        assertThat(m.path("template").path("components").path(0).path("parameters").findValuesAsText("text")).containsExactly(
                "श्री रमेश चौधरी, कनिष्ठ अभियंता", PHED_HI, id, "सायला", "1", "01-05-2026");
        assertThat(m.path("template").path("components").findValuesAsText("payload")).isEmpty();

        // the same officer, the deadline close: a second template; the replay above gave nothing more
        TestEvents.publish(prefix(), EventType.OFFICER_NOTICE, id, new OfficerNotice("PHED-L1-SAYLA", "श्री रमेश चौधरी, कनिष्ठ अभियंता",
                officer, "PHED", 1, "सायला", id, OfficerNotice.DEADLINE_APPROACHING, Instant.parse("2026-04-30T19:00:00Z"), Instant.now()));
        List<JsonNode> got = awaitMessages(officer, 2);
        assertThat(got.get(1).path("template").path("name").asText()).isEqualTo("sampark_officer_deadline_approaching");
        assertThat(got).hasSize(2);

        // not a citizen: no timeline row (STATUS shows nothing of it), no contact, no window; the citizen got nothing more
        await().atMost(WAIT).until(() -> inTx(() -> messages.byCause(notice.id()).map(x -> x.state).orElse(null)) == OutgoingMessage.State.SENT);
        OutgoingMessage sent = inTx(() -> messages.byCause(notice.id()).orElseThrow());
        assertThat(sent.audience).isEqualTo(OutgoingMessage.Audience.OFFICER);
        assertThat(sent.sentAs).isEqualTo("TEMPLATE");
        assertThat(inTx(() -> timeline.of(id))).extracting(t -> t.type).containsOnly("complaint.received");
        assertThat(windowRows(officer)).isZero();
        assertThat(inTx(() -> ((Number) messages.getEntityManager().createNativeQuery(
                "select count(*) from citizen_contact where wa_id = ?1").setParameter(1, officer).getSingleResult()).longValue())).isZero();
        assertThat(messagesTo(citizen)).hasSize(1);
        given().auth().preemptive().basic("grievance-cell", "grievance-cell-secret")
                .get("/api/operator/complaints/" + id + "/messages").then().statusCode(200)
                .body("findAll { it.audience == 'OFFICER' }.size()", equalTo(2))
                .body("findAll { it.audience == 'CITIZEN' }.size()", equalTo(1));
    }

    @Test
    void anOfficerWhatsAppCannotReachIsNotPutOnTheCallListOfCitizensToPhone() {
        String officer = "919829007007";
        String id = "JAL-2026-207007";
        SimulatedCitizen.failNextSends(officer, 131026, 2);
        List<EventEnvelope<OfficerNotice>> notices = List.of(OfficerNotice.ESCALATED, OfficerNotice.REOPENED).stream()
                .map(kind -> TestEvents.publish(prefix(), EventType.OFFICER_NOTICE, id, new OfficerNotice("PHED-L2-DISTRICT",
                        null, officer, "PHED", 2, null, id, kind, null, Instant.now()))).toList();
        for (var n : notices) {
            await().atMost(WAIT).until(() -> inTx(() -> messages.byCause(n.id()).map(x -> x.state).orElse(null)) == OutgoingMessage.State.FAILED);
        }
        given().auth().preemptive().basic("grievance-cell", "grievance-cell-secret")
                .get("/api/operator/call-list").then().statusCode(200)
                .body("findAll { it.complaintId == '" + id + "' }.size()", equalTo(0));
    }
}
