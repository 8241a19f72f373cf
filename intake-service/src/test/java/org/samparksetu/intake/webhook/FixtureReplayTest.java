package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Real payloads captured by two client libraries (src/test/resources/fixtures, MIT), replayed signed over their
 * exact bytes. As captured they are for other business numbers: answered 200 and ignored. Re-addressed to our
 * number (and given fresh message ids), each does what its type calls for.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class FixtureReplayTest {
    private static final List<String> BINDAMBC = List.of("audioMessage", "buttonMessage", "contactMessage",
            "documentMessage", "imageMessage", "locationMessage", "messageDeleted", "reEngagementMessageError",
            "reactMessage", "stickerMessage", "textMessage", "textMessage2", "textMessageStatusDelivered",
            "textMessageStatusSent", "videoMessage");
    private static final String INVALID = "textMessageStatusRead";
    private static final List<String> PYWA = List.of("callback_button", "callback_selection", "message",
            "message_status", "system");
    private static final Set<String> COMPLAINT_TYPES = Set.of("text", "location", "image", "audio", "video", "document");
    private static final Pattern PHONE_NUMBER_ID = Pattern.compile("(\"phone_number_id\"\\s*:\\s*\")[^\"]*(\")");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ComplaintRepository complaints;
    @Inject
    EntityManager em;

    @Test
    void everyBindambcFixtureAsCapturedIsAnswered200() throws IOException {
        for (String name : BINDAMBC) {
            var answer = replay(name, fixture("bindambc/" + name + ".json"));
            assertThat(answer.<Integer>path("complaintIds.size()")).as(name + ": another business number").isZero();
        }
    }

    @Test
    void theInvalidFixtureIsKeptAndAnsweredWithAClear400() throws IOException {
        byte[] body = fixture("bindambc/" + INVALID + ".json");
        Webhooks.post(body).statusCode(400).body("error", containsString("not valid JSON"));
        var row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select body, outcome from raw_webhook where body_sha256 = ?1 order by id desc limit 1")
                .setParameter(1, RawWebhookStore.sha256(body)).getSingleResult());
        assertThat((byte[]) row[0]).isEqualTo(body);
        assertThat(row[1]).isEqualTo("INVALID_JSON");
    }

    @Test
    void everyPywaPayloadAsCapturedIsAnswered200() throws IOException {
        for (String file : PYWA) {
            for (var payload : pywa(file).entrySet()) {
                replay(file + "/" + payload.getKey(), payload.getValue());
            }
        }
    }

    @Test
    void bindambcFixturesReaddressedToUsActByType() throws IOException {
        int run = 0;
        for (String name : BINDAMBC) {
            byte[] body = readdress(fixture("bindambc/" + name + ".json"), "B" + (run++));
            JsonNode tree = JSON.readTree(body);
            int expectedComplaints = countMessages(tree, COMPLAINT_TYPES);
            int expectedStatuses = tree.findValues("statuses").stream().mapToInt(JsonNode::size).sum();
            var answer = replay(name, body);
            assertThat(answer.<Integer>path("complaintIds.size()")).as(name).isEqualTo(expectedComplaints);
            assertThat(answer.<Integer>path("statuses")).as(name).isEqualTo(expectedStatuses);
            // archived byte for byte (Meta's "\/" escaping and all)
            assertThat(QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                            "select body from raw_webhook where body_sha256 = ?1 limit 1")
                    .setParameter(1, RawWebhookStore.sha256(body)).getSingleResult())).as(name).isEqualTo(body);
        }
    }

    @Test
    void aReaddressedLocationFixtureCarriesItsPoint() throws IOException {
        byte[] body = readdress(fixture("bindambc/locationMessage.json"), "LOC");
        String id = Webhooks.post(body).statusCode(200).extract().path("complaintIds[0]");
        Complaint c = QuarkusTransaction.requiringNew().call(() -> complaints.findById(id));
        assertThat(c.latitude).isEqualTo(-10.93941311633);
        assertThat(c.longitude).isEqualTo(-10.606395436721);
        assertThat(c.citizenWaId).isEqualTo("1111111111111");
        var events = TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RECEIVED,
                ComplaintReceived.class, e -> id.equals(e.subject()), 1);
        assertThat(events.get(0).data().location().longitude()).isEqualTo(-10.606395436721);
    }

    @Test
    void pywaPayloadsReaddressedToUsActByType() throws IOException {
        int run = 0;
        for (String file : PYWA) {
            for (var payload : pywa(file).entrySet()) {
                byte[] body = readdress(payload.getValue(), "P" + (run++));
                JsonNode tree = JSON.readTree(body);
                int expectedComplaints = countMessages(tree, COMPLAINT_TYPES);
                var answer = replay(file + "/" + payload.getKey(), body);
                assertThat(answer.<Integer>path("complaintIds.size()")).as(file + "/" + payload.getKey())
                        .isEqualTo(expectedComplaints);
            }
        }
        // a template quick reply / button tap is not a complaint, and "callback_data" is not one of our reply ids
        long taps = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbound_message where message_type in ('interactive', 'button') and outcome = 'IGNORED'")
                .getSingleResult()).longValue());
        assertThat(taps).isGreaterThanOrEqualTo(5);
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> replay(String name, byte[] body) {
        var answer = Webhooks.post(body).extract();
        assertThat(answer.statusCode()).as(name + " answered " + answer.asString()).isEqualTo(200);
        return answer;
    }

    private static int countMessages(JsonNode tree, Set<String> types) {
        int n = 0;
        for (JsonNode messages : tree.findValues("messages")) {
            for (JsonNode m : messages) {
                if (types.contains(m.path("type").asText())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Each named pywa payload, as the bytes Meta would send (compact JSON; pywa stores them pretty-printed in one file). */
    private static Map<String, byte[]> pywa(String file) throws IOException {
        JsonNode all = JSON.readTree(fixture("pywa/" + file + ".json"));
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            var e = it.next();
            out.put(e.getKey(), JSON.writeValueAsBytes(e.getValue()));
        }
        return out;
    }

    /** To our business number, with message ids of this run: a text edit, so Meta's escaping stays as it was. */
    private static byte[] readdress(byte[] body, String tag) {
        String s = new String(body, StandardCharsets.UTF_8);
        s = PHONE_NUMBER_ID.matcher(s).replaceAll("$1" + Webhooks.OUR_NUMBER_ID + "$2");
        s = s.replace("\"wamid.", "\"wamid." + tag + System.nanoTime() + ".")
                .replace("\"<WHATSAPP_MESSAGE_ID>\"", "\"<WHATSAPP_MESSAGE_ID>" + tag + System.nanoTime() + "\"");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = FixtureReplayTest.class.getResourceAsStream("/fixtures/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
