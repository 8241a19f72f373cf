package org.samparksetu.intake.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The WhatsApp webhook against the real broker and database: handshake, signature, de-duplication, effects. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class WhatsAppWebhookTest {

    @Inject
    ComplaintRepository complaints;
    @Inject
    EntityManager em;

    @TestHTTPResource("/webhooks/whatsapp")
    URL webhookUrl;

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private long complaintsFor(String wamid) {
        return QuarkusTransaction.requiringNew().call(() -> complaints.count("wamid", wamid));
    }

    private List<EventEnvelope<ComplaintReceived>> receivedEventsFrom(String citizen) {
        return TestEvents.events(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class).stream()
                .filter(e -> citizen.equals(e.data().citizenWaId())).toList();
    }

    /** Files a complaint and waits for its event: a barrier proving every earlier outbox row was published. */
    private String fileAndAwait(String citizen, String text) {
        String id = Webhooks.post(Webhooks.text(citizen, Webhooks.wamid(), text)).statusCode(200)
                .extract().path("complaintIds[0]");
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> id.equals(e.subject()), 1);
        return id;
    }

    // --- handshake -------------------------------------------------------------------------------------------

    @Test
    void handshakeEchoesTheChallengeVerbatim() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "sim-verify-token")
                .queryParam("hub.challenge", "1158201444")
                .when().get(Webhooks.PATH)
                .then().statusCode(200).contentType(containsString("text/plain")).body(equalTo("1158201444"));
    }

    @Test
    void handshakeWithAWrongTokenIsForbidden() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444")
                .when().get(Webhooks.PATH)
                .then().statusCode(403).contentType(containsString("application/json"))
                .body("error", containsString("verify token"));
    }

    // --- a text message becomes a complaint -------------------------------------------------------------------

    @Test
    void aSignedTextMessageBecomesAComplaintAndAnEvent() {
        String citizen = Webhooks.citizen();
        String wamid = Webhooks.wamid();
        String id = Webhooks.post(Webhooks.text(citizen, wamid, "गांव में पानी नहीं आ रहा, मोबाइल नं 9876543210"))
                .statusCode(200).body("complaintIds", hasSize(1)).extract().path("complaintIds[0]");

        assertThat(id).matches(ComplaintIds.PATTERN).startsWith("JAL-" + Year.now().getValue() + "-");
        Complaint row = QuarkusTransaction.requiringNew().call(() -> complaints.findById(id));
        assertThat(row.citizenWaId).isEqualTo(citizen);
        assertThat(row.wamid).isEqualTo(wamid);
        assertThat(row.text).isEqualTo("गांव में पानी नहीं आ रहा, मोबाइल नं 9876543210");
        assertThat(row.language).isEqualTo("hi");
        assertThat(row.status).isEqualTo(Complaint.Status.RECEIVED);
        assertThat(row.contactNumber).isEqualTo("+919876543210");

        var events = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> id.equals(e.subject()), 1);
        ComplaintReceived data = events.get(0).data();
        assertThat(events.get(0).source()).isEqualTo("intake-service");
        assertThat(data.complaintId()).isEqualTo(id);
        assertThat(data.citizenWaId()).isEqualTo(citizen);
        assertThat(data.channel()).isEqualTo("WHATSAPP");
        assertThat(data.language()).isEqualTo("hi");
        assertThat(data.text()).contains("पानी नहीं आ रहा");
        assertThat(data.contactNumber()).isEqualTo("+919876543210");
        assertThat(data.location()).isNull();
        // the event is keyed by complaint ID, so one complaint's events stay in order
        assertThat(TestEvents.readAll(prefix() + Topics.COMPLAINT_RECEIVED))
                .anySatisfy(r -> assertThat(r.key()).isEqualTo(id));
    }

    @Test
    void clearlyEnglishTextIsAnsweredInEnglish() {
        String citizen = Webhooks.citizen();
        String id = Webhooks.post(Webhooks.text(citizen, Webhooks.wamid(), "There is no water supply in our village since 5 days"))
                .statusCode(200).extract().path("complaintIds[0]");
        assertThat(QuarkusTransaction.requiringNew().call(() -> complaints.findById(id).language)).isEqualTo("en");
    }

    @Test
    void aLocationPinBecomesAComplaintWithItsPoint() {
        String citizen = Webhooks.citizen();
        String id = Webhooks.post(Webhooks.location(citizen, Webhooks.wamid(), 25.35, 72.62))
                .statusCode(200).extract().path("complaintIds[0]");
        var events = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> id.equals(e.subject()), 1);
        assertThat(events.get(0).data().location()).isNotNull();
        assertThat(events.get(0).data().location().latitude()).isEqualTo(25.35);
        assertThat(events.get(0).data().location().name()).isEqualTo("Sayla");
        assertThat(QuarkusTransaction.requiringNew().call(() -> complaints.findById(id).messageType)).isEqualTo("location");
    }

    // --- nothing twice ----------------------------------------------------------------------------------------

    @Test
    void theSameWebhookTwiceMakesOneComplaintAndOneEvent() {
        String citizen = Webhooks.citizen();
        String wamid = Webhooks.wamid();
        byte[] body = Webhooks.text(citizen, wamid, "bijli nahi aa rahi").getBytes(StandardCharsets.UTF_8);

        Webhooks.post(body).statusCode(200).body("complaintIds", hasSize(1));
        Webhooks.post(body).statusCode(200).body("complaintIds", hasSize(0)).body("duplicates", equalTo(1));

        fileAndAwait(citizen, "ek aur shikayat"); // barrier: the outbox publishes in order
        assertThat(complaintsFor(wamid)).isEqualTo(1);
        assertThat(receivedEventsFrom(citizen)).hasSize(2)
                .filteredOn(e -> "bijli nahi aa rahi".equals(e.data().text())).hasSize(1);
    }

    @Test
    void theSameWebhookPostedConcurrentlyMakesOneComplaint() throws Exception {
        String citizen = Webhooks.citizen();
        String wamid = Webhooks.wamid();
        byte[] body = Webhooks.text(citizen, wamid, "sadak tooti hai").getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign(body, Webhooks.SECRET);
        HttpClient http = HttpClient.newHttpClient();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(URI.create(webhookUrl.toString()))
                            .header("Content-Type", "application/json")
                            .header("X-Hub-Signature-256", signature)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            int created = 0;
            for (var f : answers) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                long webhookId = io.restassured.path.json.JsonPath.from(r.body()).getLong("webhookId");
                if (Webhooks.filed(webhookId).extract().<List<String>>path("complaintIds").size() == 1) {
                    created++;
                }
            }
            assertThat(created).as("deliveries whose filing made a new complaint").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        // a complaint of its own (a bare word after an open complaint would be asked about, not filed)
        fileAndAwait(citizen, "barrier: gaon me naali band hai");
        assertThat(complaintsFor(wamid)).isEqualTo(1);
        assertThat(receivedEventsFrom(citizen)).filteredOn(e -> "sadak tooti hai".equals(e.data().text())).hasSize(1);
        long raw = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from raw_webhook where body_sha256 = ?1").setParameter(1, RawWebhookStore.sha256(body))
                .getSingleResult()).longValue());
        assertThat(raw).as("every delivery is archived").isEqualTo(threads);
    }

    // --- signature and size ------------------------------------------------------------------------------------

    @Test
    void aWrongSignatureIsRefusedAndNothingIsStored() {
        String wamid = Webhooks.wamid();
        byte[] body = Webhooks.text(Webhooks.citizen(), wamid, "pani nahi").getBytes(StandardCharsets.UTF_8);
        String signedWithAnotherSecret = WebhookSignature.sign(body, "not-the-app-secret");
        given().contentType("application/json").header("X-Hub-Signature-256", signedWithAnotherSecret).body(body)
                .when().post(Webhooks.PATH)
                .then().statusCode(401).contentType(containsString("application/json")).body("error", containsString("signature"));
        assertThat(complaintsFor(wamid)).isZero();
        assertThat(rawCount(body)).isZero();
    }

    @Test
    void aSignatureOverOtherBytesIsRefused() {
        String wamid = Webhooks.wamid();
        byte[] body = Webhooks.text(Webhooks.citizen(), wamid, "pani nahi").getBytes(StandardCharsets.UTF_8);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("pani nahi", "pani nahi!").getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json").header("X-Hub-Signature-256", WebhookSignature.sign(body, Webhooks.SECRET))
                .body(tampered).when().post(Webhooks.PATH).then().statusCode(401);
        given().contentType("application/json").header("X-Hub-Signature-256", "sha256=zz-not-hex").body(body)
                .when().post(Webhooks.PATH).then().statusCode(401).body("error", notNullValue());
        assertThat(complaintsFor(wamid)).isZero();
    }

    @Test
    void aMissingSignatureIsRefused() {
        String wamid = Webhooks.wamid();
        byte[] body = Webhooks.text(Webhooks.citizen(), wamid, "pani nahi").getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json").body(body).when().post(Webhooks.PATH)
                .then().statusCode(401).body("error", containsString("X-Hub-Signature-256"));
        assertThat(complaintsFor(wamid)).isZero();
        assertThat(rawCount(body)).isZero();
    }

    @Test
    void aBodyOverThreeMegabytesIsRefused() {
        byte[] body = new byte[3 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        given().contentType("application/json").header("X-Hub-Signature-256", WebhookSignature.sign(body, Webhooks.SECRET))
                .body(body).when().post(Webhooks.PATH)
                .then().statusCode(413).contentType(containsString("application/json")).body("error", containsString("3 MB"));
        assertThat(rawCount(body)).isZero();
    }

    @Test
    void theBodyIsTakenAsBytesWhateverTheContentType() {
        String wamid = Webhooks.wamid();
        byte[] body = Webhooks.text(Webhooks.citizen(), wamid, "nal kharab hai").getBytes(StandardCharsets.UTF_8);
        Webhooks.filed(given().contentType("text/plain; charset=ISO-8859-1").header("X-Hub-Signature-256", WebhookSignature.sign(body, Webhooks.SECRET))
                .body(body).when().post(Webhooks.PATH).then().statusCode(200)).body("complaintIds", hasSize(1));
        assertThat(complaintsFor(wamid)).isEqualTo(1);
    }

    @Test
    void aSignedBodyThatIsNotJsonIsKeptAsEvidenceAndAnswered400() {
        byte[] body = ("{\"object\":\"whatsapp_business_account\",\"entry\":[" + Webhooks.wamid()).getBytes(StandardCharsets.UTF_8);
        Webhooks.post(body).statusCode(400).contentType(containsString("application/json"))
                .body("error", containsString("not valid JSON"));
        assertThat(rawCount(body)).isEqualTo(1);
    }

    // --- whose messages --------------------------------------------------------------------------------------

    @Test
    void aMessageToAnotherBusinessNumberIsIgnored() {
        String wamid = Webhooks.wamid();
        Webhooks.post(Webhooks.text("999999999999999", Webhooks.citizen(), wamid, "pani nahi aa raha"))
                .statusCode(200).body("complaintIds", hasSize(0)).body("ignored", equalTo(1));
        assertThat(complaintsFor(wamid)).isZero();
    }

    /**
     * 2026 business-scoped user ids: {@code from} and {@code wa_id} absent, {@code from_user_id} / {@code user_id}
     * present. The citizen is keyed by the BSUID; a failed status to a BSUID-only recipient is published too.
     */
    @Test
    void aCitizenWithoutAPhoneIsKeyedByTheirUserId() {
        String userId = "US.1349" + System.nanoTime();
        String wamid = Webhooks.wamid();
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
                "contacts":[{"profile":{"name":"Sita","username":"sita.devi"},"user_id":"%s"}],
                "messages":[{"from_user_id":"%s","id":"%s","timestamp":"1767225600","type":"text",
                "text":{"body":"aanganwadi me khana nahi mil raha"}}]},"field":"messages"}]}]}"""
                .formatted(Webhooks.OUR_NUMBER_ID, userId, userId, wamid);
        String id = Webhooks.post(body).statusCode(200).body("complaintIds", hasSize(1)).extract().path("complaintIds[0]");
        Complaint row = QuarkusTransaction.requiringNew().call(() -> complaints.findById(id));
        assertThat(row.citizenWaId).isEqualTo(userId);
        var events = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> id.equals(e.subject()), 1);
        assertThat(events.get(0).data().citizenWaId()).isEqualTo(userId);

        // only the contact carries the user id: still that citizen
        String second = Webhooks.wamid();
        String contactOnly = """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
                "contacts":[{"profile":{"name":"Sita"},"user_id":"%s"}],
                "messages":[{"id":"%s","timestamp":"1767225601","type":"text","text":{"body":"school ki chhat tooti hai"}}]},
                "field":"messages"}]}]}""".formatted(Webhooks.OUR_NUMBER_ID, userId, second);
        String id2 = Webhooks.post(contactOnly).statusCode(200).extract().path("complaintIds[0]");
        assertThat(QuarkusTransaction.requiringNew().call(() -> complaints.findById(id2)).citizenWaId).isEqualTo(userId);

        String sent = Webhooks.wamid();
        String failed = """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
                "statuses":[{"id":"%s","status":"failed","timestamp":"1767225700","recipient_user_id":"%s",
                "errors":[{"code":131047,"title":"Re-engagement message"}]}]},"field":"messages"}]}]}"""
                .formatted(Webhooks.OUR_NUMBER_ID, sent, userId);
        Webhooks.post(failed).statusCode(200).body("statuses", equalTo(1));
        var status = TestEvents.awaitEvents(prefix(), EventType.WHATSAPP_STATUS, WhatsAppStatus.class,
                e -> sent.equals(e.data().messageId()), 1).get(0).data();
        assertThat(status.recipientWaId()).isEqualTo(userId);
        assertThat(status.status()).isEqualTo("failed");
        assertThat(status.errorCode()).isEqualTo(131047);
    }

    // --- replies -----------------------------------------------------------------------------------------------

    @Test
    void aButtonReplyFromTheComplainantBecomesCitizenReplied() {
        String citizen = Webhooks.citizen();
        String complaintId = fileAndAwait(citizen, "nali band hai");
        String wamid = Webhooks.wamid();
        Webhooks.post(Webhooks.buttonReply(citizen, wamid, "verify:fixed:" + complaintId))
                .statusCode(200).body("complaintIds", hasSize(0));

        var replies = TestEvents.awaitEvents(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class,
                e -> complaintId.equals(e.subject()), 1);
        CitizenReplied r = replies.get(0).data();
        assertThat(r.complaintId()).isEqualTo(complaintId);
        assertThat(r.citizenWaId()).isEqualTo(citizen);
        assertThat(r.kind()).isEqualTo("BUTTON");
        assertThat(r.replyId()).isEqualTo("verify:fixed:" + complaintId);
        assertThat(r.messageId()).isEqualTo(wamid);
        assertThat(complaintsFor(wamid)).as("a reply is not a complaint").isZero();
    }

    @Test
    void aButtonReplyFromAnotherNumberIsIgnored() {
        String citizen = Webhooks.citizen();
        String stranger = Webhooks.citizen();
        String complaintId = fileAndAwait(citizen, "school me teacher nahi aate");
        Webhooks.post(Webhooks.buttonReply(stranger, Webhooks.wamid(), "verify:not_fixed:" + complaintId)).statusCode(200);
        // barrier: the complainant's own later reply is published, so the stranger's would have been too
        Webhooks.post(Webhooks.buttonReply(citizen, Webhooks.wamid(), "verify:dont_know:" + complaintId)).statusCode(200);
        var replies = TestEvents.awaitEvents(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class,
                e -> complaintId.equals(e.subject()), 1);
        assertThat(TestEvents.events(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class))
                .filteredOn(e -> complaintId.equals(e.subject())).hasSize(1)
                .allSatisfy(e -> assertThat(e.data().citizenWaId()).isEqualTo(citizen));
        assertThat(replies.get(0).data().replyId()).startsWith("verify:dont_know:");
    }

    @Test
    void anAppealUnderTheDepartmentsRejectionReachesVerificationOnlyFromTheComplainant() {
        String citizen = Webhooks.citizen();
        String stranger = Webhooks.citizen();
        String complaintId = fileAndAwait(citizen, "sadak ka kaam adhura chhod diya");
        String appeal = org.samparksetu.contract.ReplyIds.disposal(
                org.samparksetu.contract.ReplyIds.DisposalAnswer.APPEAL, complaintId);
        Webhooks.post(Webhooks.buttonReply(stranger, Webhooks.wamid(), appeal)).statusCode(200);
        String wamid = Webhooks.wamid();
        Webhooks.post(Webhooks.buttonReply(citizen, wamid, appeal)).statusCode(200).body("complaintIds", hasSize(0));

        TestEvents.awaitEvents(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class,
                e -> complaintId.equals(e.subject()), 1);
        assertThat(TestEvents.events(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class))
                .filteredOn(e -> complaintId.equals(e.subject())).singleElement()
                .satisfies(e -> {
                    assertThat(e.data().citizenWaId()).isEqualTo(citizen);
                    assertThat(e.data().kind()).isEqualTo("BUTTON");
                    assertThat(e.data().replyId()).isEqualTo(appeal);
                    assertThat(e.data().messageId()).isEqualTo(wamid);
                });
        assertThat(complaintsFor(wamid)).as("an appeal is not a new complaint").isZero();
    }

    // --- statuses ----------------------------------------------------------------------------------------------

    @Test
    void aStatusBecomesWhatsAppStatusOnce() {
        String recipient = Webhooks.citizen();
        String messageId = Webhooks.wamid();
        byte[] delivered = Webhooks.status(recipient, messageId, "delivered", "JAL-2026-000042:received")
                .getBytes(StandardCharsets.UTF_8);
        Webhooks.post(delivered).statusCode(200).body("statuses", equalTo(1));
        Webhooks.post(delivered).statusCode(200).body("statuses", equalTo(0)).body("duplicates", equalTo(1));
        Webhooks.post(Webhooks.status(recipient, messageId, "read", null)).statusCode(200).body("statuses", equalTo(1));

        var read = TestEvents.awaitEvents(prefix(), EventType.WHATSAPP_STATUS, WhatsAppStatus.class,
                e -> messageId.equals(e.data().messageId()) && "read".equals(e.data().status()), 1);
        assertThat(read.get(0).subject()).as("keyed by recipient without callback data").isEqualTo(recipient);
        var all = TestEvents.events(prefix(), EventType.WHATSAPP_STATUS, WhatsAppStatus.class).stream()
                .filter(e -> messageId.equals(e.data().messageId())).toList();
        assertThat(all).hasSize(2);
        var d = all.stream().filter(e -> "delivered".equals(e.data().status())).findFirst().orElseThrow();
        assertThat(d.subject()).isEqualTo("JAL-2026-000042:received");
        assertThat(d.data().recipientWaId()).isEqualTo(recipient);
        assertThat(d.data().bizOpaqueCallbackData()).isEqualTo("JAL-2026-000042:received");
        assertThat(d.data().timestamp().getEpochSecond()).isEqualTo(1767225700L);
    }

    // --- metrics ---------------------------------------------------------------------------------------------

    @Test
    void countersAreExposed() {
        Webhooks.post(Webhooks.text(Webhooks.citizen(), Webhooks.wamid(), "metrics")).statusCode(200);
        given().contentType("application/json").body("{}").when().post(Webhooks.PATH).then().statusCode(401);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("intake_webhooks_received_total").contains("intake_webhooks_rejected_total")
                .contains("intake_complaints_created_total");
    }

    private long rawCount(byte[] body) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from raw_webhook where body_sha256 = ?1")
                .setParameter(1, RawWebhookStore.sha256(body)).getSingleResult()).longValue());
    }
}
