package org.samparksetu.console.ops;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.samparksetu.console.shell.ServiceApi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The console's calls to one service instance, over plain HTTP: its Prometheus text at {@code /q/metrics}, and its
 * dead letters at {@code /ops/dead-letters} (list, replay) with the signed-in ops person's own token (the console
 * holds no account of the services). Asynchronous, so the page asks every instance at once and waits for the slowest
 * only up to the timeout.
 */
public class ServiceCalls {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** The header the services' cross-site guard asks of every state change (web-kit's CrossSiteGuard). */
    private static final String REQUESTED_WITH = "X-Requested-With";

    private final HttpClient http;
    private final Duration timeout;

    public ServiceCalls(Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.timeout = timeout;
    }

    /** A service's dead letter as its ops API answers it (messaging-kit's DeadLetter, without the payload). */
    public record DeadLetterJson(int partition, long offset, String key, String eventId, String eventType,
                                 String failedTopic, String reason, Instant deadLetteredAt, Instant replayedAt,
                                 String replayedBy) {
    }

    public CompletableFuture<String> metrics(String base) {
        return send(HttpRequest.newBuilder(uri(base, "/q/metrics")).GET().timeout(timeout).build())
                .thenApply(ServiceCalls::body);
    }

    /** @param accessToken the ops person's access token from Keycloak: the service checks their ops role */
    public CompletableFuture<List<DeadLetterJson>> deadLetters(String base, String accessToken) {
        return send(HttpRequest.newBuilder(uri(base, "/ops/dead-letters")).GET().timeout(timeout)
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").build())
                .thenApply(r -> read(body(r), new TypeReference<List<DeadLetterJson>>() { }));
    }

    public CompletableFuture<DeadLetterJson> replay(String base, int partition, long offset, String accessToken) {
        // the service waits for the broker to take the record: give it longer than a read
        return send(HttpRequest.newBuilder(uri(base, "/ops/dead-letters/" + partition + "/" + offset + "/replay"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(timeout.multipliedBy(10))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json")
                .header(REQUESTED_WITH, "sampark-console").build())
                .thenApply(r -> read(body(r), new TypeReference<DeadLetterJson>() { }));
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String base, String path) {
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    private static String body(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new ServiceAnswerException(r.statusCode(), ServiceApi.errorOf(r.body()));
        }
        return r.body();
    }

    private static <T> T read(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (Exception e) {
            throw new ServiceAnswerException(502, "the service's answer could not be read");
        }
    }

    /** A service answered, but not with success: its status and its own sentence, if it gave one. */
    public static class ServiceAnswerException extends RuntimeException {
        public final int status;

        public ServiceAnswerException(int status, String message) {
            super(message == null ? "HTTP " + status : message);
            this.status = status;
        }
    }
}
