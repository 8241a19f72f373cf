package org.samparksetu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.simulators.whatsapp.WhatsAppCloudSimulator;
import org.samparksetu.testing.system.ServiceProcess;
import org.samparksetu.testing.system.SystemUnderTest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Complaints per second through all five services, each its own process, on the real broker and
 * PostgreSQL: webhook in → acknowledgement accepted by the WhatsApp simulator, and → registration at the
 * Sampark simulator. Also the resident memory of every process idle and under load, and each service's
 * start-up time. One JSON line per measurement.
 * <pre>
 * java -cp ... org.samparksetu.bench.EndToEndBench --rates 10,100,200,300 --seconds 30 [--seed 1000000] [--warmup 30]
 *      [--config key=value,key=value] [--status-webhooks false] [--drain 240]
 * </pre>
 * The services are configured as {@code deploy/up} configures them (the assembly window on); the acknowledgement is
 * the first message to the citizen that carries the complaint number (citizen.notice ACKNOWLEDGED), timed from the
 * moment the citizen's first message was due.
 * {@code --config} is given to every service: e.g. the deliberate limits (Sampark portal calls per second, the
 * WhatsApp business number's messages per second) lifted to find what the services themselves sustain.
 */
public final class EndToEndBench {
    /** The acknowledgement: the first message to the citizen that carries the complaint number. */
    private static final Pattern COMPLAINT_ID = Pattern.compile("JAL-\\d{4}-\\d{6}");

    private EndToEndBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        int seconds = Integer.parseInt(a.get("seconds", "30"));
        long seed = Long.parseLong(a.get("seed", "0"));
        List<Integer> rates = new ArrayList<>();
        for (String r : a.get("rates", "10,100,200").split(",")) {
            rates.add(Integer.parseInt(r.trim()));
        }
        String purpose = seed > 0 ? "benchgrowth" : "bench";
        Map<String, String> config = new HashMap<>();
        for (String kv : a.get("config", "").split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                config.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
        }
        // The services run as deploy/up runs them, the complaint assembly window on (each service's own
        // intake.complaint.window / quiet): the acknowledgement is timed from the citizen's first message to the first
        // message that carries the complaint number, and the registration includes the quiet period after the last
        // part. Before 2026-12-06 the window was off here (--config intake.complaint.window=0s measures that again).
        System.out.println("{\"measure\":\"config\",\"conversation\":\""
                + (config.containsKey("intake.complaint.window") ? "window " + config.get("intake.complaint.window")
                : "as deploy/up (the services' own assembly window and quiet period)") + "\"}");
        if (!config.isEmpty()) {
            System.out.println("{\"measure\":\"config\",\"overrides\":\"" + config + "\"}");
        }
        // how long after a rate's run its acknowledgements and registrations are waited for (the backlog drains)
        int drain = Integer.parseInt(a.get("drain", "240"));
        if (seed > 0) {
            // Start once so that Flyway builds the schemas, then fill them with history.
            try (SystemUnderTest first = SystemUnderTest.start(purpose, config, true)) {
                HistorySeeder.seed(first, seed);
            }
        }
        try (SystemUnderTest system = SystemUnderTest.start(purpose, config, seed == 0)) {
            for (ServiceProcess s : system.services.values()) {
                System.out.printf(Locale.ROOT, "{\"measure\":\"startup\",\"service\":\"%s\",\"ready_seconds\":%.2f}%n",
                        s.name, s.startupTime.toMillis() / 1000.0);
            }
            if (Boolean.parseBoolean(a.get("status-webhooks", "true"))) {
                // As Meta does: every message the business sends comes back as sent / delivered / read webhooks.
                statusWebhooks(system.simulatorUrl());
            }
            printFootprint(system, "idle");
            printIdleCpu(system, Integer.parseInt(a.get("idle-seconds", "20")));
            OpenLoop loop = new OpenLoop();
            URI webhook = URI.create(system.service("intake-service").baseUrl() + "/webhooks/whatsapp");
            long runId = System.currentTimeMillis() % 1000;
            int warmup = Integer.parseInt(a.get("warmup", "30"));
            if (warmup > 0) {
                // Not measured: the five services were just started (C1-compiled code, empty connection pools and
                // caches), and on 2026-12-01 their consumers lagged 3-6 s behind for the first ~20 s at only 10/s.
                var warm = SignedWebhooks.build(10 * warmup, 990 + runId, "sim-app-secret", "106540352242922");
                OpenLoop.Result w = loop.run("e2e-warmup", webhook, warm, 10, Duration.ofSeconds(warmup), 2048);
                endToEnd(system, 10, warm, w, seed, drain); // waits for its acknowledgements and registrations
                System.out.println("{\"measure\":\"warmup\",\"seconds\":" + warmup + ",\"rate\":10}");
            }
            for (int rate : rates) {
                runId++;
                var requests = SignedWebhooks.build(rate * seconds, runId, "sim-app-secret", "106540352242922");
                Thread sampler = footprintSampler(system, "load-" + rate, seconds);
                Map<String, Double> cpuBefore = cpu(system);
                OpenLoop.Result sent = loop.run("e2e-webhook", webhook, requests, rate, Duration.ofSeconds(seconds), 2048);
                sampler.join();
                StringBuilder result = endToEnd(system, rate, requests, sent, seed, drain);
                System.out.println(result);
                printCpu(rate, cpuBefore, cpu(system), sent.ok());
            }
        }
        System.exit(0);
    }

    private static void statusWebhooks(String simulator) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var answer = client.send(java.net.http.HttpRequest.newBuilder(URI.create(simulator + "/simulator/whatsapp/status-webhooks"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\":true}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the WhatsApp simulator refused status webhooks: " + answer.body());
        }
        System.out.println("{\"measure\":\"config\",\"status_webhooks\":true}");
    }

    /**
     * When the citizen was first sent a message carrying a complaint number (epoch ms), or -1: the acknowledgement,
     * whatever came before it (nothing, as the system stands).
     */
    static long acknowledgedAt(WhatsAppCloudSimulator whatsapp, String citizen) {
        List<Long> times = whatsapp.acceptedTimesTo(citizen);
        List<JsonNode> bodies = whatsapp.messagesTo(citizen);
        for (int i = 0; i < Math.min(times.size(), bodies.size()); i++) {
            if (COMPLAINT_ID.matcher(bodies.get(i).toString()).find()) {
                return times.get(i);
            }
        }
        return -1;
    }

    /** Latency from the moment each citizen's first message was due to the acknowledgement and to the registration. */
    private static StringBuilder endToEnd(SystemUnderTest system, int rate, SignedWebhooks.Signed[] requests,
                                          OpenLoop.Result sent, long seed, int drainSeconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(drainSeconds);
        Histogram ack = new Histogram(TimeUnit.MINUTES.toMillis(10), 3);
        Histogram registered = new Histogram(TimeUnit.MINUTES.toMillis(10), 3);
        int n = (int) Math.min(requests.length, sent.sent() + sent.shed());
        Map<String, Long> due = new HashMap<>();
        for (int i = 0; i < n; i++) {
            due.put(requests[i].citizen(), sent.startEpochMillis() + (long) i * 1000 / rate);
        }
        int acked;
        int reg;
        Map<String, Grievance> grievanceByCitizen;
        do {
            acked = 0;
            for (String c : due.keySet()) {
                if (acknowledgedAt(system.simulators.whatsapp(), c) >= 0) {
                    acked++;
                }
            }
            grievanceByCitizen = system.simulators.sampark().all().stream()
                    .filter(g -> g.contactNumber() != null)
                    .collect(Collectors.toMap(g -> g.contactNumber().replaceAll("\\D", ""), g -> g, (x, y) -> x));
            reg = 0;
            for (String c : due.keySet()) {
                if (grievanceByCitizen.containsKey(c)) {
                    reg++;
                }
            }
            if (acked >= sent.ok() && reg >= sent.ok()) {
                break;
            }
            Thread.sleep(500); // polling a measurement, not synchronising a test
        } while (System.currentTimeMillis() < deadline);
        for (var e : due.entrySet()) {
            long acknowledged = acknowledgedAt(system.simulators.whatsapp(), e.getKey());
            if (acknowledged >= 0) {
                ack.recordValue(Math.max(0, acknowledged - e.getValue()));
            }
            Grievance g = grievanceByCitizen.get(e.getKey());
            if (g != null) {
                registered.recordValue(Math.max(0, g.registeredAt().toEpochMilli() - e.getValue()));
            }
        }
        double window = (Math.max(lastOf(system, due), 1) - sent.startEpochMillis()) / 1000.0;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "{\"measure\":\"e2e\",\"history\":%d,\"target_rate\":%d,\"webhooks_ok\":%d,\"webhook_errors\":%d,\"shed\":%d,"
                        + "\"acked\":%d,\"registered\":%d,\"completed_rate\":%.1f,"
                        + "\"ack_p50_ms\":%d,\"ack_p99_ms\":%d,\"ack_max_ms\":%d,\"reg_p50_ms\":%d,\"reg_p99_ms\":%d,\"reg_max_ms\":%d,"
                        + "\"webhook_p99_ms\":%.1f}",
                seed, rate, sent.ok(), sent.errors(), sent.shed(), acked, reg, reg / window,
                ack.getValueAtPercentile(50), ack.getValueAtPercentile(99), ack.getMaxValue(),
                registered.getValueAtPercentile(50), registered.getValueAtPercentile(99), registered.getMaxValue(),
                sent.latency().getValueAtPercentile(99) / 1000.0));
        return out;
    }

    private static long lastOf(SystemUnderTest system, Map<String, Long> due) {
        long last = 0;
        for (var g : system.simulators.sampark().all()) {
            last = Math.max(last, g.registeredAt().toEpochMilli());
        }
        return last;
    }

    private static Thread footprintSampler(SystemUnderTest system, String label, int seconds) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) * 3 / 4); // sample late in the run, under load
            } catch (InterruptedException e) {
                return;
            }
            printFootprint(system, label);
        });
        t.start();
        return t;
    }

    static void printFootprint(SystemUnderTest system, String label) {
        Map<String, Double> mib = new LinkedHashMap<>();
        for (ServiceProcess s : system.services.values()) {
            mib.put(s.name, Footprint.rssMiB(s.pid()));
        }
        mib.put("kafka", kafkaRss());
        mib.put("postgresql(pss)", Footprint.pssOfAll("postgres"));
        mib.put("bench+simulators", Footprint.rssMiB(ProcessHandle.current().pid()));
        double total = mib.values().stream().mapToDouble(v -> Math.max(v, 0)).sum();
        String fields = mib.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "\"%s\":%.0f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(","));
        System.out.printf(Locale.ROOT, "{\"measure\":\"memory_mib\",\"when\":\"%s\",%s,\"total\":%.0f}%n", label, fields, total);
    }

    private static double kafkaRss() {
        return Footprint.rssMiB(kafkaPid());
    }

    private static long kafkaPid() {
        try {
            Path pidFile = Path.of(System.getProperty("e2e.root", ".")).resolve(".local/kafka/kafka.pid");
            return Long.parseLong(Files.readString(pidFile).trim());
        } catch (Exception e) {
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().orElse("").contains("kafka.Kafka"))
                    .findFirst().map(ProcessHandle::pid).orElse(-1L);
        }
    }

    /**
     * CPU each process spends per second with nothing to do (pollers, consumers' fetches, timers): what the box
     * pays before the first complaint, and the part of the per-complaint numbers that is not per complaint.
     */
    private static void printIdleCpu(SystemUnderTest system, int seconds) throws InterruptedException {
        if (seconds <= 0) {
            return;
        }
        Map<String, Double> before = cpu(system);
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds)); // a measurement window, not synchronisation
        Map<String, Double> after = cpu(system);
        System.out.printf(Locale.ROOT, "{\"measure\":\"cpu_ms_per_second_idle\"%s,\"box_busy_percent\":%.0f}%n",
                CpuTime.processFields(before, after, seconds), CpuTime.boxBusyPercent(before, after));
    }

    private static Map<String, Double> cpu(SystemUnderTest system) {
        Map<String, Long> pids = new LinkedHashMap<>();
        system.services.values().forEach(s -> pids.put(s.name, s.pid()));
        return CpuTime.snapshot(pids, kafkaPid());
    }

    /**
     * CPU milliseconds each process spent per complaint over one rate's run and its drain (from the first webhook
     * to the last registration), and how busy the whole box was: which process bounds the end-to-end rate.
     */
    private static void printCpu(int rate, Map<String, Double> before, Map<String, Double> after, long complaints) {
        double per = Math.max(complaints, 1);
        System.out.printf(Locale.ROOT, "{\"measure\":\"cpu_ms_per_complaint\",\"target_rate\":%d,\"complaints\":%d%s,"
                        + "\"sum\":%.1f,\"box_busy_ms_per_complaint\":%.1f,\"box_busy_percent\":%.0f}%n",
                rate, complaints, CpuTime.processFields(before, after, per), CpuTime.processSum(before, after, per),
                CpuTime.boxBusy(before, after) / per, CpuTime.boxBusyPercent(before, after));
    }
}
