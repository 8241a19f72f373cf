package org.samparksetu.testing.chaos;

import org.samparksetu.testing.system.LoadVillages;
import org.samparksetu.testing.system.LoadVillages.Village;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.testing.system.SystemUnderTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load of complaints, each driven through its whole life while faults come and go: the citizen's complaint
 * (acknowledged with its number), its registration on Sampark, the department's report that it is fixed, the
 * citizen's "fixed", the closure. A field check the verification service samples is visited by the tehsil's verifier,
 * who finds it fixed. Whatever the system cannot take at the moment (intake down, a report refused while a service
 * restarts) is tried again on the next step, as WhatsApp redelivers a webhook with the same message id and as an
 * office files the same report again with the same report id: a retry never makes a new complaint or a new report.
 * What the system did is counted from what the citizens received, what the portal registered and what verification
 * closed ({@link #tally}).
 */
public final class ChaosLoad implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMPLAINT_ID = Pattern.compile("JAL-\\d{4}-\\d{6}");
    private static final List<String> VERIFIERS = LoadVillages.VERIFIERS;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);


    /** One citizen's complaint and how far it got. */
    public static final class Complaint {
        public final String waId;
        public final Village village;
        final String complaintWamid;
        final String answerWamid;
        volatile boolean sent;
        volatile String complaintId;
        volatile String department;
        volatile boolean registered;
        volatile boolean reported;
        volatile boolean answered;
        volatile boolean closed;
        volatile long closedAtMillis;
        volatile String lastProblem;

        Complaint(String waId, Village village, String runTag) {
            this.waId = waId;
            this.village = village;
            this.complaintWamid = "wamid.CHAOS-" + runTag + "-" + waId;
            this.answerWamid = "wamid.CHAOS-" + runTag + "-" + waId + "-FIXED";
        }

        String text() {
            return "गांव " + village.name() + " में चार दिन से नल में पानी नहीं आ रहा है, हैंडपंप भी खराब है";
        }

        /** The number it was acknowledged with; null before. */
        public String complaintId() {
            return complaintId;
        }

        public boolean isClosed() {
            return closed;
        }

        /** Where it stopped, for a complaint that did not close. */
        String stage() {
            if (!sent) {
                return "not accepted by intake";
            } else if (complaintId == null) {
                return "not acknowledged";
            } else if (!registered) {
                return "not registered";
            } else if (!reported) {
                return "report not taken";
            } else if (!answered) {
                return "citizen not asked";
            }
            return closed ? "closed" : "not closed";
        }
    }

    private final SystemUnderTest system;
    private final List<Complaint> complaints = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "chaos-load");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> verdictsGiven = Collections.synchronizedSet(new HashSet<>());
    private int nextToSend;
    private volatile long drainedAtMillis;

    /**
     * @param firstNumber the first citizen's WhatsApp number (digits); the others follow it, one each
     * @param runTag      makes the message ids of this run its own
     */
    public ChaosLoad(SystemUnderTest system, List<Village> villages, long firstNumber, String runTag) {
        this.system = system;
        for (int i = 0; i < villages.size(); i++) {
            complaints.add(new Complaint(Long.toString(firstNumber + i), villages.get(i), runTag));
        }
    }

    /**
     * {@code n} villages of the district's gazetteer with a centroid, in a tehsil a named verifier covers, whose name
     * no other place shares or contains (routing reads the village from the text), none of {@code excluded}, in an
     * order drawn from {@code seed}: one complaint per village, so no two complaints of the load are one problem.
     */
    public static List<Village> villages(Path root, int n, long seed, Set<String> excluded) throws java.io.IOException {
        List<Village> villages = new ArrayList<>(LoadVillages.fitting(root, excluded));
        Collections.shuffle(villages, new Random(seed));
        if (villages.size() < n) {
            throw new IllegalArgumentException("only " + villages.size() + " villages fit, asked for " + n);
        }
        return List.copyOf(villages.subList(0, n));
    }

    public List<Complaint> complaints() {
        return Collections.unmodifiableList(complaints);
    }

    /** Sends the next citizen's complaint (its first try); false when every citizen has complained. */
    public synchronized boolean sendNext() {
        if (nextToSend >= complaints.size()) {
            return false;
        }
        Complaint c = complaints.get(nextToSend++);
        try {
            trySend(c);
        } catch (Exception e) {
            c.lastProblem = "complaint: " + e;
        }
        return true;
    }

    /** How many citizens have complained so far (their first try; a refused one is tried again by {@link #step}). */
    public synchronized int begun() {
        return nextToSend;
    }

    public synchronized boolean allSent() {
        return nextToSend >= complaints.size();
    }

    /** Moves every complaint on by one step where the system lets it, and visits the field checks. */
    public void step() {
        int sentSoFar;
        synchronized (this) {
            sentSoFar = nextToSend;
        }
        Set<String> closedNow = closedInVerification();
        List<Future<?>> steps = new ArrayList<>();
        for (Complaint c : complaints.subList(0, sentSoFar)) {
            steps.add(pool.submit(() -> {
                try {
                    step(c, closedNow);
                } catch (Exception e) {
                    c.lastProblem = c.stage() + ": " + e;
                }
            }));
        }
        steps.add(pool.submit(() -> {
            try {
                visitFieldChecks();
            } catch (Exception e) {
                // the verification service may be down or refused its database: the verifier comes back later
            }
        }));
        for (Future<?> f : steps) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every complaint was sent and closed. */
    public boolean allClosed() {
        return allSent() && complaints.stream().allMatch(c -> c.closed);
    }

    /**
     * Every complaint closed and nothing left behind: no citizen message still to send (a closure's message can wait
     * out a WhatsApp outage after the closure itself) and no event of any service still to publish. Stamps the time
     * it first holds, the end of the drain.
     */
    public boolean drained() {
        if (!allClosed()) {
            return false;
        }
        try {
            if (!system.query("notification-service", "select 1 from outgoing_message where audience = 'CITIZEN'"
                    + " and state not in ('SENT', 'FAILED') limit 1").isEmpty()) {
                return false;
            }
            for (String service : system.services.keySet()) {
                if (!system.query(service, "select 1 from outbox_event where published_at is null limit 1").isEmpty()) {
                    return false;
                }
            }
        } catch (RuntimeException e) {
            return false; // a database refusing connections: not drained
        }
        if (drainedAtMillis == 0) {
            drainedAtMillis = System.currentTimeMillis();
        }
        return true;
    }

    private void step(Complaint c, Set<String> closedNow) throws Exception {
        if (!c.sent) {
            trySend(c);
            return;
        }
        if (c.complaintId == null) {
            for (JsonNode m : system.simulators.whatsapp().messagesTo(c.waId)) {
                Matcher id = COMPLAINT_ID.matcher(m.toString());
                if (id.find()) {
                    c.complaintId = id.group();
                    break;
                }
            }
            if (c.complaintId == null) {
                return;
            }
        }
        String id = c.complaintId;
        if (!c.registered) {
            List<Grievance> grievances = system.simulators.sampark().byReference(id);
            if (grievances.isEmpty()) {
                return;
            }
            c.department = grievances.get(0).department();
            c.registered = true;
        }
        if (!c.reported) {
            String user = c.department.toLowerCase(Locale.ROOT).replace('_', '-') + "-officer";
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("complaintId", id);
            report.put("outcome", "RELIEF");
            report.put("remarks", "पाइपलाइन की मरम्मत कर दी गई है");
            report.put("officer", "JEN " + c.department);
            report.put("reportId", "chaos-" + id); // the same report when filed again: never a second one
            HttpResponse<String> r = post(system.service("sampark-bridge").baseUrl() + "/api/action-reports",
                    user, user.replace("-officer", "-secret"), report);
            if (r.statusCode() == 200 || r.statusCode() == 201) {
                c.reported = true;
            } else {
                c.lastProblem = "report: " + r.statusCode() + " " + r.body();
            }
            return;
        }
        if (!c.answered) {
            String fixed = ReplyIds.verification(ReplyIds.VerificationAnswer.FIXED, id);
            boolean asked = system.simulators.whatsapp().messagesTo(c.waId).stream()
                    .anyMatch(m -> m.toString().contains(fixed));
            if (asked && inbound(Map.of("from", c.waId, "name", "Chaos citizen", "id", c.answerWamid,
                    "buttonReply", Map.of("id", fixed, "title", "हाँ, ठीक हो गया")))) {
                c.answered = true;
            }
            return;
        }
        if (!c.closed && closedNow.contains(id)) {
            c.closed = true;
            c.closedAtMillis = System.currentTimeMillis();
        }
    }

    private void trySend(Complaint c) throws Exception {
        if (inbound(Map.of("from", c.waId, "name", "Chaos citizen", "id", c.complaintWamid, "text", c.text()))) {
            c.sent = true;
        }
    }

    private Set<String> closedInVerification() {
        try {
            Set<String> closed = new HashSet<>();
            for (var row : system.query("verification-service",
                    "select complaint_id from tracked_complaint where state = 'CLOSED'")) {
                closed.add((String) row.get("complaint_id"));
            }
            return closed;
        } catch (RuntimeException e) {
            return Set.of(); // its database may be refusing connections right now: asked again on the next step
        }
    }

    /** Each verifier visits every check assigned to them that is the load's, and finds it fixed at the village. */
    private void visitFieldChecks() throws Exception {
        Map<String, Complaint> byId = new HashMap<>();
        complaints.stream().filter(c -> c.complaintId != null).forEach(c -> byId.put(c.complaintId, c));
        String base = system.service("verification-service").baseUrl();
        for (String verifier : VERIFIERS) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/api/field-checks"))
                    .timeout(CALL_TIMEOUT).header("Authorization", basic(verifier, "verifier-secret")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                continue;
            }
            for (JsonNode check : JSON.readTree(page.body())) {
                Complaint c = byId.get(check.path("complaintId").asText());
                String checkId = check.path("fieldCheckId").asText();
                if (c == null || verdictsGiven.contains(checkId)) {
                    continue;
                }
                Map<String, Object> form = new LinkedHashMap<>();
                form.put("verdict", "FIXED");
                form.put("remarks", "नल में पानी आ रहा है");
                form.put("deviceLatitude", c.village.latitude() + 300 / 111_000.0); // 300 m from the centroid
                form.put("deviceLongitude", c.village.longitude());
                HttpResponse<String> done = post(base + "/api/field-checks/" + checkId + "/verdict", verifier,
                        "verifier-secret", form);
                if (done.statusCode() == 200) {
                    verdictsGiven.add(checkId);
                }
            }
        }
    }

    private boolean inbound(Map<String, Object> request) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(system.simulatorUrl() + "/simulator/whatsapp/inbound"))
                .timeout(CALL_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        // 502 when intake is down; intake's own status otherwise: WhatsApp tries again on anything but 200
        return answer.statusCode() == 200 && JSON.readTree(answer.body()).path("status").asInt() == 200;
    }

    private HttpResponse<String> post(String url, String user, String secret, Map<String, Object> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(CALL_TIMEOUT)
                        .header("Authorization", basic(user, secret)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What the system did with the load, counted once it is over: from the citizens' WhatsApp (acknowledgements, and
     * messages about the same complaint for the same cause received twice), the portal (registrations of one
     * complaint), and verification (closures). Drain: from {@code faultsEnded} to the last closure.
     */
    public ChaosTally tally(Instant faultsEnded) {
        int acknowledged = 0;
        int registered = 0;
        int closed = 0;
        int doubledRegistrations = 0;
        int doubledMessages = 0;
        int extraComplaints = 0;
        Map<String, String> lost = new TreeMap<>();
        List<String> doubles = new ArrayList<>();
        long lastClosure = 0;
        for (Complaint c : complaints) {
            List<JsonNode> received = system.simulators.whatsapp().messagesTo(c.waId);
            Set<String> ids = new HashSet<>();
            for (JsonNode m : received) {
                Matcher id = COMPLAINT_ID.matcher(m.toString());
                while (id.find()) {
                    ids.add(id.group());
                }
            }
            if (c.complaintId != null) {
                acknowledged++;
                int registrations = system.simulators.sampark().byReference(c.complaintId).size();
                if (registrations > 0) {
                    registered++;
                }
                if (registrations > 1) {
                    doubledRegistrations += registrations - 1;
                    doubles.add(c.complaintId + " registered " + registrations + " times");
                }
                extraComplaints += Math.max(0, ids.size() - 1);
            }
            if (c.closed) {
                closed++;
                lastClosure = Math.max(lastClosure, c.closedAtMillis);
            } else {
                lost.put(c.complaintId == null ? "citizen " + c.waId.substring(c.waId.length() - 4) : c.complaintId,
                        c.stage() + (c.lastProblem == null ? "" : " (" + abbreviate(c.lastProblem) + ")"));
            }
            Map<String, Integer> byCause = new TreeMap<>();
            for (JsonNode m : received) {
                byCause.merge(cause(c.waId, m), 1, Integer::sum);
            }
            for (var e : byCause.entrySet()) {
                if (e.getValue() > 1) {
                    doubledMessages += e.getValue() - 1;
                    doubles.add("citizen " + c.waId.substring(c.waId.length() - 4) + " got " + e.getKey() + " "
                            + e.getValue() + " times");
                }
            }
        }
        boolean drained = drained();
        long end = drained ? Math.max(lastClosure, drainedAtMillis) : System.currentTimeMillis();
        double drain = faultsEnded == null ? 0 : Math.max(0, end - faultsEnded.toEpochMilli()) / 1000.0;
        int failedMessages = 0;
        for (Complaint c : complaints) {
            failedMessages += system.query("notification-service", "select 1 from outgoing_message where recipient = ?"
                    + " and state = 'FAILED'", c.waId).size();
        }
        if (failedMessages > 0) {
            doubles.add(failedMessages + " citizen messages FAILED (never delivered)");
        }
        return new ChaosTally(complaints.size(), acknowledged, registered, closed, complaints.size() - closed,
                doubledRegistrations, doubledMessages, extraComplaints, failedMessages, drain, drained, lost, doubles);
    }

    /**
     * What a message to the citizen is about: the complaint, the cause and the kind notification recorded for it
     * (our id travels as {@code biz_opaque_callback_data}); its text when notification holds no record of it.
     */
    private String cause(String waId, JsonNode message) {
        String ours = message.path("biz_opaque_callback_data").asText("");
        if (!ours.isEmpty()) {
            List<Map<String, Object>> row = system.query("notification-service",
                    "select complaint_id, cause_type, kind from outgoing_message where cast(id as text) = ?", ours);
            if (!row.isEmpty()) {
                return row.get(0).get("complaint_id") + "/" + row.get(0).get("cause_type") + "/" + row.get(0).get("kind");
            }
        }
        JsonNode copy = message.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(List.of("_simulator_message_id", "biz_opaque_callback_data"));
        return "text:" + copy;
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
