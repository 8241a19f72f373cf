package org.samparksetu.testing.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.samparksetu.testing.system.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Prometheus of its own, scraping given services, to check the Grafana dashboards' queries against what the
 * services really expose: after a journey, a panel whose query returns nothing has a wrong metric or label, or shows
 * something the journey never did. Start it once the journey has run (what the services counted is in their
 * {@code /q/metrics} at the first scrape), {@link #awaitScrapes} and ask for the {@link #empty} queries.
 * <p>
 * The scrape configuration is {@code deploy/prometheus/scrape-config}'s, the one {@code deploy/up} runs, with the
 * given targets and a one-second interval; the alert rules are loaded too, so a rule Prometheus cannot load fails the
 * start. Data and log live in the given work folder.
 * <pre>{@code
 * try (PrometheusQueries prometheus = PrometheusQueries.start(root, targets, workDir)) {
 *     prometheus.awaitScrapes(3, Duration.ofSeconds(60));
 *     List<Query> empty = PrometheusQueries.expectedNonEmpty(prometheus.empty(PrometheusQueries.dashboardQueries(root)));
 * }
 * }</pre>
 */
public final class PrometheusQueries implements AutoCloseable {
    /** Where the dashboards live, relative to the repository root. */
    public static final String DASHBOARDS = "deploy/grafana";
    /** What Grafana's {@code $__rate_interval} becomes here: wide enough for a few one-second scrapes. */
    public static final String RATE_INTERVAL = "1m";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)}?");
    private static final Pattern JOB_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]*");

    private final Process process;
    private final URI base;
    private final Path log;
    private final List<String> jobs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * One query of a dashboard panel.
     *
     * @param dashboard the dashboard's file name
     * @param panel     the panel's title
     * @param refId     the query's letter in the panel
     * @param expr      the expression as the dashboard has it (Grafana's variables unfilled)
     * @param onlyAfter when the dashboard says the series appears only after something a journey need not do (a
     *                  failure, mostly): the target's {@code samparkOnlyAfter}; null for a query that must never be
     *                  empty after a journey
     */
    public record Query(String dashboard, String panel, String refId, String expr, String onlyAfter) {
        /** The expression as Prometheus takes it. */
        public String promql() {
            return fillVariables(expr);
        }

        @Override
        public String toString() {
            return dashboard + " / " + panel + " / " + refId + ": " + expr;
        }
    }

    private PrometheusQueries(Process process, URI base, Path log, List<String> jobs) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.jobs = jobs;
    }

    /** Every query of every dashboard under {@code root}'s {@value #DASHBOARDS}, in file and panel order. */
    public static List<Query> dashboardQueries(Path root) {
        Path dir = root.resolve(DASHBOARDS);
        try (Stream<Path> files = Files.list(dir)) {
            List<Query> queries = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = JSON.readTree(file.toFile());
                collect(file.getFileName().toString(), dashboard.path("panels"), queries);
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboards in " + dir, e);
        }
    }

    private static void collect(String dashboard, JsonNode panels, List<Query> into) {
        for (JsonNode panel : panels) {
            collect(dashboard, panel.path("panels"), into); // a row holds its panels
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText("");
                if (expr.isBlank()) {
                    throw new IllegalArgumentException(dashboard + " / " + panel.path("title").asText()
                            + ": a query without an expression");
                }
                into.add(new Query(dashboard, panel.path("title").asText(), target.path("refId").asText(), expr,
                        target.hasNonNull("samparkOnlyAfter") ? target.get("samparkOnlyAfter").asText() : null));
            }
        }
    }

    /**
     * Fills in Grafana's interval variables; any other variable is refused, so that every dashboard query can be
     * checked as it is written.
     */
    public static String fillVariables(String expr) {
        Matcher m = VARIABLE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!name.equals("__rate_interval") && !name.equals("__interval")) {
                throw new IllegalArgumentException("the variable $" + name + " in " + expr
                        + " cannot be filled in for a check; dashboards use only $__rate_interval and $__interval");
            }
            m.appendReplacement(out, RATE_INTERVAL);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The queries a journey must not leave empty: those without {@link Query#onlyAfter}. */
    public static List<Query> expectedNonEmpty(Collection<Query> empty) {
        return empty.stream().filter(q -> q.onlyAfter() == null).toList();
    }

    /**
     * Starts Prometheus scraping each target's {@code /q/metrics} every second, as job {@code name}.
     *
     * @param root    the repository (its deploy/prometheus scripts and rules)
     * @param targets job name (the service's name) to {@code host:port}
     * @param workDir its configuration, data and log
     */
    public static PrometheusQueries start(Path root, Map<String, String> targets, Path workDir) throws IOException {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no targets to scrape");
        }
        Promtool.ensureInstalled();
        List<String> args = new ArrayList<>(List.of("bash", root.resolve("deploy/prometheus/scrape-config").toString(),
                "--interval", "1s"));
        for (Map.Entry<String, String> t : targets.entrySet()) {
            if (!JOB_NAME.matcher(t.getKey()).matches() || !t.getValue().matches("[\\w.-]+:\\d{1,5}")) {
                throw new IllegalArgumentException("a target is a job name and host:port, got " + t);
            }
            args.add(t.getKey() + "=" + t.getValue());
        }
        Promtool.Result config = Promtool.run(root, 1, args.toArray(String[]::new));
        if (!config.succeeded()) {
            throw new IllegalStateException("deploy/prometheus/scrape-config failed:\n" + config.output());
        }
        Files.createDirectories(workDir);
        Path configFile = workDir.resolve("prometheus.yml");
        Files.writeString(configFile, config.output());
        Path log = workDir.resolve("prometheus.log");
        int port = Ports.free();
        Process process = new ProcessBuilder(Promtool.PROMETHEUS,
                "--config.file=" + configFile,
                "--storage.tsdb.path=" + workDir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PrometheusQueries prometheus = new PrometheusQueries(process, URI.create("http://127.0.0.1:" + port),
                log, List.copyOf(targets.keySet()));
        try {
            Awaitility.await("Prometheus ready on port " + port).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Prometheus exited with " + process.exitValue() + ":\n"
                                    + Files.readString(log));
                        }
                        return prometheus.ready();
                    });
        } catch (RuntimeException e) {
            prometheus.close();
            throw e;
        }
        return prometheus;
    }

    /** Its address, for a person reading a failure (http://127.0.0.1:port/graph). */
    public URI baseUrl() {
        return base;
    }

    /** Its log (configuration errors, failed scrapes). */
    public Path log() {
        return log;
    }

    /**
     * Waits until every target has been scraped successfully at least {@code scrapes} times, so that a rate over
     * {@value #RATE_INTERVAL} has the two samples it needs.
     */
    public void awaitScrapes(int scrapes, Duration atMost) {
        Awaitility.await("every target scraped " + scrapes + " times").atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Map<String, String> state = new LinkedHashMap<>();
                    for (String job : jobs) {
                        JsonNode up = query("sum_over_time(up{job=\"" + job + "\"}[10m])");
                        double good = up.isEmpty() ? 0 : up.get(0).path("value").get(1).asDouble();
                        if (good < scrapes) {
                            state.put(job, (int) good + " good scrapes");
                        }
                    }
                    if (!state.isEmpty()) {
                        throw new AssertionError("not yet scraped " + scrapes + " times: " + state + " (see " + log
                                + " and " + base + "/targets)");
                    }
                });
    }

    /** The queries whose result is empty now. A query Prometheus refuses is an error, not an empty result. */
    public List<Query> empty(Collection<Query> queries) {
        return queries.stream().filter(q -> query(q.promql()).isEmpty()).toList();
    }

    /** The result of an instant query: a vector's series (empty when none), or a scalar as one element. */
    public JsonNode query(String promql) {
        URI uri = base.resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (!"success".equals(body.path("status").asText())) {
                throw new IllegalArgumentException("Prometheus refused " + promql + ": " + body.path("error").asText(
                        response.body()));
            }
            JsonNode data = body.path("data");
            String type = data.path("resultType").asText();
            return type.equals("vector") || type.equals("matrix") ? data.path("result")
                    : JSON.createArrayNode().add(data.path("result"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot query Prometheus at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean ready() {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("/-/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops Prometheus (and waits for it, so its data folder can be removed). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
