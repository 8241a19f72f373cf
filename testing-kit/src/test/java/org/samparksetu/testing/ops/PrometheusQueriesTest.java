package org.samparksetu.testing.ops;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ops.PrometheusQueries.Query;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard check's Prometheus really scrapes a service's /q/metrics and tells the queries that find series from
 * those that find none: here against a tiny metrics endpoint served by the test itself.
 */
class PrometheusQueriesTest {
    private static final byte[] METRICS = """
            # TYPE demo_complaints_total counter
            demo_complaints_total{outcome="routed"} 3.0
            demo_complaints_total{outcome="triage"} 1.0
            # TYPE demo_waiting gauge
            demo_waiting 5.0
            """.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path work;

    @Test
    void findsTheQueriesThatReturnNothing() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/metrics", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
            ex.sendResponseHeaders(200, METRICS.length);
            ex.getResponseBody().write(METRICS);
            ex.close();
        });
        server.start();
        Path root = Infrastructure.repositoryRoot();
        try (PrometheusQueries prometheus = PrometheusQueries.start(root,
                Map.of("demo-service", "127.0.0.1:" + server.getAddress().getPort()), work)) {
            prometheus.awaitScrapes(3, Duration.ofSeconds(90));

            Query rate = query("sum by (outcome) (rate(demo_complaints_total{job=\"demo-service\"}[$__rate_interval]))", null);
            Query gauge = query("max(demo_waiting)", null);
            Query wrongLabel = query("demo_complaints_total{outcome=\"withdrawn\"}", null);
            Query missing = query("sum(increase(demo_failures_total[$__rate_interval]))", null);
            Query onlyOnFailure = query("sum(increase(demo_dead_letters_total[1h]))", "an event is dead-lettered");

            List<Query> empty = prometheus.empty(List.of(rate, gauge, wrongLabel, missing, onlyOnFailure));

            assertThat(empty).containsExactly(wrongLabel, missing, onlyOnFailure);
            assertThat(PrometheusQueries.expectedNonEmpty(empty)).containsExactly(wrongLabel, missing);
            assertThat(prometheus.query(rate.promql())).hasSize(2);
            assertThat(prometheus.query("max(demo_waiting)").get(0).path("value").get(1).asText()).isEqualTo("5");
            assertThatThrownBy(() -> prometheus.empty(List.of(query("sum(demo_waiting", null))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Prometheus refused sum(demo_waiting");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void fillsInGrafanasIntervalsAndRefusesOtherVariables() {
        assertThat(PrometheusQueries.fillVariables("rate(x_total[$__rate_interval]) + rate(y_total[${__interval}])"))
                .isEqualTo("rate(x_total[1m]) + rate(y_total[1m])");
        assertThatThrownBy(() -> PrometheusQueries.fillVariables("up{job=\"$job\"}"))
                .hasMessageContaining("$job");
    }

    private static Query query(String expr, String onlyAfter) {
        return new Query("demo.json", "a panel", "A", expr, onlyAfter);
    }
}
