package org.samparksetu.testing.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The alert rules and their promtool tests as the ops tests read them. */
final class AlertRules {
    static final String RULES = "deploy/prometheus/alerts.yml";
    static final String RULE_TESTS = "deploy/prometheus/alerts-test.yml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One rule of alerts.yml. */
    record Rule(String alert, String expr, Map<String, String> annotations) {
    }

    private AlertRules() {
    }

    static List<Rule> rules(Path root) {
        List<Rule> rules = new ArrayList<>();
        for (JsonNode group : read(root.resolve(RULES)).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                Map<String, String> annotations = new TreeMap<>();
                rule.path("annotations").fields().forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
                rules.add(new Rule(rule.path("alert").asText(rule.path("record").asText()), rule.path("expr").asText(),
                        annotations));
            }
        }
        return rules;
    }

    /** The alerts that some case of the promtool tests expects to fire. */
    static Set<String> testedFiring(Path root) {
        Set<String> firing = new LinkedHashSet<>();
        for (JsonNode test : read(root.resolve(RULE_TESTS)).path("tests")) {
            for (JsonNode check : test.path("alert_rule_test")) {
                if (!check.path("exp_alerts").isEmpty()) {
                    firing.add(check.path("alertname").asText());
                }
            }
        }
        return firing;
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
