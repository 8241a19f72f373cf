package org.samparksetu.e2e;

import org.samparksetu.testing.system.SystemUnderTest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.ReplyIds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One WhatsApp complaint through all five services, each its own process, on the real broker and
 * PostgreSQL: the citizen's messages in order, and the state each service keeps in its own database.
 */
class ComplaintLifecycleIT {
    private static final Pattern COMPLAINT_ID = Pattern.compile("JAL-\\d{4}-\\d{6}");
    private static final Pattern DEVANAGARI = Pattern.compile("\\p{InDevanagari}");
    private static SystemUnderTest system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = SystemUnderTest.start();
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    private static JsonPath citizenSays(Map<String, Object> message) {
        String body = given().contentType(ContentType.JSON).body(message)
                .post(system.simulatorUrl() + "/simulator/whatsapp/inbound")
                .then().statusCode(200).extract().asString();
        return JsonPath.from(body);
    }

    private static List<Map<String, Object>> messagesTo(String waId) {
        return given().queryParam("to", waId).get(system.simulatorUrl() + "/simulator/whatsapp/messages")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static List<Map<String, Object>> awaitMessages(String waId, int count) {
        List<Map<String, Object>> seen = new ArrayList<>();
        await("message " + count + " to the citizen").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    seen.clear();
                    seen.addAll(messagesTo(waId));
                    return seen.size() >= count;
                });
        return seen;
    }

    @SuppressWarnings("unchecked")
    private static String textOf(Map<String, Object> message) {
        if ("text".equals(message.get("type"))) {
            return (String) ((Map<String, Object>) message.get("text")).get("body");
        }
        if ("interactive".equals(message.get("type"))) {
            return (String) ((Map<String, Object>) ((Map<String, Object>) message.get("interactive")).get("body")).get("text");
        }
        return String.valueOf(message);
    }

    @SuppressWarnings("unchecked")
    private static List<String> buttonIds(Map<String, Object> message) {
        var interactive = (Map<String, Object>) message.get("interactive");
        var buttons = (List<Map<String, Object>>) ((Map<String, Object>) interactive.get("action")).get("buttons");
        return buttons.stream().map(b -> (String) ((Map<String, Object>) b.get("reply")).get("id")).toList();
    }

    @Test
    void aWaterComplaintIsRegisteredReportedVerifiedAndClosed() {
        String citizen = "919812345601";
        JsonPath delivered = citizenSays(Map.of("from", citizen, "name", "Ramesh",
                "text", "गांव सियाणा में तीन दिन से पानी नहीं आ रहा है, पाइपलाइन टूटी है"));
        assertThat(delivered.getInt("status")).isEqualTo(200);

        // 1. the acknowledgement, in Hindi, with the complaint number
        var messages = awaitMessages(citizen, 1);
        String ack = textOf(messages.get(0));
        Matcher id = COMPLAINT_ID.matcher(ack);
        assertThat(id.find()).as("acknowledgement carries the complaint ID: %s", ack).isTrue();
        String complaintId = id.group();
        assertThat(DEVANAGARI.matcher(ack).find()).as("acknowledgement is in Hindi").isTrue();

        // 2. registered on Sampark exactly once; the citizen hears the department and the grievance ID
        messages = awaitMessages(citizen, 2);
        String registered = textOf(messages.get(1));
        List<Map<String, Object>> grievances = given().queryParam("reference", complaintId)
                .get(system.simulatorUrl() + "/simulator/sampark/grievances").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(grievances).hasSize(1);
        String grievanceId = (String) grievances.get(0).get("grievanceId");
        assertThat(grievances.get(0).get("department")).isEqualTo("PHED");
        assertThat(registered).contains(complaintId).contains(grievanceId)
                .contains(Departments.byCode("PHED").orElseThrow().nameHi());

        // 3. the department reports action through the bridge's REST API
        given().auth().preemptive().basic("phed-officer", "phed-secret").contentType(ContentType.JSON)
                .body(Map.of("complaintId", complaintId, "outcome", "RELIEF",
                        "remarks", "पाइपलाइन की मरम्मत कर दी गई है", "officer", "AEn PHED Jalore"))
                .post(system.service("sampark-bridge").baseUrl() + "/api/action-reports")
                .then().statusCode(201);

        // 4. verification asks the citizen with buttons
        messages = awaitMessages(citizen, 3);
        assertThat(messages.get(2).get("type")).isEqualTo("interactive");
        String fixed = ReplyIds.verification(ReplyIds.VerificationAnswer.FIXED, complaintId);
        assertThat(buttonIds(messages.get(2))).containsExactly(fixed,
                ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, complaintId),
                ReplyIds.verification(ReplyIds.VerificationAnswer.DONT_KNOW, complaintId));

        // 5. the citizen taps "fixed"; the complaint closes and the citizen is told
        assertThat(citizenSays(Map.of("from", citizen, "buttonReply", Map.of("id", fixed, "title", "हाँ, ठीक हो गया")))
                .getInt("status")).isEqualTo(200);
        messages = awaitMessages(citizen, 4);
        assertThat(textOf(messages.get(3))).contains(complaintId);

        // exactly these four messages, in this order, and nothing more arrives
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> messagesTo(citizen).size() == 4);
        assertThat(messagesTo(citizen)).extracting(m -> m.get("type")).containsExactly("text", "text", "interactive", "text");

        // each service's own record of the complaint
        StateChecks.assertClosedEverywhere(system, complaintId, grievanceId, citizen);
    }

    @Test
    void theSameWebhookTwiceAndConcurrentlyMakesOneComplaintAndOneAcknowledgement() throws Exception {
        String citizen = "919812345602";
        Map<String, Object> message = Map.of("from", citizen, "id", "wamid.E2E-DUPLICATE-0001", "text", "bijli nahi aa rahi 2 din se");
        assertThat(citizenSays(message).getInt("status")).isEqualTo(200);
        assertThat(citizenSays(message).getInt("status")).isEqualTo(200);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> citizenSays(message).getInt("status"));
            }
            for (var f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        awaitMessages(citizen, 1);
        // the complaint goes on to registration; by then any duplicate acknowledgement would have arrived too
        var messages = awaitMessages(citizen, 2);
        assertThat(messages).hasSize(2);
        assertThat(COMPLAINT_ID.matcher(textOf(messages.get(0))).find()).isTrue();
        assertThat(system.query("intake-service", StateChecks.COMPLAINTS_FROM, citizen)).hasSize(1);
    }

    @Test
    void aBadSignatureIsRefusedAndCreatesNothing() {
        String citizen = "919812345603";
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":"
                + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"106540352242922\"},"
                + "\"messages\":[{\"from\":\"" + citizen + "\",\"id\":\"wamid.E2E-FORGED\",\"timestamp\":\"1764300000\",\"type\":\"text\",\"text\":{\"body\":\"पानी नहीं\"}}]}}]}]}";
        given().header("X-Hub-Signature-256", "sha256=" + "0".repeat(64)).contentType(ContentType.JSON).body(body)
                .post(system.service("intake-service").baseUrl() + "/webhooks/whatsapp")
                .then().statusCode(401);
        assertThat(system.query("intake-service", StateChecks.COMPLAINTS_FROM, citizen)).isEmpty();
        assertThat(messagesTo(citizen)).isEmpty();
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
