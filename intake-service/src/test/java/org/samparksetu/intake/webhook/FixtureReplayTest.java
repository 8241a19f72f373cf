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
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
        assertThat(c.citizenWaId).isEqualTo(JSON.readTree(body).findValue("from").asText());
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
        // a template quick reply / button tap is not a complaint, and "callback_data" is not one of our reply ids: the
        // citizen is told what we take (once per period, so some of one sender's taps are only recorded)
        long taps = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbound_message where message_type in ('interactive', 'button') and outcome in ('IGNORED', 'UNSUPPORTED')")
                .getSingleResult()).longValue());
        assertThat(taps).isGreaterThanOrEqualTo(5);
    }

    /** One fixture re-addressed to us for one run: its name, its bytes, and what it must cause. */
    record Payload(String name, byte[] body, int complaints, int statuses, int updates) {
    }

    /** Every valid fixture (both libraries, every pywa variant), re-addressed to us with message ids of this run. */
    private static List<Payload> allReaddressed(String run) throws IOException {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        for (String name : BINDAMBC) {
            raw.put("bindambc/" + name, fixture("bindambc/" + name + ".json"));
        }
        for (String file : PYWA) {
            for (var e : pywa(file).entrySet()) {
                raw.put("pywa/" + file + "/" + e.getKey(), e.getValue());
            }
        }
        List<Payload> out = new ArrayList<>();
        int n = 0;
        for (var e : raw.entrySet()) {
            byte[] body = readdress(e.getValue(), run + "x" + (n++) + "x");
            JsonNode tree = JSON.readTree(body);
            int statuses = tree.findValues("statuses").stream().mapToInt(JsonNode::size).sum();
            int messages = tree.findValues("messages").stream().mapToInt(JsonNode::size).sum();
            out.add(new Payload(e.getKey(), body, countMessages(tree, COMPLAINT_TYPES), statuses, messages + statuses));
        }
        return out;
    }

    /** What this run left in the database and on Kafka; a duplicate delivery must change none of it. */
    record Effects(long inbound, long complaints, long parts, long statuses, Map<String, String> outcomes,
                   int received, int quarantined, int notices, int replies, int statusEvents) {
    }

    @SuppressWarnings("unchecked")
    private Effects effects(String run, Set<String> complaintIds) {
        String like = "%" + run + "%"; // "wamid.<run>..." and Bindambc's "<WHATSAPP_MESSAGE_ID><run>..." alike
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> outcomes = new LinkedHashMap<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery(
                    "select wamid, message_type || ':' || outcome from inbound_message where wamid like ?1 order by wamid")
                    .setParameter(1, like).getResultList()) {
                outcomes.put((String) r[0], (String) r[1]);
            }
            return new Effects(
                    count("select count(*) from inbound_message where wamid like ?1", like),
                    count("select count(*) from complaint where wamid like ?1", like),
                    count("select count(*) from complaint_part where wamid like ?1", like),
                    count("select count(*) from whatsapp_status where message_id like ?1", like),
                    outcomes,
                    (int) TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class)
                            .stream().filter(e -> complaintIds.contains(e.subject())).count(),
                    (int) TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_QUARANTINED, ComplaintQuarantined.class)
                            .stream().filter(e -> complaintIds.contains(e.subject())).count(),
                    (int) TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class)
                            .stream().filter(e -> complaintIds.contains(e.subject())).count(),
                    (int) TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class)
                            .stream().filter(e -> e.data().messageId() != null && e.data().messageId().contains(run)).count(),
                    (int) TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.WHATSAPP_STATUS, WhatsAppStatus.class)
                            .stream().filter(e -> e.data().messageId() != null && e.data().messageId().contains(run)).count());
        });
    }

    private long count(String sql, String like) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, like).getSingleResult()).longValue();
    }

    private long rawRows(byte[] body) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from raw_webhook where body_sha256 = ?1").setParameter(1, RawWebhookStore.sha256(body))
                .getSingleResult()).longValue());
    }

    /**
     * The whole set, signed: once in a shuffled order, then again twice more, each copy posted from several threads
     * at once and in another shuffled order. The first pass does what each type calls for; the copies change nothing
     * but the archive, which keeps one row per delivery (each is evidence of what Meta sent and when).
     */
    @Test
    void everyFixtureReplayedTwiceConcurrentlyAndShuffledHasExactlyOneEffect() throws Exception {
        String run = "RUN" + System.nanoTime();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Payload> payloads = new ArrayList<>(allReaddressed(run));
        Collections.shuffle(payloads, random);

        Set<String> complaintIds = new HashSet<>();
        int expectedStatuses = 0;
        for (Payload p : payloads) {
            var answer = replay(p.name() + " (seed " + seed + ")", p.body());
            List<String> ids = answer.path("complaintIds");
            assertThat(ids).as(p.name()).hasSize(p.complaints());
            assertThat(answer.<Integer>path("statuses")).as(p.name()).isEqualTo(p.statuses());
            assertThat(answer.<Integer>path("duplicates")).as(p.name()).isZero();
            complaintIds.addAll(ids);
            expectedStatuses += p.statuses();
        }
        int expectedComplaints = payloads.stream().mapToInt(Payload::complaints).sum();
        assertThat(complaintIds).hasSize(expectedComplaints);

        // each type landed where it should: media, text and places are complaints, the rest is recorded only
        Effects first = effects(run, complaintIds);
        assertThat(first.complaints()).isEqualTo(expectedComplaints);
        assertThat(first.statuses()).isEqualTo(expectedStatuses);
        first.outcomes().forEach((wamid, typeOutcome) -> {
            String type = typeOutcome.substring(0, typeOutcome.indexOf(':'));
            String outcome = typeOutcome.substring(typeOutcome.indexOf(':') + 1);
            if (COMPLAINT_TYPES.contains(type)) {
                assertThat(outcome).as(wamid + " " + type).isIn("COMPLAINT", "COMMAND");
            } else {
                assertThat(outcome).as(wamid + " " + type).isIn("IGNORED", "REPLY", "UNSUPPORTED");
            }
        });
        assertThat(first.outcomes().values()).anyMatch(v -> v.startsWith("image:COMPLAINT"))
                .anyMatch(v -> v.startsWith("audio:COMPLAINT")).anyMatch(v -> v.startsWith("location:COMPLAINT"))
                // one sender's stickers, reactions and the like get one answer per period: which one is answered
                // depends on the shuffled order, the rest are recorded only; WhatsApp's system notes are never answered
                .anyMatch(v -> v.matches("reaction:(IGNORED|UNSUPPORTED)")).anyMatch(v -> v.matches("sticker:(IGNORED|UNSUPPORTED)"))
                .anyMatch(v -> v.equals("system:IGNORED")).anyMatch(v -> v.matches("unsupported:(IGNORED|UNSUPPORTED)"))
                .anyMatch(v -> v.endsWith(":UNSUPPORTED"));
        // every complaint got exactly one announcement: received, quarantined, or a notice (linked / transcription)
        await().atMost(60, TimeUnit.SECONDS).until(() -> {
            Effects e = effects(run, complaintIds);
            return e.received() + e.quarantined() + e.notices() >= expectedComplaints && e.statusEvents() >= first.statuses();
        });
        Effects announced = effects(run, complaintIds);
        assertThat(announced.received() + announced.quarantined() + announced.notices()).isEqualTo(expectedComplaints);
        assertThat(announced.statusEvents()).isEqualTo(expectedStatuses);

        // twice more, each copy from its own thread, all at once, shuffled again
        for (var answer : Webhooks.postEachTwiceConcurrently(payloads.stream().map(Payload::body).toList(), random)) {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
            assertThat(answer.<List<String>>path("complaintIds")).isEmpty();
            assertThat(answer.<Integer>path("statuses")).isZero();
        }
        for (Payload p : payloads) {
            assertThat(rawRows(p.body())).as(p.name() + ": one archive row per delivery").isEqualTo(3);
        }
        // a barrier: a complaint filed after the copies is announced, so anything the copies emitted would be out too
        String barrier = Webhooks.post(Webhooks.text(Webhooks.citizen(), Webhooks.wamid(), "barrier: nali band hai"))
                .statusCode(200).extract().path("complaintIds[0]");
        TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> barrier.equals(e.subject()), 1);
        Effects after = effects(run, complaintIds);
        assertThat(after).as("seed " + seed).isEqualTo(announced);
    }

    /** Copies an attacker (or a broken proxy) could send: each refused with a clear 401, none stored or filed. */
    @Test
    void tamperedCopiesOfAFixtureAreRefusedAndNothingIsFiled() throws IOException {
        String run = "TAMPER" + System.nanoTime();
        byte[] body = readdress(fixture("bindambc/textMessage.json"), run);
        String good = WebhookSignature.sign(body, Webhooks.SECRET);

        byte[] changed = body.clone();
        int at = new String(body, StandardCharsets.UTF_8).indexOf("hi everyone");
        changed[at] = (byte) 'H'; // one byte changed after signing
        post(changed, good).statusCode(401).body("error", containsString("does not match"));
        post(body, WebhookSignature.sign(body, "another-apps-secret")).statusCode(401).body("error", containsString("does not match"));
        post(body, good.substring(0, good.length() - 8)).statusCode(401).body("error", containsString("X-Hub-Signature-256"));
        post(body, "sha256=").statusCode(401);
        post(body, good.substring("sha256=".length())).statusCode(401); // the hex without its "sha256=" prefix
        given().contentType("application/json").body(body).when().post(Webhooks.PATH).then().statusCode(401)
                .body("error", containsString("missing"));

        assertThat(rawRows(body)).isZero();
        assertThat(rawRows(changed)).isZero();
        assertThat(effects(run, Set.of()).inbound()).isZero();
        // and the genuine one still goes through
        Webhooks.post(body).statusCode(200).body("complaintIds", org.hamcrest.Matchers.hasSize(1));
    }

    private static io.restassured.response.ValidatableResponse post(byte[] body, String signature) {
        return given().contentType("application/json").header("X-Hub-Signature-256", signature).body(body)
                .when().post(Webhooks.PATH).then();
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
    private static final Pattern SENDER = Pattern.compile("\"(from|wa_id)\"(\\s*:\\s*)\"(\\d+)\"");

    private static byte[] readdress(byte[] body, String tag) {
        String s = new String(body, StandardCharsets.UTF_8);
        // Each captured payload's senders become numbers of their own: unrelated messages that the libraries captured
        // from one test number would otherwise be one citizen's follow-ups to each other (a photo after a complaint
        // joins it), which is not what these replays are about.
        Map<String, String> senders = new HashMap<>();
        s = SENDER.matcher(s).replaceAll(r -> "\"" + r.group(1) + "\"" + r.group(2) + "\""
                + senders.computeIfAbsent(r.group(3), k -> Webhooks.citizen()) + "\"");
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
