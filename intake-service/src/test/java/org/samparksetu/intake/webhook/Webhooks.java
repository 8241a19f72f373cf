package org.samparksetu.intake.webhook;

import io.restassured.response.ValidatableResponse;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Builds and posts Cloud API webhooks the way Meta (and the simulator) does: signed over the exact bytes. */
final class Webhooks {
    static final String SECRET = "sim-app-secret";
    static final String OUR_NUMBER_ID = "106540352242922";
    static final String PATH = "/webhooks/whatsapp";
    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis());

    private Webhooks() {
    }

    /** A fresh wamid, so that tests sharing one database never collide. */
    static String wamid() {
        return "wamid.TEST" + SEQ.incrementAndGet();
    }

    /** A fresh citizen number (Indian mobile, as wa_id digits). */
    static String citizen() {
        return "9198" + String.format("%08d", SEQ.incrementAndGet() % 100_000_000L);
    }

    static String envelope(String phoneNumberId, String contactWaId, String messagesOrStatuses) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
                "contacts":[{"profile":{"name":"Ramesh"},"wa_id":"%s"}],%s},"field":"messages"}]}]}"""
                .formatted(phoneNumberId, contactWaId, messagesOrStatuses);
    }

    static String text(String from, String wamid, String body) {
        return text(OUR_NUMBER_ID, from, wamid, body);
    }

    static String text(String phoneNumberId, String from, String wamid, String body) {
        return envelope(phoneNumberId, from, """
                "messages":[{"from":"%s","id":"%s","timestamp":"1767225600","type":"text","text":{"body":"%s"}}]"""
                .formatted(from, wamid, body));
    }

    static String location(String from, String wamid, double lat, double lon) {
        return envelope(OUR_NUMBER_ID, from, """
                "messages":[{"from":"%s","id":"%s","timestamp":"1767225600","type":"location",
                "location":{"latitude":%s,"longitude":%s,"name":"Sayla","address":"Sayla, Jalore"}}]"""
                .formatted(from, wamid, lat, lon));
    }

    static String buttonReply(String from, String wamid, String replyId) {
        return envelope(OUR_NUMBER_ID, from, """
                "messages":[{"context":{"from":"15550783881","id":"wamid.SENT1"},"from":"%s","id":"%s",
                "timestamp":"1767225600","type":"interactive",
                "interactive":{"type":"button_reply","button_reply":{"id":"%s","title":"हाँ"}}}]"""
                .formatted(from, wamid, replyId));
    }

    static String status(String recipient, String messageId, String status, String callbackData) {
        return envelope(OUR_NUMBER_ID, recipient, """
                "statuses":[{"id":"%s","status":"%s","timestamp":"1767225700","recipient_id":"%s"%s}]"""
                .formatted(messageId, status, recipient,
                        callbackData == null ? "" : ",\"biz_opaque_callback_data\":\"" + callbackData + "\""));
    }

    static ValidatableResponse post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    static ValidatableResponse post(byte[] body) {
        return given().contentType("application/json")
                .header("X-Hub-Signature-256", WebhookSignature.sign(body, SECRET))
                .body(body)
                .when().post(PATH).then();
    }
}
