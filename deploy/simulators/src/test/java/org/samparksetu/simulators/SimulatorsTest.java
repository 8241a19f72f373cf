package org.samparksetu.simulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samparksetu.simulators.http.Http;
import org.samparksetu.simulators.whatsapp.WebhookSigner;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulators over real HTTP: what the adapters and the end-to-end test rely on. */
class SimulatorsTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private Simulators sims;
    private HttpServer fakeIntake;
    private final AtomicReference<String> lastSignature = new AtomicReference<>();
    private final AtomicReference<byte[]> lastBody = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        fakeIntake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fakeIntake.createContext("/webhooks/whatsapp", ex -> {
            lastSignature.set(ex.getRequestHeaders().getFirst("X-Hub-Signature-256"));
            lastBody.set(ex.getRequestBody().readAllBytes());
            Http.json(ex, 200, java.util.Map.of("ok", true));
        });
        fakeIntake.start();
        sims = Simulators.start(SimulatorSettings.defaults().withPort(0)
                .withIntakeWebhookUrl("http://127.0.0.1:" + fakeIntake.getAddress().getPort() + "/webhooks/whatsapp"));
    }

    @AfterEach
    void stop() {
        sims.stop();
        fakeIntake.stop(0);
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(sims.baseUrl() + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(sims.baseUrl() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void inboundTextIsSignedOverTheExactBytesAndDelivered() throws Exception {
        var r = post("/simulator/whatsapp/inbound", "{\"from\":\"919876543210\",\"text\":\"पानी नहीं आ रहा\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.JSON.readTree(r.body()).path("status").asInt()).isEqualTo(200);
        assertThat(lastSignature.get()).isEqualTo(WebhookSigner.sign("sim-app-secret", lastBody.get()));
        JsonNode webhook = Http.JSON.readTree(lastBody.get());
        assertThat(webhook.at("/entry/0/changes/0/value/messages/0/text/body").asText()).isEqualTo("पानी नहीं आ रहा");
        assertThat(webhook.at("/entry/0/changes/0/value/metadata/phone_number_id").asText()).isEqualTo("106540352242922");
    }

    @Test
    void inboundMessageObjectsOfAnyTypeAreSentAsGivenWithSenderIdAndTimeFilledIn() throws Exception {
        var r = post("/simulator/whatsapp/inbound", "{\"from\":\"919876543211\",\"message\":{\"type\":\"sticker\","
                + "\"sticker\":{\"id\":\"42\",\"mime_type\":\"image/webp\",\"sha256\":\"abc\"}}}");
        assertThat(r.statusCode()).isEqualTo(200);
        String messageId = Http.JSON.readTree(r.body()).path("messageId").asText();
        JsonNode msg = Http.JSON.readTree(lastBody.get()).at("/entry/0/changes/0/value/messages/0");
        assertThat(msg.path("type").asText()).isEqualTo("sticker");
        assertThat(msg.path("sticker").path("id").asText()).isEqualTo("42");
        assertThat(msg.path("from").asText()).isEqualTo("919876543211");
        assertThat(msg.path("id").asText()).isEqualTo(messageId).startsWith("wamid.");
        assertThat(msg.path("timestamp").asText()).matches("\\d+");
        assertThat(lastSignature.get()).isEqualTo(WebhookSigner.sign("sim-app-secret", lastBody.get()));

        // several in one webhook; "bare" leaves a malformed one as it is (no id, no type)
        r = post("/simulator/whatsapp/inbound", "{\"from\":\"919876543211\",\"bare\":true,\"messages\":["
                + "{\"from\":\"919876543211\",\"location\":{\"latitude\":25.3}},"
                + "{\"from\":\"919876543211\",\"id\":\"wamid.X1\",\"timestamp\":\"1\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}]}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode messages = Http.JSON.readTree(lastBody.get()).at("/entry/0/changes/0/value/messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).has("id")).isFalse();
        assertThat(messages.get(0).has("type")).isFalse();
        assertThat(messages.get(1).path("id").asText()).isEqualTo("wamid.X1");

        assertThat(post("/simulator/whatsapp/inbound", "{\"from\":\"919876543211\",\"message\":\"sticker\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void graphSendIsListedForTheRecipientAndNeedsTheToken() throws Exception {
        String msg = "{\"messaging_product\":\"whatsapp\",\"to\":\"+919876543210\",\"type\":\"text\",\"text\":{\"body\":\"नमस्ते\"}}";
        assertThat(post("/v21.0/106540352242922/messages", msg).statusCode()).isEqualTo(401);
        var ok = post("/v21.0/106540352242922/messages", msg, "Authorization", "Bearer sim-access-token");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.JSON.readTree(ok.body()).at("/messages/0/id").asText()).startsWith("wamid.");
        JsonNode listed = Http.JSON.readTree(get("/simulator/whatsapp/messages?to=919876543210").body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).at("/text/body").asText()).isEqualTo("नमस्ते");
    }

    @Test
    void theNumbersQualityRatingIsReadThroughTheGraphApiAndATestMovesIt() throws Exception {
        String node = "/v21.0/106540352242922?fields=quality_rating";
        assertThat(get(node).statusCode()).isEqualTo(401);
        var green = get(node, "Authorization", "Bearer sim-access-token");
        assertThat(green.statusCode()).isEqualTo(200);
        assertThat(Http.JSON.readTree(green.body()).path("quality_rating").asText()).isEqualTo("GREEN");
        assertThat(Http.JSON.readTree(green.body()).path("id").asText()).isEqualTo("106540352242922");
        assertThat(Http.JSON.readTree(green.body()).has("display_phone_number")).as("only the fields asked for").isFalse();

        assertThat(post("/simulator/whatsapp/quality-rating", "{\"rating\":\"RED\"}").statusCode()).isEqualTo(200);
        var red = get(node, "Authorization", "Bearer sim-access-token");
        assertThat(Http.JSON.readTree(red.body()).path("quality_rating").asText()).isEqualTo("RED");
        assertThat(post("/simulator/whatsapp/quality-rating", "{\"rating\":\"PURPLE\"}").statusCode()).isEqualTo(400);
        assertThat(get("/v21.0/106540352242922?fields=nonsense", "Authorization", "Bearer sim-access-token").statusCode())
                .isEqualTo(400);

        sims.whatsapp().reset();
        assertThat(Http.JSON.readTree(get(node, "Authorization", "Bearer sim-access-token").body()).path("quality_rating").asText())
                .isEqualTo("GREEN");
    }

    @Test
    void aSendToABusinessScopedUserIdIsListedUnderThatIdNeverUnderItsDigits() throws Exception {
        String bsuid = "IN.13491208655302741918";
        String msg = "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"recipient\":\"" + bsuid
                + "\",\"type\":\"text\",\"text\":{\"body\":\"नमस्ते\"}}";
        var ok = post("/v21.0/106540352242922/messages", msg, "Authorization", "Bearer sim-access-token");
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode answer = Http.JSON.readTree(ok.body());
        assertThat(answer.at("/contacts/0/user_id").asText()).isEqualTo(bsuid);
        assertThat(answer.at("/contacts/0/wa_id").isMissingNode()).isTrue();
        JsonNode listed = Http.JSON.readTree(get("/simulator/whatsapp/messages?to=" + bsuid).body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("recipient").asText()).isEqualTo(bsuid);
        assertThat(Http.JSON.readTree(get("/simulator/whatsapp/messages?to=13491208655302741918").body())).isEmpty();
        // neither "to" nor "recipient": Graph's parameter error
        String none = "{\"messaging_product\":\"whatsapp\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}";
        var bad = post("/v21.0/106540352242922/messages", none, "Authorization", "Bearer sim-access-token");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.JSON.readTree(bad.body()).at("/error/code").asInt()).isEqualTo(100);
    }

    @Test
    void injectedGraphErrorIsReturnedOnceWithItsCode() throws Exception {
        post("/simulator/whatsapp/faults", "{\"code\":131047,\"times\":1}");
        String msg = "{\"messaging_product\":\"whatsapp\",\"to\":\"919876543210\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}";
        var failed = post("/v21.0/106540352242922/messages", msg, "Authorization", "Bearer sim-access-token");
        assertThat(Http.JSON.readTree(failed.body()).at("/error/code").asInt()).isEqualTo(131047);
        var ok = post("/v21.0/106540352242922/messages", msg, "Authorization", "Bearer sim-access-token");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(sims.whatsapp().messagesTo("919876543210")).hasSize(1);
    }

    @Test
    void portalRegistersLooksUpAndDoesNotDeduplicate() throws Exception {
        String g = "{\"reference\":\"JAL-2026-000001\",\"department\":\"PHED\",\"description\":\"पानी नहीं\"}";
        assertThat(post("/sampark/api/v1/grievances", g).statusCode()).isEqualTo(401);
        var r1 = post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key");
        assertThat(r1.statusCode()).isEqualTo(201);
        String id = Http.JSON.readTree(r1.body()).path("grievanceId").asText();
        assertThat(id).matches("\\d{14}");
        post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key");
        assertThat(Http.JSON.readTree(get("/sampark/api/v1/grievances?reference=JAL-2026-000001", "X-Api-Key", "sim-sampark-key").body())).hasSize(2);
        var disposed = post("/sampark/api/v1/grievances/" + id + "/disposal", "{\"outcome\":\"RELIEF\",\"remarks\":\"fixed\"}", "X-Api-Key", "sim-sampark-key");
        assertThat(Http.JSON.readTree(disposed.body()).path("status").asText()).isEqualTo("DISPOSED");
        var bad = post("/sampark/api/v1/grievances", "{\"reference\":\"JAL-2026-000002\"}", "X-Api-Key", "sim-sampark-key");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("department");
    }

    @Test
    void portalOfficerActionsAndAReRegistrationLinkedToTheEarlierGrievance() throws Exception {
        String g = "{\"reference\":\"JAL-2026-000004\",\"department\":\"PWD\",\"description\":\"sadak\"}";
        String first = Http.JSON.readTree(post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key").body())
                .path("grievanceId").asText();
        var acted = post("/sampark/api/v1/grievances/" + first + "/actions", "{\"status\":\"UNDER_ACTION\",\"officer\":\"JEN\"}",
                "X-Api-Key", "sim-sampark-key");
        assertThat(Http.JSON.readTree(acted.body()).path("status").asText()).isEqualTo("UNDER_ACTION");
        assertThat(post("/sampark/api/v1/grievances/" + first + "/actions", "{\"status\":\"DISPOSED\"}",
                "X-Api-Key", "sim-sampark-key").statusCode()).isEqualTo(400);

        String again = "{\"reference\":\"JAL-2026-000004\",\"department\":\"PWD\",\"description\":\"sadak\",\"previousGrievanceId\":\"" + first + "\"}";
        var r2 = post("/sampark/api/v1/grievances", again, "X-Api-Key", "sim-sampark-key");
        assertThat(r2.statusCode()).isEqualTo(201);
        assertThat(Http.JSON.readTree(r2.body()).path("previousGrievanceId").asText()).isEqualTo(first);
        assertThat(post("/sampark/api/v1/grievances",
                "{\"reference\":\"JAL-2026-000004\",\"department\":\"PWD\",\"description\":\"x\",\"previousGrievanceId\":\"99\"}",
                "X-Api-Key", "sim-sampark-key").statusCode()).isEqualTo(400);
        assertThat(sims.sampark().byReference("JAL-2026-000004")).hasSize(2);
    }

    @Test
    void portalTransfersAGrievanceOnceAndRefusesWhatTheGrievanceCellCouldNot() throws Exception {
        String g = "{\"reference\":\"JAL-2026-000005\",\"department\":\"PHED\",\"description\":\"nali band hai\"}";
        String id = Http.JSON.readTree(post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key").body())
                .path("grievanceId").asText();
        String toLsg = "{\"department\":\"LSG\",\"reason\":\"drain in the town: municipality\"}";
        assertThat(post("/sampark/api/v1/grievances/" + id + "/transfer", toLsg).statusCode()).isEqualTo(401);
        var moved = post("/sampark/api/v1/grievances/" + id + "/transfer", toLsg, "X-Api-Key", "sim-sampark-key");
        assertThat(moved.statusCode()).isEqualTo(200);
        var body = Http.JSON.readTree(moved.body());
        assertThat(body.path("grievanceId").asText()).isEqualTo(id);
        assertThat(body.path("department").asText()).isEqualTo("LSG");
        assertThat(body.path("transferredFrom").asText()).isEqualTo("PHED");
        assertThat(body.path("transfers").asInt()).isEqualTo(1);
        // the same transfer again (an answer that was lost): nothing changes
        var again = post("/sampark/api/v1/grievances/" + id + "/transfer", toLsg, "X-Api-Key", "sim-sampark-key");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.JSON.readTree(again.body()).path("transfers").asInt()).isEqualTo(1);
        assertThat(sims.sampark().byReference("JAL-2026-000005")).hasSize(1)
                .allSatisfy(x -> assertThat(x.department()).isEqualTo("LSG"));

        assertThat(post("/sampark/api/v1/grievances/" + id + "/transfer", "{\"reason\":\"x\"}", "X-Api-Key", "sim-sampark-key")
                .statusCode()).isEqualTo(400);
        assertThat(post("/sampark/api/v1/grievances/" + id + "/transfer", "{\"department\":\"PWD\",\"reason\":\""
                + "x".repeat(501) + "\"}", "X-Api-Key", "sim-sampark-key").statusCode()).isEqualTo(400);
        assertThat(post("/sampark/api/v1/grievances/99999999999999/transfer", toLsg, "X-Api-Key", "sim-sampark-key")
                .statusCode()).isEqualTo(404);
        // three moves at most, as CPGRAMS allows
        post("/sampark/api/v1/grievances/" + id + "/transfer", "{\"department\":\"PWD\"}", "X-Api-Key", "sim-sampark-key");
        post("/sampark/api/v1/grievances/" + id + "/transfer", "{\"department\":\"PHED\"}", "X-Api-Key", "sim-sampark-key");
        var fourth = post("/sampark/api/v1/grievances/" + id + "/transfer", "{\"department\":\"LSG\"}", "X-Api-Key", "sim-sampark-key");
        assertThat(fourth.statusCode()).isEqualTo(409);
        assertThat(fourth.body()).contains("3 times");
        // a disposed grievance stays with the department that disposed it
        post("/sampark/api/v1/grievances/" + id + "/disposal", "{\"outcome\":\"RELIEF\"}", "X-Api-Key", "sim-sampark-key");
        String g2 = Http.JSON.readTree(post("/sampark/api/v1/grievances", g.replace("000005", "000006"), "X-Api-Key",
                "sim-sampark-key").body()).path("grievanceId").asText();
        post("/sampark/api/v1/grievances/" + g2 + "/disposal", "{\"outcome\":\"FILED\"}", "X-Api-Key", "sim-sampark-key");
        var disposed = post("/sampark/api/v1/grievances/" + g2 + "/transfer", toLsg, "X-Api-Key", "sim-sampark-key");
        assertThat(disposed.statusCode()).isEqualTo(409);
        assertThat(disposed.body()).contains("disposed");
    }

    @Test
    void portalErrorBurstThenRecovers() throws Exception {
        post("/simulator/sampark/faults", "{\"mode\":\"error\",\"status\":503,\"times\":2}");
        String g = "{\"reference\":\"JAL-2026-000003\",\"department\":\"PHED\",\"description\":\"x\"}";
        assertThat(post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key").statusCode()).isEqualTo(503);
        assertThat(post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key").statusCode()).isEqualTo(503);
        assertThat(post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key").statusCode()).isEqualTo(201);
        assertThat(sims.sampark().byReference("JAL-2026-000003")).hasSize(1);
    }

    @Test
    void inboundMediaIsServedThroughTheGraphMediaApiWithTheBearerToken() throws Exception {
        var upload = client.send(HttpRequest.newBuilder(URI.create(sims.baseUrl() + "/simulator/whatsapp/media"))
                .header("Content-Type", "image/jpeg").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{1, 2, 3}))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(201);
        JsonNode uploaded = Http.JSON.readTree(upload.body());
        String id = uploaded.path("id").asText();
        String sha = java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(new byte[]{1, 2, 3}));
        assertThat(uploaded.path("sha256").asText()).isEqualTo(sha);

        assertThat(get("/v21.0/" + id).statusCode()).isEqualTo(401);
        assertThat(get("/v21.0/999", "Authorization", "Bearer sim-access-token").statusCode()).isEqualTo(404);
        var lookup = get("/v21.0/" + id, "Authorization", "Bearer sim-access-token");
        assertThat(lookup.statusCode()).isEqualTo(200);
        JsonNode info = Http.JSON.readTree(lookup.body());
        assertThat(info.path("file_size").isTextual()).isTrue();
        assertThat(info.path("sha256").asText()).isEqualTo(sha);
        String url = info.path("url").asText();

        var plain = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.statusCode()).isEqualTo(401);
        var bytes = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer sim-access-token")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body()).containsExactly(1, 2, 3);
        // the send API is unaffected
        assertThat(post("/v21.0/" + "106540352242922" + "/messages", "{}", "Authorization", "Bearer sim-access-token")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void acceptedMessagesAreFollowedBySignedStatusWebhooksEchoingOurKeyWhenSwitchedOn() throws Exception {
        var received = new java.util.concurrent.LinkedBlockingQueue<byte[]>();
        var signatures = new java.util.concurrent.LinkedBlockingQueue<String>();
        HttpServer intake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        intake.createContext("/webhooks/whatsapp", ex -> {
            signatures.add(ex.getRequestHeaders().getFirst("X-Hub-Signature-256"));
            received.add(ex.getRequestBody().readAllBytes());
            Http.json(ex, 200, java.util.Map.of("ok", true));
        });
        intake.start();
        Simulators own = Simulators.start(SimulatorSettings.defaults().withPort(0)
                .withIntakeWebhookUrl("http://127.0.0.1:" + intake.getAddress().getPort() + "/webhooks/whatsapp"));
        try {
            String msg = "{\"messaging_product\":\"whatsapp\",\"to\":\"+919876543211\",\"type\":\"text\",\"text\":{\"body\":\"x\"},"
                    + "\"biz_opaque_callback_data\":\"our-key-1\"}";
            var send = HttpRequest.newBuilder(URI.create(own.baseUrl() + "/v21.0/106540352242922/messages"))
                    .header("Authorization", "Bearer sim-access-token").POST(HttpRequest.BodyPublishers.ofString(msg)).build();
            // off by default: nothing is posted
            assertThat(client.send(send, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            var on = client.send(HttpRequest.newBuilder(URI.create(own.baseUrl() + "/simulator/whatsapp/status-webhooks"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"enabled\":true}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(on.statusCode()).isEqualTo(200);
            var r = client.send(send, HttpResponse.BodyHandlers.ofString());
            String wamid = Http.JSON.readTree(r.body()).at("/messages/0/id").asText();

            java.util.List<String> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                byte[] body = received.poll(10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(body).as("status webhook %d", i + 1).isNotNull();
                assertThat(signatures.poll()).isEqualTo(WebhookSigner.sign("sim-app-secret", body));
                JsonNode st = Http.JSON.readTree(body).at("/entry/0/changes/0/value/statuses/0");
                assertThat(st.path("id").asText()).isEqualTo(wamid);
                assertThat(st.path("recipient_id").asText()).isEqualTo("919876543211");
                assertThat(st.path("biz_opaque_callback_data").asText()).isEqualTo("our-key-1");
                statuses.add(st.path("status").asText());
            }
            assertThat(statuses).containsExactly("sent", "delivered");
            assertThat(received.poll(1, java.util.concurrent.TimeUnit.SECONDS)).as("only for the message sent after switching on").isNull();
            assertThat(client.send(HttpRequest.newBuilder(URI.create(own.baseUrl() + "/simulator/whatsapp/status-webhooks"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        } finally {
            own.stop();
            intake.stop(0);
        }
    }

    @Test
    void webhooksGoToSeveralIntakeInstancesInTurn() throws Exception {
        var hits = new java.util.concurrent.ConcurrentHashMap<Integer, java.util.concurrent.atomic.AtomicInteger>();
        java.util.List<HttpServer> intakes = new java.util.ArrayList<>();
        java.util.List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int instance = i + 1;
            HttpServer intake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            intake.createContext("/webhooks/whatsapp", ex -> {
                ex.getRequestBody().readAllBytes();
                hits.computeIfAbsent(instance, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                Http.json(ex, 200, java.util.Map.of("ok", true));
            });
            intake.start();
            intakes.add(intake);
            urls.add("http://127.0.0.1:" + intake.getAddress().getPort() + "/webhooks/whatsapp");
        }
        // deploy/up gives the list as one property, separated by commas
        SimulatorSettings settings = SimulatorSettings.defaults().withPort(0)
                .withIntakeWebhookUrls(SimulatorSettings.urls(urls.get(0) + ", " + urls.get(1)));
        assertThat(settings.intakeWebhookUrls()).containsExactlyElementsOf(urls);
        assertThat(settings.intakeWebhookUrl()).as("the single-URL view: the first").isEqualTo(urls.get(0));
        Simulators own = Simulators.start(settings);
        try {
            for (int i = 0; i < 6; i++) {
                var r = client.send(HttpRequest.newBuilder(URI.create(own.baseUrl() + "/simulator/whatsapp/inbound"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"from\":\"919876543212\",\"text\":\"पानी " + i + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(Http.JSON.readTree(r.body()).path("status").asInt()).isEqualTo(200);
            }
            assertThat(hits.get(1)).as("webhooks to instance 1").hasValue(3);
            assertThat(hits.get(2)).as("webhooks to instance 2").hasValue(3);
        } finally {
            own.stop();
            intakes.forEach(s -> s.stop(0));
        }
        assertThatThrownBy(() -> SimulatorSettings.defaults().withIntakeWebhookUrls(java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
