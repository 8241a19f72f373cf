package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** What a citizen's phone saw, read from the simulator over its HTTP API (PROTOCOL.md). */
final class SimulatedCitizen {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulatedCitizen() {
    }

    /** Every message the Graph API accepted for this number, oldest first, as the JSON it received. */
    static List<JsonNode> messagesTo(String waId) {
        JsonNode array = call(HttpRequest.newBuilder(URI.create(WhatsAppSimulatorResource.baseUrl()
                + "/simulator/whatsapp/messages?to=" + waId)).GET().build());
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Waits until this number has received at least {@code count} messages; then all of them, oldest first. */
    static List<JsonNode> awaitMessages(String waId, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> messagesTo(waId).size() >= count);
        return messagesTo(waId);
    }

    /** The next {@code times} sends to this number fail with the Graph error {@code code}. */
    static void failNextSends(String waId, int code, int times) {
        call(HttpRequest.newBuilder(URI.create(WhatsAppSimulatorResource.baseUrl() + "/simulator/whatsapp/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"code\":" + code + ",\"times\":" + times + ",\"to\":\"" + waId + "\"}"))
                .build());
    }

    /** The next send to this number is accepted (and listed) but answered only after {@code millis}. */
    static void answerLate(String waId, long millis) {
        call(HttpRequest.newBuilder(URI.create(WhatsAppSimulatorResource.baseUrl() + "/simulator/whatsapp/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"timeoutMillis\":" + millis + ",\"times\":1,\"to\":\"" + waId + "\"}"))
                .build());
    }

    /** The text a citizen reads: a text body or an interactive body. */
    static String textOf(JsonNode message) {
        return message.path("type").asText().equals("interactive")
                ? message.path("interactive").path("body").path("text").asText()
                : message.path("text").path("body").asText();
    }

    private static JsonNode call(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("simulator answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException("simulator call failed: " + e.getMessage(), e);
        }
    }
}
