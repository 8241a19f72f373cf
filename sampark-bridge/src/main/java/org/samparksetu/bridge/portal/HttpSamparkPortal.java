package org.samparksetu.bridge.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.ratelimit.RateLimitRule;
import org.samparksetu.messaging.ratelimit.SharedRateLimiter;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Sampark portal API over HTTP ({@code /sampark/api/v1}), authenticated with {@code X-Api-Key}.
 *
 * <p>Fault tolerance differs by call, because only one of them is unsafe to repeat:
 * <ul>
 *   <li>{@link #register} is retried only when the portal certainly did nothing (connection refused,
 *   503/429). A timeout or a reset after sending is AMBIGUOUS and is never retried here: the caller
 *   looks the reference up first. The {@code @Timeout} is a backstop above the HTTP client's own
 *   request timeout, and also counts as ambiguous.</li>
 *   <li>{@link #findByReference} is a read: every transport failure is retried.</li>
 *   <li>{@link #transfer} is a write the portal makes idempotent (a transfer to the department the grievance already
 *   has changes nothing): an unanswered transfer is retried like an unavailable portal.</li>
 * </ul>
 * Both sit behind a circuit breaker so that an outage is not hammered; an open breaker means "not sent".
 *
 * <p>Registrations, look-ups and transfers are rate limited in total over every instance of the bridge
 * ({@code sampark.portal.*-rate}, rows of the kit's {@link SharedRateLimiter}): a call waits a moment for its turn, or,
 * when the turn is further off, throws {@link RateLimitException} with the wait, having sent nothing, and the caller
 * defers its work. The callers are worker threads outside any transaction, so the limit's row is locked only for its
 * one statement, and nothing waits holding a lock.
 */
@ApplicationScoped
public class HttpSamparkPortal implements SamparkPortal {
    private static final Logger LOG = Logger.getLogger(HttpSamparkPortal.class);
    private static final String API = "/sampark/api/v1/grievances";
    /** The longest wait for a rate-limit turn that a call sits out rather than refusing (see {@link #throttle}). */
    static final long MAX_PACING_MILLIS = 250;
    /** Circuit breaker names, for {@code CircuitBreakerMaintenance} (state metric) and configuration. */
    public static final String BREAKER_REGISTER = "sampark-portal-register";
    public static final String BREAKER_READ = "sampark-portal-read";
    public static final String BREAKER_TRANSFER = "sampark-portal-transfer";

    @Inject
    PortalConfig config;
    @Inject
    MeterRegistry metrics;
    @Inject
    SharedRateLimiter limiter;

    private HttpClient client;
    private RateLimitRule.Limit registerLimit;
    private RateLimitRule.Limit lookupLimit;
    private RateLimitRule.Limit transferLimit;
    private String baseUrl;
    private Duration requestTimeout;

    @PostConstruct
    void init() {
        baseUrl = config.baseUrl();
        requestTimeout = config.requestTimeout();
        // a second's worth at once, as the one-second window of the annotations these replace allowed: a retry of a
        // refused call goes at once and is not held up
        registerLimit = RateLimitRule.Limit.perSecondWithBurst(config.registerRate());
        lookupLimit = RateLimitRule.Limit.perSecondWithBurst(config.lookupRate());
        transferLimit = RateLimitRule.Limit.perSecondWithBurst(config.transferRate());
        client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    @Retry(maxRetries = 2, delay = 300, jitter = 200,
            retryOn = PortalUnavailableException.class,
            abortOn = {AmbiguousPortalOutcomeException.class, PortalRejectedException.class,
                    TimeoutException.class, CircuitBreakerOpenException.class, RateLimitException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 5_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 30_000, successThreshold = 2,
            skipOn = {PortalRejectedException.class, RateLimitException.class})
    @CircuitBreakerName(BREAKER_REGISTER)
    @Timeout(30_000)
    public PortalGrievance register(GrievanceRequest request) {
        // over the limit → RateLimitException (nothing sent); the registrar defers the rest of its batch
        throttle("register", registerLimit);
        String body = json(request);
        HttpRequest http = base(URI.create(trimmed() + API))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            count("register", "unavailable");
            throw new PortalUnavailableException("portal not reachable: " + describe(e), e);
        } catch (HttpTimeoutException e) {
            count("register", "ambiguous");
            throw new AmbiguousPortalOutcomeException("no answer within " + requestTimeout + " after sending", e);
        } catch (IOException e) {
            count("register", "ambiguous");
            throw new AmbiguousPortalOutcomeException("connection failed after sending: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            count("register", "ambiguous");
            throw new AmbiguousPortalOutcomeException("interrupted while waiting for the portal", e);
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            try {
                PortalGrievance g = grievance(EventCodec.mapper().readTree(response.body()));
                count("register", "ok");
                return g;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // It said yes but we cannot read the grievance ID: it may well exist.
                count("register", "ambiguous");
                throw new AmbiguousPortalOutcomeException("unreadable registration answer: " + e.getMessage(), e);
            }
        }
        if (status == 503 || status == 429) {
            count("register", "unavailable");
            throw new PortalUnavailableException("portal answered " + status);
        }
        if (status >= 400 && status < 500) {
            count("register", "rejected");
            throw new PortalRejectedException(status, "portal refused the registration: " + status + " " + abbreviate(response.body()));
        }
        // 500, 502, 504, anything else: the portal (or a gateway in front of it) may have committed it.
        count("register", "ambiguous");
        throw new AmbiguousPortalOutcomeException("portal answered " + status + " " + abbreviate(response.body()));
    }

    @Override
    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            retryOn = PortalUnavailableException.class,
            abortOn = {PortalRejectedException.class, CircuitBreakerOpenException.class, RateLimitException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 5_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 30_000, successThreshold = 2,
            skipOn = {PortalRejectedException.class, RateLimitException.class})
    @CircuitBreakerName(BREAKER_READ)
    @Timeout(30_000)
    public List<PortalGrievance> findByReference(String reference) {
        throttle("look-up", lookupLimit);
        URI uri = URI.create(trimmed() + API + "?reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8));
        List<PortalGrievance> found = search(uri, "look-up");
        // The portal only knows our reference as free text: keep exact matches only.
        found.removeIf(g -> !reference.equals(g.reference()));
        found.sort(Comparator.comparing(PortalGrievance::registeredAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PortalGrievance::grievanceId));
        return found;
    }

    @Override
    @Retry(maxRetries = 2, delay = 300, jitter = 200,
            retryOn = PortalUnavailableException.class,
            abortOn = {PortalRejectedException.class, CircuitBreakerOpenException.class, RateLimitException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 30_000, successThreshold = 2,
            skipOn = {PortalRejectedException.class, RateLimitException.class})
    @CircuitBreakerName("sampark-portal-poll")
    @Timeout(30_000)
    public List<PortalGrievance> updatedSince(Instant since) {
        URI uri = URI.create(trimmed() + API + "?updatedSince=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
        List<PortalGrievance> found = search(uri, "poll");
        found.sort(Comparator.comparing(PortalGrievance::updatedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PortalGrievance::grievanceId));
        return found;
    }

    @Override
    @Retry(maxRetries = 2, delay = 300, jitter = 200,
            retryOn = {PortalUnavailableException.class, AmbiguousPortalOutcomeException.class},
            abortOn = {PortalRejectedException.class, CircuitBreakerOpenException.class, RateLimitException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 5_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 30_000, successThreshold = 2,
            skipOn = {PortalRejectedException.class, RateLimitException.class})
    @CircuitBreakerName(BREAKER_TRANSFER)
    @Timeout(30_000)
    public PortalGrievance transfer(String grievanceId, String department, String reason) {
        throttle("transfer", transferLimit);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("department", department);
        fields.put("reason", reason);
        HttpRequest http = base(URI.create(trimmed() + API + "/" + URLEncoder.encode(grievanceId, StandardCharsets.UTF_8)
                + "/transfer"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(fields), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            count("transfer", "unavailable");
            throw new PortalUnavailableException("portal not reachable: " + describe(e), e);
        } catch (IOException e) {
            count("transfer", "ambiguous");
            throw new AmbiguousPortalOutcomeException("transfer unanswered: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            count("transfer", "ambiguous");
            throw new AmbiguousPortalOutcomeException("interrupted while waiting for the portal", e);
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            try {
                PortalGrievance g = grievance(EventCodec.mapper().readTree(response.body()));
                count("transfer", "ok");
                return g;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                count("transfer", "ambiguous");
                throw new AmbiguousPortalOutcomeException("unreadable transfer answer: " + e.getMessage(), e);
            }
        }
        if (status == 503 || status == 429) {
            count("transfer", "unavailable");
            throw new PortalUnavailableException("portal answered " + status);
        }
        if (status >= 400 && status < 500) {
            count("transfer", "rejected");
            throw new PortalRejectedException(status, "portal refused the transfer: " + status + " " + abbreviate(response.body()));
        }
        count("transfer", "ambiguous");
        throw new AmbiguousPortalOutcomeException("portal answered " + status + " " + abbreviate(response.body()));
    }

    private List<PortalGrievance> search(URI uri, String operation) {
        HttpResponse<String> response;
        try {
            response = client.send(base(uri).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // A read has no side effect: every transport failure is simply "try again".
            count(operation, "unavailable");
            throw new PortalUnavailableException(operation + " failed: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalUnavailableException("interrupted during " + operation, e);
        }
        int status = response.statusCode();
        if (status == 200) {
            try {
                JsonNode array = EventCodec.mapper().readTree(response.body());
                if (array == null || !array.isArray()) {
                    count(operation, "unavailable");
                    throw new PortalUnavailableException(operation + " answer is not a JSON array");
                }
                List<PortalGrievance> found = new ArrayList<>();
                array.forEach(n -> found.add(grievance(n)));
                count(operation, "ok");
                return found;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                count(operation, "unavailable");
                throw new PortalUnavailableException("unreadable " + operation + " answer: " + e.getMessage(), e);
            }
        }
        if (status >= 400 && status < 500 && status != 429) {
            count(operation, "rejected");
            throw new PortalRejectedException(status, "portal refused the " + operation + ": " + status + " " + abbreviate(response.body()));
        }
        count(operation, "unavailable");
        throw new PortalUnavailableException("portal answered " + status + " to a " + operation);
    }

    /**
     * Takes this call's token from the limit all instances share. A turn a moment away (at most
     * {@value #MAX_PACING_MILLIS} ms, as one registrar calling in a loop meets it) is waited for here, on the caller's
     * worker thread: throwing there would put a "success" in the circuit breaker's window for every paced retry, and
     * an outage would never open it. A turn further away (other instances are calling too) throws
     * {@link RateLimitException} with the wait, nothing sent, and the caller defers its work. Every attempt takes one,
     * a retry too: the portal sees each. A limit that cannot be read (its database) is "not now" as well.
     */
    private void throttle(String operation, RateLimitRule.Limit limit) {
        for (int tries = 1; ; tries++) {
            SharedRateLimiter.Take take;
            try {
                take = limiter.tryTake("sampark.portal." + operation, limit);
            } catch (RuntimeException e) {
                throw new RateLimitException(1_000, "portal " + operation + " rate limit unavailable: " + e.getMessage());
            }
            if (take.granted()) {
                return;
            }
            long waitMillis = Math.max(1, (take.waitMicros() + 999) / 1_000);
            if (waitMillis > MAX_PACING_MILLIS || tries >= 3) {
                throw new RateLimitException(waitMillis, "portal " + operation + " rate limit reached");
            }
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RateLimitException(waitMillis, "interrupted while waiting for the portal " + operation + " rate limit");
            }
        }
    }

    /** Every HTTP exchange with the portal, by result: the portal error rate is (result != ok) / all. */
    private void count(String operation, String result) {
        metrics.counter("sampark.portal.calls", "operation", operation, "result", result).increment();
    }

    private HttpRequest.Builder base(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("X-Api-Key", config.apiKey());
    }

    private String trimmed() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private static String json(GrievanceRequest r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", r.reference());
        body.put("department", r.department());
        body.put("subject", r.subject());
        body.put("description", r.description());
        body.put("district", r.district());
        body.put("tehsil", r.tehsil());
        body.put("block", r.block());
        body.put("village", r.village());
        body.put("contactNumber", r.contactNumber());
        if (r.previousGrievanceId() != null) {
            body.put("previousGrievanceId", r.previousGrievanceId());
        }
        return write(body);
    }

    private static String write(Map<String, Object> body) {
        try {
            return EventCodec.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a grievance; the ID must be a digit string (a JSON number would already have lost leading zeros). */
    static PortalGrievance grievance(JsonNode n) {
        JsonNode id = n == null ? null : n.get("grievanceId");
        if (id == null || !id.isTextual() || !id.asText().matches("[0-9]+")) {
            throw new IllegalArgumentException("grievance without a digit-string grievanceId: " + abbreviate(String.valueOf(n)));
        }
        return new PortalGrievance(id.asText(), text(n, "reference"), text(n, "department"), text(n, "status"),
                text(n, "outcome"), text(n, "remarks"), text(n, "officer"), instant(n, "registeredAt"), instant(n, "updatedAt"),
                text(n, "previousGrievanceId"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v).truncatedTo(ChronoUnit.MICROS);
        } catch (RuntimeException e) {
            LOG.debugf("unparsable %s '%s' from the portal", field, v);
            return null;
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
