package org.samparksetu.bench;

import org.samparksetu.testing.system.LoadVillages;
import org.samparksetu.testing.system.LoadVillages.Village;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.samparksetu.testing.system.SystemUnderTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The truth of closures: N complaints, each in a village of its own and from a citizen of its own, through the whole
 * system (five services as processes, the real broker and database, the simulators). The PHED officer reports every
 * one fixed (RELIEF); a known share of those reports is false (the problem is not fixed). Citizens answer "is it
 * fixed?" as a district's citizens do (truthful, silent, mistaken, "don't know"); field verifiers visit every check
 * they are given and report the truth from the village's centroid. When nothing moves any more (or the time limit
 * passes) it counts, per behaviour and overall: false reports caught before closure (the complaint is not CLOSED as
 * verified fixed), honest reports that got a field check, and stuck complaints (still being verified with no open
 * check and no field check to visit: nothing will ever move them).
 * <pre>
 * java -cp ... org.samparksetu.bench.ClosuresBench --n 60 --false-share 0.3
 *      [--shares truthful=0.6,silent=0.2,mistaken=0.1,dont_know=0.1] [--seed 7] [--minutes 15] [--settle 90]
 *      [--config key=value,...]
 * </pre>
 * The last line printed is exactly {@code caught=<0..1> honest_field_checked=<0..1> stuck=<count>}.
 */
