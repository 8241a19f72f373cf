package org.samparksetu.testing.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceTable;
import org.samparksetu.testing.ops.PrometheusQueries.Query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboards: a pipeline overview and one per service of deploy/services.txt, each panel on the
 * datasource variable (so production picks its Prometheus), and every query one Prometheus parses. promtool cannot
 * parse a bare expression, so each becomes a recording rule of a temporary rules file that promtool checks.
 */
class DashboardsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root = Infrastructure.repositoryRoot();
    private final Path dir = root.resolve(PrometheusQueries.DASHBOARDS);

    @Test
    void aPipelineOverviewAndOneDashboardPerService() throws IOException {
        Set<String> expected = new HashSet<>(List.of("pipeline-overview.json"));
        ServiceTable.ofRepository().names().forEach(n -> expected.add(n + ".json"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyPanelQueriesTheChosenPrometheus() throws IOException {
        Set<String> uids = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode d = JSON.readTree(f.toFile());
                assertThat(uids.add(d.path("uid").asText())).as("%s's uid is its own", f).isTrue();
                assertThat(d.path("templating").path("list").findValuesAsText("name")).as(f.toString()).contains("datasource");
                assertThat(d.path("panels")).as(f.toString()).isNotEmpty();
                for (JsonNode panel : d.path("panels")) {
                    String where = f.getFileName() + " / " + panel.path("title").asText();
                    assertThat(panel.path("title").asText()).as(where).isNotBlank();
                    assertThat(panel.path("targets")).as(where).isNotEmpty();
                    assertThat(panel.path("datasource").path("uid").asText()).as(where).isEqualTo("${datasource}");
                    for (JsonNode t : panel.path("targets")) {
                        assertThat(t.path("datasource").path("uid").asText()).as(where).isEqualTo("${datasource}");
                    }
                }
            }
        }
    }

    @Test
    void everyQueryParses() throws IOException {
        List<Query> queries = PrometheusQueries.dashboardQueries(root);
        assertThat(queries).hasSizeGreaterThan(50);
        Path rules = Files.createTempFile("dashboard-queries", ".yml");
        try {
            Files.writeString(rules, asRecordingRules(queries));
            Promtool.Result r = Promtool.promtool(rules.getParent(), "check", "rules", rules.toString());
            assertThat(r.succeeded()).as("promtool check rules (rule i is query i):\n%s\n%s", r.output(),
                    numbered(queries)).isTrue();
            assertThat(r.output()).contains("SUCCESS: " + queries.size() + " rules found");
        } finally {
            Files.delete(rules);
        }
    }

    @Test
    void aQueryPrometheusCannotParseFailsTheCheck() throws IOException {
        Path rules = Files.createTempFile("dashboard-queries", ".yml");
        try {
            Files.writeString(rules, asRecordingRules(List.of(
                    new Query("x.json", "p", "A", "sum by (job) (rate(x_total[$__rate_interval])", null))));
            Promtool.Result r = Promtool.promtool(rules.getParent(), "check", "rules", rules.toString());
            assertThat(r.succeeded()).as(r.output()).isFalse();
        } finally {
            Files.delete(rules);
        }
    }

    /** Each query as the recording rule {@code dashboard_query_<i>}; JSON strings are valid YAML scalars. */
    private static String asRecordingRules(List<Query> queries) throws IOException {
        StringBuilder yaml = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
        for (int i = 0; i < queries.size(); i++) {
            yaml.append("      - record: dashboard_query_").append(i).append('\n')
                    .append("        expr: ").append(JSON.writeValueAsString(queries.get(i).promql())).append('\n');
        }
        return yaml.toString();
    }

    private static String numbered(List<Query> queries) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            lines.add(i + ": " + queries.get(i));
        }
        return String.join("\n", lines);
    }
}
