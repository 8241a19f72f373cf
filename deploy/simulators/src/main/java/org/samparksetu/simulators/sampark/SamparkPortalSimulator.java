package org.samparksetu.simulators.sampark;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.samparksetu.simulators.SimulatorSettings;
import org.samparksetu.simulators.http.Http;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for a Rajasthan Sampark portal API (the real portal publishes none). Like a naive portal it
 * does not de-duplicate registrations, so the bridge's exactly-once guarantee is really tested.
 */
public final class SamparkPortalSimulator {
    private static final Pattern GRIEVANCE = Pattern.compile("^/sampark/api/v1/grievances/(\\d+)(/disposal|/actions|/transfer)?$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Kolkata"));
    private static final List<String> ACTION_STATUSES = List.of("FORWARDED", "UNDER_ACTION", "ESCALATED");
    private static final List<String> OUTCOMES = List.of("RELIEF", "INTERIM_RELIEF", "REJECTED", "FALSE_CASE", "FILED", "NOT_POSSIBLE");
    /** As CPGRAMS 6.0: a grievance moves between departments at most three times. */
    static final int MAX_TRANSFERS = 3;
    static final int TRANSFER_REASON_MAX = 500;

    private final SimulatorSettings settings;
    private final Map<String, Grievance> grievances = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final PortalFaults faults = new PortalFaults();

    public SamparkPortalSimulator(SimulatorSettings settings) {
        this.settings = settings;
    }

    public void register(HttpServer server) {
        server.createContext("/sampark/api/v1/grievances", this::api);
        server.createContext("/simulator/sampark/grievances", ex -> {
            String ref = Http.query(ex).get("reference");
            Http.json(ex, 200, ref == null ? all() : byReference(ref));
        });
        server.createContext("/simulator/sampark/faults", this::faults);
        server.createContext("/simulator/sampark", ex -> {
            if ("DELETE".equals(ex.getRequestMethod())) {
                reset();
                Http.json(ex, 200, Map.of("reset", true));
            } else {
                Http.error(ex, 404, "no such simulator endpoint: " + ex.getRequestURI().getPath());
            }
        });
    }

    public List<Grievance> byReference(String reference) {
        return grievances.values().stream().filter(g -> reference.equals(g.reference()))
                .sorted(Comparator.comparing(Grievance::grievanceId)).toList();
    }

    public List<Grievance> all() {
        return grievances.values().stream().sorted(Comparator.comparing(Grievance::grievanceId)).toList();
    }

    public void reset() {
        grievances.clear();
        faults.clear();
    }

    /** Disposes a grievance as an officer would on the portal. */
    public Grievance dispose(String grievanceId, String outcome, String remarks, String officer) {
        return grievances.computeIfPresent(grievanceId, (id, g) -> g.disposed(outcome, remarks, officer, Instant.now()));
    }

    /** An officer's intermediate action on the portal: a status change, no disposal. */
    public Grievance act(String grievanceId, String status, String remarks, String officer) {
        return grievances.computeIfPresent(grievanceId, (id, g) -> g.acted(status, remarks, officer, Instant.now()));
    }

    private void api(HttpExchange ex) throws IOException {
        if (!settings.samparkApiKey().equals(ex.getRequestHeaders().getFirst("X-Api-Key"))) {
            Http.error(ex, 401, "invalid API key");
            return;
        }
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        boolean registration = "POST".equals(method)
                && (path.equals("/sampark/api/v1/grievances") || path.equals("/sampark/api/v1/grievances/"));
        boolean transfer = "POST".equals(method) && path.endsWith("/transfer");
        PortalFaults.Fault fault = faults.next(registration || transfer);
        if (fault != null) {
            switch (fault.mode()) {
                case ERROR, OUTAGE -> {
                    Http.error(ex, fault.mode() == PortalFaults.Mode.OUTAGE ? 503 : fault.status(), "portal unavailable (simulated)");
                    return;
                }
                case LATENCY -> Http.sleep(fault.millis());
                case TIMEOUT_AFTER_ACCEPT -> { /* handled after the work is done, below */ }
            }
        }
        if (path.equals("/sampark/api/v1/grievances") || path.equals("/sampark/api/v1/grievances/")) {
            if ("POST".equals(method)) {
                registerGrievance(ex, fault);
            } else if ("GET".equals(method)) {
                search(ex);
            } else {
                Http.error(ex, 405, "use GET or POST");
            }
            return;
        }
        Matcher m = GRIEVANCE.matcher(path);
        if (!m.matches()) {
            Http.error(ex, 404, "no such portal endpoint: " + path);
            return;
        }
        Grievance g = grievances.get(m.group(1));
        if (g == null) {
            Http.error(ex, 404, "no grievance " + m.group(1));
            return;
        }
        if (m.group(2) == null) {
            Http.json(ex, 200, g);
            return;
        }
        JsonNode body = readJson(ex);
        if (body == null) {
            return;
        }
        if (m.group(2).equals("/transfer")) {
            transferGrievance(ex, g.grievanceId(), body, fault);
            return;
        }
        if (m.group(2).equals("/actions")) {
            String status = body.path("status").asText("");
            if (!ACTION_STATUSES.contains(status)) {
                Http.error(ex, 400, "status must be one of " + ACTION_STATUSES + " (dispose with /disposal)");
                return;
            }
            Http.json(ex, 200, act(g.grievanceId(), status, body.path("remarks").asText(null), body.path("officer").asText(null)));
            return;
        }
        String outcome = body.path("outcome").asText("");
        if (!OUTCOMES.contains(outcome)) {
            Http.error(ex, 400, "outcome must be one of " + OUTCOMES);
            return;
        }
        Http.json(ex, 200, dispose(g.grievanceId(), outcome, body.path("remarks").asText(null), body.path("officer").asText(null)));
    }

    private void registerGrievance(HttpExchange ex, PortalFaults.Fault fault) throws IOException {
        JsonNode b = readJson(ex);
        if (b == null) {
            return;
        }
        for (String field : List.of("reference", "department", "description")) {
            if (!b.hasNonNull(field) || b.get(field).asText().isBlank()) {
                Http.error(ex, 400, "'" + field + "' is required");
                return;
            }
        }
        Instant now = Instant.now();
        String id = DAY.format(now) + String.format("%06d", sequence.incrementAndGet());
        Grievance g = new Grievance(id, b.get("reference").asText(), b.get("department").asText(),
                b.path("subject").asText(null), b.get("description").asText(), b.path("district").asText("Jalore"),
                b.path("tehsil").asText(null), b.path("block").asText(null), b.path("village").asText(null),
                b.path("contactNumber").asText(null), "REGISTERED", null, null, null, now, now,
                b.path("previousGrievanceId").asText(null));
        if (g.previousGrievanceId() != null && !grievances.containsKey(g.previousGrievanceId())) {
            Http.error(ex, 400, "previousGrievanceId " + g.previousGrievanceId() + " is not a grievance on this portal");
            return;
        }
        grievances.put(id, g);
        if (fault != null && fault.mode() == PortalFaults.Mode.TIMEOUT_AFTER_ACCEPT) {
            Http.sleep(fault.millis()); // registered, but the caller gives up before hearing so
        }
        Http.json(ex, 201, g);
    }

    /**
     * Moves a grievance to another department. Idempotent: a transfer to the department it already has changes
     * nothing and answers 200 with the grievance as it is, so a caller that lost the answer may simply repeat it.
     */
    private void transferGrievance(HttpExchange ex, String grievanceId, JsonNode body, PortalFaults.Fault fault)
            throws IOException {
        String department = body.path("department").asText("").strip();
        String reason = body.path("reason").isTextual() ? body.get("reason").asText().strip() : null;
        if (department.isEmpty()) {
            Http.error(ex, 400, "'department' is required: the department the grievance moves to");
            return;
        }
        if (reason != null && reason.length() > TRANSFER_REASON_MAX) {
            Http.error(ex, 400, "'reason' is longer than " + TRANSFER_REASON_MAX + " characters");
            return;
        }
        String[] refusal = new String[1];
        Grievance after = grievances.computeIfPresent(grievanceId, (id, g) -> {
            if (g.department().equals(department)) {
                return g;
            }
            if (g.disposed()) {
                refusal[0] = "grievance " + id + " is disposed; a disposed grievance cannot be transferred";
                return g;
            }
            if (g.transfers() >= MAX_TRANSFERS) {
                refusal[0] = "grievance " + id + " was transferred " + g.transfers() + " times already (at most "
                        + MAX_TRANSFERS + ")";
                return g;
            }
            return g.transferred(department, reason, Instant.now());
        });
        if (after == null) {
            Http.error(ex, 404, "no grievance " + grievanceId);
            return;
        }
        if (refusal[0] != null) {
            Http.error(ex, 409, refusal[0]);
            return;
        }
        if (fault != null && fault.mode() == PortalFaults.Mode.TIMEOUT_AFTER_ACCEPT) {
            Http.sleep(fault.millis()); // moved, but the caller gives up before hearing so
        }
        Http.json(ex, 200, after);
    }

    /** Transfers a grievance as the grievance cell would on the portal (for tests); null if unknown. */
    public Grievance transfer(String grievanceId, String toDepartment, String reason) {
        return grievances.computeIfPresent(grievanceId, (id, g) -> g.department().equals(toDepartment) ? g
                : g.transferred(toDepartment, reason, Instant.now()));
    }

    private void search(HttpExchange ex) throws IOException {
        Map<String, String> q = Http.query(ex);
        if (q.containsKey("reference")) {
            Http.json(ex, 200, byReference(q.get("reference")));
        } else if (q.containsKey("updatedSince")) {
            Instant since;
            try {
                since = Instant.parse(q.get("updatedSince"));
            } catch (RuntimeException e) {
                Http.error(ex, 400, "updatedSince must be an ISO-8601 instant, e.g. 2026-11-28T10:00:00Z");
                return;
            }
            Http.json(ex, 200, all().stream().filter(g -> g.updatedAt().isAfter(since)).toList());
        } else {
            Http.error(ex, 400, "search by ?reference=<complaint ID> or ?updatedSince=<ISO-8601>");
        }
    }

    private void faults(HttpExchange ex) throws IOException {
        if ("DELETE".equals(ex.getRequestMethod())) {
            faults.clear();
            Http.json(ex, 200, Map.of("cleared", true));
            return;
        }
        JsonNode f = readJson(ex);
        if (f == null) {
            return;
        }
        PortalFaults.Mode mode;
        try {
            mode = PortalFaults.Mode.valueOf(f.path("mode").asText("").toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            Http.error(ex, 400, "mode must be error, timeout-after-accept, latency or outage");
            return;
        }
        faults.set(mode, f.path("status").asInt(503), f.path("millis").asLong(1000), f.path("times").asInt(1));
        Http.json(ex, 200, Map.of("mode", mode.name()));
    }

    public void injectFault(String mode, int status, long millis, int times) {
        faults.set(PortalFaults.Mode.valueOf(mode.toUpperCase().replace('-', '_')), status, millis, times);
    }

    public void clearFaults() {
        faults.clear();
    }

    private static JsonNode readJson(HttpExchange ex) throws IOException {
        try {
            JsonNode n = Http.JSON.readTree(Http.body(ex));
            if (n == null || !n.isObject()) {
                Http.error(ex, 400, "body must be a JSON object");
                return null;
            }
            return n;
        } catch (IOException e) {
            Http.error(ex, 400, "body is not JSON");
            return null;
        }
    }
}
