package org.samparksetu.console.shell;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's calls to the services' REST APIs on behalf of the person signed in: every call carries their access
 * token from Keycloak ({@code Authorization: Bearer}), so each service decides by the person's own roles and
 * department, exactly as for any other caller, and records them as the one who acted. The console holds no
 * password of any service.
 * <p>
 * A service with several instances (deploy/up --instances) is asked on each in turn; a read that cannot reach one
 * instance is tried on the next. Errors come back as {@link ServiceAnswerException} with the service's status and its
 * own sentence ({"error": "..."}, web-kit's ApiError), which the pages show to the person.
 */
@ApplicationScoped
public class ServiceApi {
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** The header the services' cross-site guard asks of every state change (web-kit's CrossSiteGuard). */
    private static final String REQUESTED_WITH = "X-Requested-With";

    @Inject
    ConsoleConfig config;
    @Inject
    AccessTokenCredential accessToken;

    private final AtomicInteger turn = new AtomicInteger();
    private HttpClient http;

    private HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.pageTimeout()).build();
        }
        return http;
    }

    /** GET {@code path} (with its query) on {@code service}, answered as JSON. */
    public JsonNode get(String service, String path) {
        return json(send(service, path, b -> b.GET(), true));
    }

    /** POST a JSON body (null: none) to {@code path} on {@code service}; the answer as JSON (empty object if none). */
    public JsonNode post(String service, String path, Object body) {
        return json(send(service, path, b -> b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))), false));
    }

    /** PUT a JSON body to {@code path} on {@code service}. */
    public JsonNode put(String service, String path, Object body) {
        return json(send(service, path, b -> b.header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))), false));
    }

    /** DELETE {@code path} on {@code service}. */
    public JsonNode delete(String service, String path) {
        return json(send(service, path, HttpRequest.Builder::DELETE, false));
    }

    /** GET something that is not JSON (a photo, a voice note, a CSV or Excel file): its bytes and content type. */
    public Download download(String service, String path) {
        HttpResponse<byte[]> r = sendBytes(service, path);
        return new Download(r.body(), r.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                r.headers().firstValue("Content-Disposition").orElse(null));
    }

    public record Download(byte[] bytes, String contentType, String disposition) {
    }

    /** A path segment or query value, encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private interface Method {
        HttpRequest.Builder apply(HttpRequest.Builder builder);
    }

    private HttpResponse<String> send(String service, String path, Method method, boolean retryOnOtherInstance) {
        List<String> bases = bases(service);
        int start = Math.floorMod(turn.getAndIncrement(), bases.size());
        IOException last = null;
        int tries = retryOnOtherInstance ? bases.size() : 1;
        for (int i = 0; i < tries; i++) {
            String base = bases.get((start + i) % bases.size());
            HttpRequest.Builder b = request(base, path, retryOnOtherInstance ? config.pageTimeout() : config.pageTimeout().multipliedBy(10));
            try {
                HttpResponse<String> r = http().send(method.apply(b).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() / 100 != 2) {
                    throw new ServiceAnswerException(r.statusCode(), errorOf(r.body()));
                }
                return r;
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceAnswerException(503, null);
            }
        }
        throw new ServiceAnswerException(503, null, last);
    }

    private HttpResponse<byte[]> sendBytes(String service, String path) {
        List<String> bases = bases(service);
        int start = Math.floorMod(turn.getAndIncrement(), bases.size());
        IOException last = null;
        for (int i = 0; i < bases.size(); i++) {
            try {
                HttpResponse<byte[]> r = http().send(request(bases.get((start + i) % bases.size()), path,
                        config.pageTimeout().multipliedBy(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() / 100 != 2) {
                    throw new ServiceAnswerException(r.statusCode(), errorOf(new String(r.body(), StandardCharsets.UTF_8)));
                }
                return r;
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceAnswerException(503, null);
            }
        }
        throw new ServiceAnswerException(503, null, last);
    }

    private HttpRequest.Builder request(String base, String path, Duration timeout) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return HttpRequest.newBuilder(URI.create(b + path)).timeout(timeout)
                .header("Authorization", "Bearer " + accessToken.getToken())
                .header("Accept", "application/json, */*")
                .header(REQUESTED_WITH, "sampark-console");
    }

    private List<String> bases(String service) {
        List<String> bases = config.services().get(service);
        if (bases == null || bases.isEmpty()) {
            throw new ServiceAnswerException(503, "the console is not told where " + service + " runs (console.services."
                    + service + ")");
        }
        return bases;
    }

    private static String write(Object body) {
        try {
            return body == null ? "" : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request", e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) {
        String body = r.body();
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new ServiceAnswerException(502, "the service's answer could not be read");
        }
    }

    /** The services answer errors as {"error": "..."} (web-kit's ApiError): the sentence, to pass on; null if none. */
    public static String errorOf(String body) {
        try {
            String error = JSON.readTree(body).path("error").asText("");
            return error.isBlank() ? null : error;
        } catch (Exception e) {
            return null;
        }
    }

    /** A service answered, but not with success (or could not be reached: 503): its status and its own sentence. */
    public static class ServiceAnswerException extends RuntimeException {
        public final int status;
        /** The service's own sentence, or null when it gave none (the page then says so in the person's language). */
        public final String serviceSays;

        public ServiceAnswerException(int status, String serviceSays) {
            this(status, serviceSays, null);
        }

        public ServiceAnswerException(int status, String serviceSays, Throwable cause) {
            super(serviceSays == null ? "HTTP " + status : serviceSays, cause);
            this.status = status;
            this.serviceSays = serviceSays;
        }
    }
}
