package org.samparksetu.simulators.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.samparksetu.simulators.SimulatorSettings;
import org.samparksetu.simulators.http.Http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WhatsApp Cloud API as the system sees it: the Graph send endpoint, and signed webhooks into intake
 * on behalf of a citizen. Also lets a test see exactly what each citizen received.
 */
public final class WhatsAppCloudSimulator {
    private static final Pattern SEND_PATH = Pattern.compile("^/(v\\d+\\.\\d+)/([^/]+)/messages$");
    private static final Pattern NODE_PATH = Pattern.compile("^/(v\\d+\\.\\d+)/([^/]+)$");
    /** The values Meta gives a number's {@code quality_rating}. */
    static final List<String> QUALITY_RATINGS = List.of("GREEN", "YELLOW", "RED", "UNKNOWN");

    private final SimulatorSettings settings;
    /** Which intake webhook URL the next webhook goes to (round robin over the settings' list). */
    private final java.util.concurrent.atomic.AtomicInteger nextWebhookUrl = new java.util.concurrent.atomic.AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Accepted messages per recipient (digits only), oldest first. */
    private final Map<String, List<JsonNode>> sent = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> acceptedAt = new ConcurrentHashMap<>();
    private final List<SendFault> faults = new CopyOnWriteArrayList<>();
    /**
     * When on, every accepted message is followed (asynchronously, as Meta does) by signed status webhooks to
     * intake: "sent", then "delivered", each echoing the message's biz_opaque_callback_data. Off by default so
     * tests without an intake do not post into the void; {@code -Dsim.whatsapp.status-webhooks=true} or
     * {@code POST /simulator/whatsapp/status-webhooks {"enabled":true}} turns it on.
     */
    private volatile boolean statusWebhooks = Boolean.getBoolean("sim.whatsapp.status-webhooks");
    /** The business number's quality rating as Meta would report it; a test moves it. */
    private volatile String qualityRating = "GREEN";
    private final java.util.concurrent.ScheduledExecutorService webhookSender =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sim-status-webhooks");
                t.setDaemon(true);
                return t;
            });

    public WhatsAppCloudSimulator(SimulatorSettings settings) {
        this.settings = settings;
        this.media = new MediaLibrary(settings.accessToken());
    }

    /** Inbound media (citizens' photos and voice notes) served through the Graph media API. */
    private final MediaLibrary media;

    public void register(HttpServer server) {
        server.createContext("/v", this::graph);
        media.register(server);
        server.createContext("/simulator/whatsapp/messages", this::listMessages);
        server.createContext("/simulator/whatsapp/inbound", this::inbound);
        server.createContext("/simulator/whatsapp/faults", this::faults);
        server.createContext("/simulator/whatsapp/status-webhooks", this::statusWebhookSwitch);
        server.createContext("/simulator/whatsapp/quality-rating", this::qualityRatingSwitch);
        server.createContext("/simulator/whatsapp", ex -> {
            if ("DELETE".equals(ex.getRequestMethod())) {
                reset();
                Http.json(ex, 200, Map.of("reset", true));
            } else {
                Http.error(ex, 404, "no such simulator endpoint: " + ex.getRequestURI().getPath());
            }
        });
    }

    /** What the recipient received, oldest first, as the JSON bodies the Graph API accepted. */
    public List<JsonNode> messagesTo(String recipient) {
        return List.copyOf(sent.getOrDefault(recipientKey(recipient), List.of()));
    }

    /** When each message to the recipient was accepted (epoch millis), oldest first: for latency benchmarks. */
    public List<Long> acceptedTimesTo(String recipient) {
        return List.copyOf(acceptedAt.getOrDefault(recipientKey(recipient), List.of()));
    }

    public void reset() {
        media.reset();
        acceptedAt.clear();
        sent.clear();
        faults.clear();
        qualityRating = "GREEN";
    }

    /** Sets the number's quality rating (GREEN, YELLOW, RED or UNKNOWN) that the Graph API reports from now on. */
    public void setQualityRating(String rating) {
        if (!QUALITY_RATINGS.contains(rating)) {
            throw new IllegalArgumentException("a quality rating is one of " + QUALITY_RATINGS + ": " + rating);
        }
        qualityRating = rating;
    }

    public void injectFault(int code, String to, int times, long timeoutMillis) {
        faults.add(new SendFault(code, to == null ? null : recipientKey(to), timeoutMillis, times));
    }

    private void graph(HttpExchange ex) throws IOException {
        if (servePhoneNumber(ex) || media.serveLookup(ex)) {
            return;
        }
        Matcher m = SEND_PATH.matcher(ex.getRequestURI().getPath());
        if (!"POST".equals(ex.getRequestMethod()) || !m.matches()) {
            Http.json(ex, 404, GraphErrors.body(100));
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.equals("Bearer " + settings.accessToken())) {
            Http.json(ex, 401, GraphErrors.body(190));
            return;
        }
        if (!m.group(2).equals(settings.phoneNumberId())) {
            Http.json(ex, 400, GraphErrors.body(100));
            return;
        }
        JsonNode body;
        try {
            body = Http.JSON.readTree(Http.body(ex));
        } catch (IOException e) {
            Http.json(ex, 400, GraphErrors.body(100));
            return;
        }
        if (body == null || !body.isObject()) {
            Http.json(ex, 400, GraphErrors.body(100));
            return;
        }
        if ("read".equals(body.path("status").asText()) && body.hasNonNull("message_id")) {
            Http.json(ex, 200, Map.of("success", true));
            return;
        }
        // a phone number in "to", or a business-scoped user id (BSUID) in "recipient"; "to" wins when both are given
        if ((!body.hasNonNull("to") && !body.hasNonNull("recipient")) || !body.hasNonNull("type")) {
            Http.json(ex, 400, GraphErrors.body(100));
            return;
        }
        String to = body.hasNonNull("to") ? digits(body.get("to").asText()) : recipientKey(body.get("recipient").asText());
        for (SendFault f : faults) {
            if (f.appliesTo(to) && f.take()) {
                if (f.timeoutMillis > 0) {
                    // Accepted, but the answer comes too late: the caller cannot know the message went out.
                    String id = accept(to, body);
                    Http.sleep(f.timeoutMillis);
                    Http.json(ex, 200, accepted(body, to, id));
                } else {
                    Http.json(ex, 400, GraphErrors.body(f.code));
                }
                return;
            }
        }
        String id = accept(to, body);
        Http.json(ex, 200, accepted(body, to, id));
    }

    /**
     * {@code GET /{version}/{phone-number-id}?fields=quality_rating,...}: the business number's node, as the Graph API
     * gives it (the fields asked for, and its id). Any other id is left to the media look-up.
     */
    private boolean servePhoneNumber(HttpExchange ex) throws IOException {
        Matcher m = NODE_PATH.matcher(ex.getRequestURI().getPath());
        if (!"GET".equals(ex.getRequestMethod()) || !m.matches() || !m.group(2).equals(settings.phoneNumberId())) {
            return false;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.equals("Bearer " + settings.accessToken())) {
            Http.json(ex, 401, GraphErrors.body(190));
            return true;
        }
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        all.put("verified_name", "Jalore Sampark Setu");
        all.put("display_phone_number", settings.displayPhoneNumber());
        all.put("quality_rating", qualityRating);
        String fields = Http.query(ex).get("fields");
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        if (fields == null || fields.isBlank()) {
            answer.putAll(all);
        } else {
            for (String f : fields.split(",")) {
                String name = f.strip();
                if (!all.containsKey(name)) {
                    Http.json(ex, 400, GraphErrors.body(100));
                    return true;
                }
                answer.put(name, all.get(name));
            }
        }
        answer.put("id", settings.phoneNumberId());
        Http.json(ex, 200, answer);
        return true;
    }

    private void qualityRatingSwitch(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            Http.error(ex, 405, "use POST {\"rating\":\"RED\"}");
            return;
        }
        JsonNode f;
        try {
            f = Http.JSON.readTree(Http.body(ex));
        } catch (IOException e) {
            Http.error(ex, 400, "body is not JSON: send {\"rating\":\"YELLOW\"}");
            return;
        }
        String rating = f == null ? null : f.path("rating").asText(null);
        if (rating == null || !QUALITY_RATINGS.contains(rating)) {
            Http.error(ex, 400, "give 'rating': one of " + QUALITY_RATINGS);
            return;
        }
        qualityRating = rating;
        Http.json(ex, 200, Map.of("quality_rating", qualityRating));
    }

    private String accept(String to, JsonNode body) {
        String id = InboundWebhooks.newMessageId();
        ((ObjectNode) body).put("_simulator_message_id", id);
        sent.computeIfAbsent(to, k -> new CopyOnWriteArrayList<>()).add(body);
        acceptedAt.computeIfAbsent(to, k -> new CopyOnWriteArrayList<>()).add(System.currentTimeMillis());
        if (statusWebhooks) {
            String callback = body.hasNonNull("biz_opaque_callback_data") ? body.get("biz_opaque_callback_data").asText() : null;
            scheduleStatus(id, to, "sent", callback, 150, 0);
            scheduleStatus(id, to, "delivered", callback, 400, 0);
        }
        return id;
    }

    public void setStatusWebhooks(boolean on) {
        statusWebhooks = on;
    }

    /** Delivers one status webhook to intake; retried a few times with growing delays, as Meta retries. */
    private void scheduleStatus(String id, String to, String status, String callback, long delayMillis, int attempt) {
        webhookSender.schedule(() -> {
            try {
                HttpResponse<String> r = deliver(statusWebhook(id, to, status, callback));
                if (r.statusCode() != 200 && attempt < 5) {
                    scheduleStatus(id, to, status, callback, 500L << attempt, attempt + 1);
                }
            } catch (IOException e) {
                if (attempt < 5) {
                    scheduleStatus(id, to, status, callback, 500L << attempt, attempt + 1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void statusWebhookSwitch(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            Http.error(ex, 405, "use POST {\"enabled\":true}");
            return;
        }
        JsonNode f;
        try {
            f = Http.JSON.readTree(Http.body(ex));
        } catch (IOException e) {
            Http.error(ex, 400, "body is not JSON: send {\"enabled\":true}");
            return;
        }
        if (f == null || !f.has("enabled") || !f.get("enabled").isBoolean()) {
            Http.error(ex, 400, "give 'enabled': true or false");
            return;
        }
        statusWebhooks = f.get("enabled").asBoolean();
        Http.json(ex, 200, Map.of("statusWebhooks", statusWebhooks));
    }

    private static Map<String, Object> accepted(JsonNode body, String to, String id) {
        // as Meta answers: wa_id for a send to a phone number, user_id for a send to a BSUID
        Map<String, Object> contact = body.hasNonNull("to")
                ? Map.of("input", body.get("to").asText(), "wa_id", to)
                : Map.of("input", body.get("recipient").asText(), "user_id", to);
        return Map.of("messaging_product", "whatsapp",
                "contacts", List.of(contact),
                "messages", List.of(Map.of("id", id)));
    }

    private void listMessages(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            Http.error(ex, 405, "use GET /simulator/whatsapp/messages?to=<wa_id>");
            return;
        }
        String to = Http.query(ex).get("to");
        if (to == null || to.isBlank()) {
            Http.error(ex, 400, "give the recipient: /simulator/whatsapp/messages?to=<wa_id>");
            return;
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : messagesTo(to)) {
            ObjectNode copy = n.deepCopy();
            copy.remove("_simulator_message_id");
            out.add(copy);
        }
        Http.json(ex, 200, out);
    }

    private void inbound(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            Http.error(ex, 405, "use POST");
            return;
        }
        byte[] raw = Http.body(ex);
        JsonNode request;
        try {
            request = Http.JSON.readTree(raw);
        } catch (IOException e) {
            Http.error(ex, 400, "body is not JSON: send {\"from\":\"<wa_id>\",\"text\":\"...\"} or a whole webhook body");
            return;
        }
        if (request == null || !request.isObject()) {
            Http.error(ex, 400, "body must be a JSON object");
            return;
        }
        byte[] webhook;
        String messageId;
        if (request.has("object")) {
            webhook = raw; // forwarded byte for byte: the signature is over exactly these bytes
            messageId = request.at("/entry/0/changes/0/value/messages/0/id").asText(null);
        } else {
            if (!request.hasNonNull("from") || request.get("from").asText().isBlank()) {
                Http.error(ex, 400, "'from' (the citizen's wa_id, digits with country code) is required");
                return;
            }
            if ((request.has("message") && !request.get("message").isObject())
                    || (request.has("messages") && !request.get("messages").isArray())) {
                Http.error(ex, 400, "'message' must be a Cloud API message object, e.g. {\"type\":\"sticker\",\"sticker\":{...}},"
                        + " and 'messages' a list of them");
                return;
            }
            messageId = request.hasNonNull("id") ? request.get("id").asText() : InboundWebhooks.newMessageId();
            ObjectNode built = InboundWebhooks.message(settings, request, messageId);
            messageId = built.at("/entry/0/changes/0/value/messages/0/id").asText(null);
            webhook = Http.JSON.writeValueAsBytes(built);
        }
        try {
            HttpResponse<String> r = deliver(webhook);
            var answer = new java.util.LinkedHashMap<String, Object>();
            answer.put("status", r.statusCode());
            answer.put("messageId", messageId);
            answer.put("intakeBody", r.body());
            Http.json(ex, 200, answer);
        } catch (IOException e) {
            Http.error(ex, 502, "intake at " + settings.intakeWebhookUrls() + " is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Http.error(ex, 503, "interrupted");
        }
    }

    /**
     * Signs and posts a webhook body to intake, as Meta does: to the next of the intake URLs in turn, as a load
     * balancer in front of several intake instances would (a retry may reach another instance, as it may behind one).
     */
    public HttpResponse<String> deliver(byte[] webhook) throws IOException, InterruptedException {
        List<String> urls = settings.intakeWebhookUrls();
        String url = urls.get(Math.floorMod(nextWebhookUrl.getAndIncrement(), urls.size()));
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", WebhookSigner.sign(settings.appSecret(), webhook))
                .POST(HttpRequest.BodyPublishers.ofByteArray(webhook))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A status webhook body for a message we accepted (for tests of delivery tracking). */
    public byte[] statusWebhook(String messageId, String recipient, String status, String callbackData) throws IOException {
        return Http.JSON.writeValueAsBytes(InboundWebhooks.status(settings, messageId, recipientKey(recipient), status, callbackData));
    }

    private void faults(HttpExchange ex) throws IOException {
        if ("DELETE".equals(ex.getRequestMethod())) {
            faults.clear();
            Http.json(ex, 200, Map.of("faults", 0));
            return;
        }
        if (!"POST".equals(ex.getRequestMethod())) {
            Http.error(ex, 405, "use POST {\"code\":131047,\"times\":1,\"to\":\"<wa_id>\"} or DELETE");
            return;
        }
        JsonNode f;
        try {
            f = Http.JSON.readTree(Http.body(ex));
        } catch (IOException e) {
            Http.error(ex, 400, "body is not JSON");
            return;
        }
        if (f == null || (!f.has("code") && !f.has("timeoutMillis"))) {
            Http.error(ex, 400, "give a Graph error 'code' (e.g. 131047) or 'timeoutMillis'");
            return;
        }
        injectFault(f.path("code").asInt(0), f.hasNonNull("to") ? f.get("to").asText() : null,
                f.path("times").asInt(1), f.path("timeoutMillis").asLong(0));
        Http.json(ex, 200, Map.of("faults", faults.size()));
    }

    static String digits(String number) {
        return number == null ? "" : number.replaceAll("\\D", "");
    }

    /**
     * Who a message went to, as listed: a phone number compared on its digits ({@code +91…} and {@code 91…} match), a
     * business-scoped user id ({@code US.13491208655302741918}) exactly as written.
     */
    static String recipientKey(String recipient) {
        if (recipient == null) {
            return "";
        }
        String r = recipient.strip();
        return r.matches("[+\\d\\s().-]+") ? digits(r) : r;
    }
}