public final class ClosuresBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMPLAINT_ID = Pattern.compile("JAL-\\d{4}-\\d{6}");
    /** Tehsils a named field verifier covers (verification's directory/field-verifiers.csv, not the district one). */
    private static final List<String> VERIFIERS = LoadVillages.VERIFIERS;
    private static final String REASON = "नल में आज भी पानी नहीं आया, पाइप वैसे ही टूटा पड़ा है";

    enum Behaviour { TRUTHFUL, SILENT, MISTAKEN, DONT_KNOW }


    /** One complaint as the bench drives it: who complains where, the truth, and how far it got. */
    static final class Case {
        final String waId;
        final Village village;
        final Behaviour behaviour;
        final boolean reportIsFalse;
        String complaintId;
        boolean reported;
        boolean answered;
        boolean reasonGiven;
        boolean misrouted;
        long askedAt; // when the simulator accepted the question to the citizen (epoch ms)
        long answerDelay = -1; // from the question to the tap, ms
        String problem; // why the bench could not drive it on (never registered, routed elsewhere, report refused)

        Case(String waId, Village village, Behaviour behaviour, boolean reportIsFalse) {
            this.waId = waId;
            this.village = village;
            this.behaviour = behaviour;
            this.reportIsFalse = reportIsFalse;
        }

        /** What the citizen taps, if anything. */
        String answer() {
            return switch (behaviour) {
                case TRUTHFUL -> reportIsFalse ? "not_fixed" : "fixed";
                case MISTAKEN -> reportIsFalse ? "fixed" : "not_fixed";
                case DONT_KNOW -> "dont_know";
                case SILENT -> null;
            };
        }
    }

    private final SystemUnderTest system;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Case> byComplaint = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> verdictsGiven = new HashSet<>();
    private volatile int verdicts;
    private volatile int verdictsFlagged;
    private long slowestPass;

    private ClosuresBench(SystemUnderTest system) {
        this.system = system;
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        int n = Integer.parseInt(a.get("n", "60"));
        double falseShare = Double.parseDouble(a.get("false-share", "0.3"));
        long seed = Long.parseLong(a.get("seed", "7"));
        int minutes = Integer.parseInt(a.get("minutes", "15"));
        int settle = Integer.parseInt(a.get("settle", "90"));
        Map<Behaviour, Double> shares = shares(a.get("shares", "truthful=0.6,silent=0.2,mistaken=0.1,dont_know=0.1"));

        Map<String, String> config = new HashMap<>(SystemUnderTest.TEST_CONVERSATION);
        // The clocks a district runs in days, in seconds, so that silence leads somewhere while the bench watches:
        // reminder after 30 s, a field check after 60 s of silence, the deadline tick every second. 10 s was too
        // short on this box: with the load average at 28 the answers of citizens who tapped at once reached
        // verification 10 s after the question, after the silence's field check (counted as "late_answers").
        config.put("sampark.verification.deadline.tick", "1s");
        config.put("sampark.verification.citizen.reminder-after", "PT30S");
        config.put("sampark.verification.citizen.field-check-after", "PT60S");
        for (String kv : a.get("config", "").split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                config.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
        }
        System.out.println("{\"measure\":\"config\",\"n\":" + n + ",\"false_share\":" + falseShare + ",\"shares\":\""
                + shares + "\",\"seed\":" + seed + ",\"overrides\":\"" + new TreeMap<>(config) + "\"}");

        Path root = Path.of(System.getProperty("e2e.root", "."));
        List<Case> cases = cases(root, n, falseShare, shares, seed);
        try (SystemUnderTest system = SystemUnderTest.start("benchclosures", config, true)) {
            ClosuresBench bench = new ClosuresBench(system);
            bench.run(cases, TimeUnit.MINUTES.toMillis(minutes), TimeUnit.SECONDS.toMillis(settle));
            bench.print(cases);
        }
        System.exit(0);
    }

    private static Map<Behaviour, Double> shares(String spec) {
        Map<Behaviour, Double> shares = new LinkedHashMap<>();
        for (String kv : spec.split(",")) {
            String[] p = kv.split("=");
            shares.put(Behaviour.valueOf(p[0].trim().toUpperCase(Locale.ROOT)), Double.parseDouble(p[1].trim()));
        }
        return shares;
    }

    /**
     * N cases: villages of the gazetteer with a centroid, in a tehsil a named verifier covers, whose name no other
     * place shares or contains (routing reads the village from the text); behaviours and false reports in exact
     * proportions, shuffled independently.
     */
    static List<Case> cases(Path root, int n, double falseShare, Map<Behaviour, Double> shares, long seed)
            throws Exception {
        List<Village> villages = new ArrayList<>(LoadVillages.fitting(root, Set.of()));
        Random random = new Random(seed);
        Collections.shuffle(villages, random);
        if (villages.size() < n) {
            throw new IllegalArgumentException("only " + villages.size() + " villages fit, asked for " + n);
        }
        List<Behaviour> behaviours = new ArrayList<>();
        for (var e : shares.entrySet()) {
            long count = Math.round(e.getValue() * n);
            for (int i = 0; i < count && behaviours.size() < n; i++) {
                behaviours.add(e.getKey());
            }
        }
        while (behaviours.size() < n) {
            behaviours.add(Behaviour.TRUTHFUL);
        }
        Collections.shuffle(behaviours, random);
        List<Boolean> falseReports = new ArrayList<>();
        long falseCount = Math.round(falseShare * n);
        for (int i = 0; i < n; i++) {
            falseReports.add(i < falseCount);
        }
        Collections.shuffle(falseReports, random);
        List<Case> cases = new ArrayList<>();
        long base = 917_500_000_000L + (System.currentTimeMillis() / 1000 % 10_000) * 100;
        for (int i = 0; i < n; i++) {
            cases.add(new Case(Long.toString(base + i), villages.get(i), behaviours.get(i), falseReports.get(i)));
        }
        return cases;
    }

    private void run(List<Case> cases, long limitMillis, long settleMillis) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        long start = System.currentTimeMillis();
        long deadline = start + limitMillis;
        // one complaint a second: a busy district hour, well under the portal's limit
        for (Case c : cases) {
            citizenSays(c, "गांव " + c.village.name() + " में चार दिन से नल में पानी नहीं आ रहा है, हैंडपंप भी खराब है");
            Thread.sleep(1000); // pacing the load, not synchronising
        }
        String last = "";
        long lastChange = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            long passStart = System.currentTimeMillis();
            List<java.util.concurrent.Future<?>> steps = new ArrayList<>();
            for (Case c : cases) {
                // side by side, as citizens and offices are: one slow request must not hold every other citizen back
                steps.add(pool.submit(() -> {
                    step(c);
                    return null;
                }));
            }
            steps.add(pool.submit(() -> {
                visitFieldChecks();
                return null;
            }));
            for (var f : steps) {
                f.get();
            }
            slowestPass = Math.max(slowestPass, System.currentTimeMillis() - passStart);
            String now = signature(cases);
            if (!now.equals(last)) {
                last = now;
                lastChange = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - lastChange > settleMillis && allPastTheQuestion(cases)) {
                break;
            }
            Thread.sleep(1000); // polling a measurement
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "{\"measure\":\"run\",\"seconds\":%d,\"slowest_pass_ms\":%d,\"ended\":\"%s\"}%n",
                (System.currentTimeMillis() - start) / 1000, slowestPass,
                System.currentTimeMillis() < deadline ? "nothing moved for " + settleMillis / 1000 + " s" : "time limit");
    }

    private boolean allPastTheQuestion(List<Case> cases) {
        return cases.stream().allMatch(c -> c.problem != null || c.answered || c.behaviour == Behaviour.SILENT && c.reported);
    }

    /** Moves one complaint on as far as its citizen and its department would. */
    private void step(Case c) throws Exception {
        if (c.problem != null) {
            return;
        }
        List<JsonNode> messages = system.simulators.whatsapp().messagesTo(c.waId);
        if (c.complaintId == null) {
            for (JsonNode m : messages) {
                Matcher id = COMPLAINT_ID.matcher(m.toString());
                if (id.find()) {
                    c.complaintId = id.group();
                    byComplaint.put(c.complaintId, c);
                    break;
                }
            }
            return;
        }
        String id = c.complaintId;
        if (!c.reported) {
            // the department reports once verification tracks it with its place (a field check needs the place)
            List<Map<String, Object>> routed = system.query("verification-service",
                    "select c.department_code, p.village from tracked_complaint c join complaint_place p"
                            + " on p.complaint_id = c.complaint_id where c.complaint_id = ?", id);
            if (routed.isEmpty()) {
                return;
            }
            if (!"PHED".equals(routed.get(0).get("department_code"))) {
                c.problem = "routed to " + routed.get(0).get("department_code");
                return;
            }
            c.misrouted = !c.village.name().equals(routed.get(0).get("village"));
            int status = post("sampark-bridge", "/api/action-reports", "phed-officer", "phed-secret",
                    Map.of("complaintId", id, "outcome", "RELIEF", "remarks", "पाइपलाइन की मरम्मत कर दी गई है",
                            "officer", "JEN PHED"));
            if (status != 201) {
                c.problem = "report refused " + status;
                return;
            }
            c.reported = true;
            return;
        }
        if (!c.answered && c.answer() != null) {
            String buttonId = "verify:fixed:" + id;
            List<Long> times = system.simulators.whatsapp().acceptedTimesTo(c.waId);
            for (int i = 0; i < Math.min(messages.size(), times.size()) && c.askedAt == 0; i++) {
                if (messages.get(i).toString().contains(buttonId)) {
                    c.askedAt = times.get(i);
                }
            }
            if (c.askedAt > 0) {
                citizenTaps(c, "verify:" + c.answer() + ":" + id);
                c.answerDelay = System.currentTimeMillis() - c.askedAt;
                c.answered = true;
            }
            return;
        }
        if (c.answered && "not_fixed".equals(c.answer()) && !c.reasonGiven) {
            // "why is it not fixed?": the citizen says why, as the district asks them to
            if (!system.query("notification-service", "select 1 from outgoing_message where recipient = ?"
                    + " and cause_type = 'complaint.reason-requested'", c.waId).isEmpty()) {
                citizenSays(c, REASON);
                c.reasonGiven = true;
            }
        }
    }

    /** Every verifier visits every check assigned to them and reports the truth from the village's centroid. */
    private void visitFieldChecks() throws Exception {
        for (String verifier : VERIFIERS) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(
                            system.service("verification-service").baseUrl() + "/api/field-checks"))
                    .header("Authorization", basic(verifier, "verifier-secret")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                continue;
            }
            for (JsonNode check : JSON.readTree(page.body())) {
                Case c = byComplaint.get(check.path("complaintId").asText());
                String checkId = check.path("fieldCheckId").asText();
                if (c == null || !verdictsGiven.add(checkId)) {
                    continue;
                }
                Map<String, Object> form = new LinkedHashMap<>();
                form.put("verdict", c.reportIsFalse ? "NOT_FIXED" : "FIXED");
                form.put("remarks", c.reportIsFalse ? "नल सूखा है, मरम्मत नहीं हुई" : "नल में पानी आ रहा है");
                form.put("deviceLatitude", c.village.latitude() + 300 / 111_000.0); // standing 300 m from the centroid
                form.put("deviceLongitude", c.village.longitude());
                HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(
                                system.service("verification-service").baseUrl() + "/api/field-checks/" + checkId + "/verdict"))
                        .header("Authorization", basic(verifier, "verifier-secret"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(form))).build(),
                        HttpResponse.BodyHandlers.ofString());
                verdicts++;
                if (done.statusCode() != 200 || "FLAGGED".equals(JSON.readTree(done.body()).path("state").asText())) {
                    verdictsFlagged++;
                }
            }
        }
    }

    /** What verification holds of every complaint: changes while anything still moves. */
    private String signature(List<Case> cases) {
        StringBuilder s = new StringBuilder();
        for (Case c : cases) {
            s.append(c.complaintId).append(c.reported).append(c.answered).append(c.reasonGiven).append(c.problem);
        }
        s.append(system.query("verification-service", "select string_agg(complaint_id || state || escalation_level,"
                + " ',' order by complaint_id) as s from tracked_complaint"));
        s.append(system.query("verification-service", "select string_agg(id || state, ',' order by id) as s from verification"));
        s.append(system.query("verification-service", "select string_agg(id || state, ',' order by id) as s from field_check"));
        return s.toString();
    }

    private void print(List<Case> cases) {
        Map<String, int[]> rows = new LinkedHashMap<>(); // false, caught, honest, honest checked, stuck, closed-honest
        List<String> stuckIds = new ArrayList<>();
        Map<String, Integer> honestCheckReasons = new TreeMap<>();
        Map<String, Integer> finalStates = new TreeMap<>();
        int problems = 0;
        int misrouted = 0;
        for (Behaviour b : Behaviour.values()) {
            rows.put(b.name().toLowerCase(Locale.ROOT), new int[7]);
        }
        rows.put("overall", new int[7]);
        for (Case c : cases) {
            if (c.problem != null || c.complaintId == null) {
                problems++;
                System.out.printf("{\"measure\":\"not_driven\",\"citizen\":\"%s\",\"complaint\":\"%s\",\"why\":\"%s\"}%n",
                        c.waId.substring(c.waId.length() - 4), c.complaintId,
                        c.problem == null ? "no acknowledgement" : c.problem);
            }
            if (c.misrouted) {
                misrouted++;
            }
            String id = c.complaintId == null ? "" : c.complaintId;
            List<Map<String, Object>> tracked = system.query("verification-service",
                    "select state, resolution from tracked_complaint where complaint_id = ?", id);
            String state = tracked.isEmpty() ? "UNTRACKED" : (String) tracked.get(0).get("state");
            String resolution = tracked.isEmpty() ? null : (String) tracked.get(0).get("resolution");
            boolean closedAsFixed = "CLOSED".equals(state) && "VERIFIED_FIXED".equals(resolution);
            List<Map<String, Object>> checks = system.query("verification-service",
                    "select reason, state from field_check where complaint_id = ? order by assigned_at", id);
            boolean openCheck = !system.query("verification-service", "select 1 from verification where complaint_id = ?"
                    + " and state in ('AWAITING_CITIZEN', 'FIELD_CHECK_PENDING', 'APPEAL_OFFERED')", id).isEmpty();
            boolean openFieldCheck = checks.stream().anyMatch(f -> "ASSIGNED".equals(f.get("state"))
                    || "FLAGGED".equals(f.get("state")));
            boolean stuck = c.reported && (("VERIFYING".equals(state) || "ACTION_REPORTED".equals(state))
                    && !openCheck && !openFieldCheck || !openFieldCheck && "FIELD_CHECK_PENDING".equals(state));
            String label = (c.reportIsFalse ? "false:" : "honest:") + c.behaviour.name().toLowerCase(Locale.ROOT) + ":"
                    + state + (resolution == null ? "" : "/" + resolution);
            finalStates.merge(label, 1, Integer::sum);
            for (int[] r : List.of(rows.get(c.behaviour.name().toLowerCase(Locale.ROOT)), rows.get("overall"))) {
                if (c.reportIsFalse) {
                    r[0]++;
                    if (!closedAsFixed) {
                        r[1]++;
                    }
                } else {
                    r[2]++;
                    if (!checks.isEmpty()) {
                        r[3]++;
                    }
                    if (closedAsFixed) {
                        r[5]++;
                    }
                }
                if (stuck) {
                    r[4]++;
                }
                if (!c.reported) {
                    r[6]++;
                }
            }
            if (stuck) {
                stuckIds.add(id + ":" + state);
            }
            if (!c.reportIsFalse) {
                for (Map<String, Object> f : checks) {
                    honestCheckReasons.merge(String.valueOf(f.get("reason")), 1, Integer::sum);
                }
            }
        }
        for (var e : rows.entrySet()) {
            int[] r = e.getValue();
            System.out.printf(Locale.ROOT, "{\"measure\":\"closures\",\"behaviour\":\"%s\",\"false_reports\":%d,"
                            + "\"caught\":%d,\"caught_share\":%s,\"honest_reports\":%d,\"honest_field_checked\":%d,"
                            + "\"honest_field_checked_share\":%s,\"honest_closed_fixed\":%d,\"stuck\":%d,\"not_reported\":%d}%n",
                    e.getKey(), r[0], r[1], share(r[1], r[0]), r[2], r[3], share(r[3], r[2]), r[5], r[4], r[6]);
        }
        System.out.println("{\"measure\":\"final_states\",\"by_truth_behaviour_state\":" + json(finalStates) + "}");
        System.out.println("{\"measure\":\"honest_field_check_reasons\",\"reasons\":" + json(honestCheckReasons) + "}");
        System.out.printf(Locale.ROOT, "{\"measure\":\"field_verdicts\",\"given\":%d,\"flagged_or_refused\":%d,"
                + "\"misread_villages\":%d,\"not_driven\":%d,\"stuck_ids\":\"%s\"}%n",
                verdicts, verdictsFlagged, misrouted, problems, String.join(" ", stuckIds));
        List<Long> delays = cases.stream().filter(c -> c.answerDelay >= 0).map(c -> c.answerDelay).sorted().toList();
        System.out.printf(Locale.ROOT, "{\"measure\":\"citizen_answers\",\"taps\":%d,\"tap_after_question_p50_ms\":%d,"
                        + "\"tap_after_question_max_ms\":%d,\"late_answers\":%d}%n", delays.size(),
                delays.isEmpty() ? -1 : delays.get(delays.size() / 2), delays.isEmpty() ? -1 : delays.get(delays.size() - 1),
                cases.stream().filter(c -> c.behaviour != Behaviour.SILENT && c.complaintId != null)
                        .filter(c -> !system.query("verification-service", "select 1 from field_check where complaint_id = ?"
                                + " and reason = 'CITIZEN_NO_ANSWER'", c.complaintId).isEmpty()).count());
        int[] all = rows.get("overall");
        System.out.printf(Locale.ROOT, "caught=%.2f honest_field_checked=%.2f stuck=%d%n",
                all[0] == 0 ? 1.0 : (double) all[1] / all[0], all[2] == 0 ? 0.0 : (double) all[3] / all[2], all[4]);
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "null" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }

    private static String json(Map<String, Integer> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void citizenSays(Case c, String text) throws Exception {
        inbound(Map.of("from", c.waId, "name", "Bench citizen", "text", text));
    }

    private void citizenTaps(Case c, String buttonId) throws Exception {
        inbound(Map.of("from", c.waId, "name", "Bench citizen", "buttonReply", Map.of("id", buttonId, "title", "answer")));
    }

    private void inbound(Map<String, Object> request) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(system.simulatorUrl() + "/simulator/whatsapp/inbound"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || JSON.readTree(answer.body()).path("status").asInt() != 200) {
            throw new IllegalStateException("intake refused the citizen's message: " + answer.body());
        }
    }

    private int post(String service, String path, String user, String secret, Map<String, Object> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(system.service(service).baseUrl() + path))
                        .header("Authorization", basic(user, secret)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
