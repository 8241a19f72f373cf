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
    void portalErrorBurstThenRecovers() throws Exception {
        post("/simulator/sampark/faults", "{\"mode\":\"error\",\"status\":503,\"times\":2}");
        String g = "{\"reference\":\"JAL-2026-000003\",\"department\":\"PHED\",\"description\":\"x\"}";
        assertThat(post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key").statusCode()).isEqualTo(503);
        assertThat(post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key").statusCode()).isEqualTo(503);
        assertThat(post("/sampark/api/v1/grievances", g, "X-Api-Key", "sim-sampark-key").statusCode()).isEqualTo(201);
        assertThat(sims.sampark().byReference("JAL-2026-000003")).hasSize(1);
    }
}
