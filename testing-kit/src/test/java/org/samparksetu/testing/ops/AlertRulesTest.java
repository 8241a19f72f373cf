package org.samparksetu.testing.ops;

import org.junit.jupiter.api.Test;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules load, each passes its promtool unit tests, each is shown firing by at least one of them, each links
 * to its entry in docs/OPERATIONS.md, and the scrape config deploy/up runs is one Prometheus accepts, with a job for
 * every service.
 */
class AlertRulesTest {
    private final Path root = Infrastructure.repositoryRoot();
    private final Path dir = root.resolve("deploy/prometheus");

    @Test
    void theRulesLoad() {
        Promtool.Result r = Promtool.promtool(dir, "check", "rules", "alerts.yml");
        assertThat(r.succeeded()).as("promtool check rules alerts.yml:\n%s", r.output()).isTrue();
    }

    @Test
    void theRulesPassTheirUnitTests() {
        Promtool.Result r = Promtool.promtool(dir, "test", "rules", "alerts-test.yml");
        assertThat(r.succeeded()).as("promtool test rules alerts-test.yml:\n%s", r.output()).isTrue();
        assertThat(r.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertIsShownFiringByATest() {
        List<String> alerts = AlertRules.rules(root).stream().map(AlertRules.Rule::alert).toList();
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
        assertThat(AlertRules.testedFiring(root)).as("alerts some test in %s expects to fire", AlertRules.RULE_TESTS)
                .containsAll(alerts);
    }

    @Test
    void everyAlertLinksToItsEntryInTheOperationsGuide() throws IOException {
        Set<String> anchors = Files.readAllLines(root.resolve("docs/OPERATIONS.md")).stream()
                .filter(l -> l.startsWith("#"))
                .map(l -> "docs/OPERATIONS.md#" + l.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (AlertRules.Rule rule : AlertRules.rules(root)) {
            assertThat(rule.annotations()).as(rule.alert()).containsKeys("summary", "description", "runbook");
            assertThat(rule.annotations().get("runbook")).as("%s's runbook: a heading of docs/OPERATIONS.md", rule.alert())
                    .isEqualTo("docs/OPERATIONS.md#" + rule.alert().toLowerCase(Locale.ROOT))
                    .isIn(anchors);
        }
    }

    @Test
    void deployUpsScrapeConfigIsValidAndScrapesEveryService() throws IOException {
        Promtool.Result config = Promtool.run(root, 1, "bash", dir.resolve("scrape-config").toString());
        assertThat(config.succeeded()).as(config.output()).isTrue();
        for (ServiceTable.Service s : ServiceTable.ofRepository().services()) {
            assertThat(config.output()).contains("- job_name: " + s.name() + "\n    metrics_path: /q/metrics\n"
                    + "    static_configs:\n      - targets: ['127.0.0.1:" + s.port() + "']");
        }
        Path file = Files.createTempFile("prometheus", ".yml");
        try {
            Files.writeString(file, config.output());
            Promtool.Result check = Promtool.promtool(root, "check", "config", file.toString());
            assertThat(check.succeeded()).as("promtool check config:\n%s\n%s", check.output(), config.output()).isTrue();
            assertThat(check.output()).contains("SUCCESS: " + AlertRules.rules(root).size() + " rules found");
        } finally {
            Files.delete(file);
        }
    }
}
