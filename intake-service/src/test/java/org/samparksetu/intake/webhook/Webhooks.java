package org.samparksetu.intake.webhook;

import io.restassured.response.ValidatableResponse;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Builds and posts Cloud API webhooks the way Meta (and the simulator) does: signed over the exact bytes. */
public final class Webhooks {
    public static final String SECRET = "sim-app-secret";
    public static final String OUR_NUMBER_ID = "106540352242922";
    public static final String PATH = "/webhooks/whatsapp";
    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis());

    private Webhooks() {
    }

    /** A fresh wamid, so that tests sharing one database never collide. */
    public static String wamid() {
        return "wamid.TEST" + SEQ.incrementAndGet();
    }

    /** A fresh citizen number (Indian mobile, as wa_id digits). */
    public static String citizen() {
        return "9198" + String.format("%08d", SEQ.incrementAndGet() % 100_000_000L);
    }

    public static String envelope(String phoneNumberId, String contactWaId, String messagesOrStatuses) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
                "contacts":[{"profile":{"name":"Ramesh"},"wa_id":"%s"}],%s},"field":"messages"}]}]}"""
                .formatted(phoneNumberId, contactWaId, messagesOrStatuses);
    }

    public static String text(String from, String wamid, String body) {
        return text(OUR_NUMBER_ID, from, wamid, body);
    }

    public static String text(String phoneNumberId, String from, String wamid, String body) {
        return envelope(phoneNumberId, from, """
                "messages":[{"from":"%s","id":"%s","timestamp":"1767225600","type":"text","text":{"body":"%s"}}]"""
                .formatted(from, wamid, body));
    }

    public static String location(String from, String wamid, double lat, double lon) {
        return envelope(OUR_NUMBER_ID, from, """
                "messages":[{"from":"%s","id":"%s","timestamp":"1767225600","type":"location",
                "location":{"latitude":%s,"longitude":%s,"name":"Sayla","address":"Sayla, Jalore"}}]"""
                .formatted(from, wamid, lat, lon));
    }

    public static String buttonReply(String from, String wamid, String replyId) {
        return envelope(OUR_NUMBER_ID, from, """
                "messages":[{"context":{"from":"15550783881","id":"wamid.SENT1"},"from":"%s","id":"%s",
                "timestamp":"1767225600","type":"interactive",
                "interactive":{"type":"button_reply","button_reply":{"id":"%s","title":"हाँ"}}}]"""
                .formatted(from, wamid, replyId));
    }

    public static String status(String recipient, String messageId, String status, String callbackData) {
        return envelope(OUR_NUMBER_ID, recipient, """
                "statuses":[{"id":"%s","status":"%s","timestamp":"1767225700","recipient_id":"%s"%s}]"""
                .formatted(messageId, status, recipient,
                        callbackData == null ? "" : ",\"biz_opaque_callback_data\":\"" + callbackData + "\""));
    }

    public static String image(String from, String wamid, String mediaId, String sha256, String caption) {
        return envelope(OUR_NUMBER_ID, from, """
                "messages":[{"from":"%s","id":"%s","timestamp":"1767225600","type":"image",
                "image":{"mime_type":"image/jpeg","sha256":"%s","id":"%s"%s}}]"""
                .formatted(from, wamid, sha256, mediaId, caption == null ? "" : ",\"caption\":\"" + caption + "\""));
    }

    public static String voice(String from, String wamid, String mediaId, String sha256) {
        return envelope(OUR_NUMBER_ID, from, """
                "messages":[{"from":"%s","id":"%s","timestamp":"1767225600","type":"audio",
                "audio":{"mime_type":"audio/ogg; codecs=opus","sha256":"%s","id":"%s","voice":true}}]"""
                .formatted(from, wamid, sha256, mediaId));
    }

    public static ValidatableResponse post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Posts a signed webhook. A refusal is returned as it came; a 200 only means "archived", so this waits until the
     * webhook has been filed and returns what filing did ({@code outcome}, {@code complaintIds}, {@code statuses},
     * {@code duplicates}, {@code ignored}), as the archive endpoint tells it.
     */
    /**
     * Each body delivered twice more, every copy from its own thread of six, all at once and shuffled: how WhatsApp
     * redelivers under load. Returns what filing did with each copy (see {@link #post(byte[])}).
     */
    public static java.util.List<io.restassured.response.ExtractableResponse<io.restassured.response.Response>> postEachTwiceConcurrently(
            java.util.List<byte[]> bodies, java.util.Random random) throws Exception {
        java.util.List<java.util.concurrent.Callable<io.restassured.response.ExtractableResponse<io.restassured.response.Response>>> copies =
                new java.util.ArrayList<>();
        for (byte[] body : bodies) {
            for (int copy = 0; copy < 2; copy++) {
                copies.add(() -> post(body).extract());
            }
        }
        java.util.Collections.shuffle(copies, random);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var answers = new java.util.ArrayList<io.restassured.response.ExtractableResponse<io.restassured.response.Response>>();
            for (var f : pool.invokeAll(copies)) {
                answers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    public static ValidatableResponse post(byte[] body) {
        return filed(given().contentType("application/json")
                .header("X-Hub-Signature-256", WebhookSignature.sign(body, SECRET))
                .body(body)
                .when().post(PATH).then());
    }

    /** For a 200 answer: waits until the archived webhook is no longer PENDING and returns its archive entry. */
    public static ValidatableResponse filed(ValidatableResponse posted) {
        var answer = posted.extract();
        if (answer.statusCode() != 200) {
            return posted;
        }
        return filed(answer.<Number>path("webhookId").longValue());
    }

    /** Waits until the archived webhook with this id is no longer PENDING and returns its archive entry. */
    public static ValidatableResponse filed(long id) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> !"PENDING".equals(archive(id).extract().path("outcome")));
        return archive(id);
    }

    /** What became of an archived webhook, as the grievance cell sees it. */
    public static ValidatableResponse archive(long webhookId) {
        return given().auth().preemptive().basic("operator", "operator-secret")
                .when().get(PATH + "/archive/" + webhookId).then().statusCode(200);
    }

    /** Posts a text from the citizen (new message id) and returns the complaint it filed, or null when it filed none. */
    public static String fileText(String citizen, String text) {
        return file(text(citizen, wamid(), text));
    }

    /** Posts a photo from the citizen (new message id) and returns the complaint it filed or joined, or null. */
    public static String fileImage(String citizen, String mediaId, String sha256, String caption) {
        return file(image(citizen, wamid(), mediaId, sha256, caption));
    }

    /** Posts a voice note from the citizen (new message id) and returns the complaint it filed or joined, or null. */
    public static String fileVoice(String citizen, String mediaId, String sha256) {
        return file(voice(citizen, wamid(), mediaId, sha256));
    }

    /** Posts a webhook that must be accepted and returns the (first) complaint its filing filed or joined, or null. */
    public static String file(String body) {
        return post(body).statusCode(200).extract().path("complaintIds[0]");
    }
}
