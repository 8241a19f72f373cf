package org.samparksetu.console.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what the ops page shows from a service's {@code /q/metrics} (the Prometheus text format, version 0.0.4):
 * the outbox's backlog, oldest unpublished age and rows set aside, and the state of each Sampark portal circuit
 * breaker (0 closed, 1 half-open, 2 open). The alert rules in deploy/prometheus/alerts.yml watch the same series.
 * A line that is not a sample is skipped rather than failing the page: one odd line must not hide the rest.
 */
public final class MetricsTextRule {
    static final String BACKLOG = "sampark_outbox_backlog";
    static final String OLDEST_AGE = "sampark_outbox_oldest_age_seconds";
    static final String SET_ASIDE = "sampark_outbox_set_aside";
    static final String BREAKER = "sampark_portal_circuit_state";
    static final String BREAKER_LABEL = "breaker";

    private MetricsTextRule() {
    }

    /** One sample line: metric name, labels, value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    public enum BreakerState { CLOSED, HALF_OPEN, OPEN, UNKNOWN }

    /**
     * What the page shows of one service instance. A series the service does not export is null (a service without
     * an outbox, or the bridge's breakers only on the bridge).
     */
    public record OutboxAndBreakers(Double backlog, Double oldestAgeSeconds, Double setAside,
                                    Map<String, BreakerState> breakers) {
    }

    public static OutboxAndBreakers read(String text) {
        Double backlog = null;
        Double oldest = null;
        Double setAside = null;
        Map<String, BreakerState> breakers = new TreeMap<>();
        for (Sample s : samples(text)) {
            switch (s.name()) {
                case BACKLOG -> backlog = max(backlog, s.value());
                case OLDEST_AGE -> oldest = max(oldest, s.value());
                case SET_ASIDE -> setAside = max(setAside, s.value());
                case BREAKER -> breakers.put(s.labels().getOrDefault(BREAKER_LABEL, ""), breaker(s.value()));
                default -> {
                }
            }
        }
        return new OutboxAndBreakers(backlog, oldest, setAside, breakers);
    }

    static BreakerState breaker(double value) {
        if (value == 0) {
            return BreakerState.CLOSED;
        }
        if (value == 1) {
            return BreakerState.HALF_OPEN;
        }
        if (value == 2) {
            return BreakerState.OPEN;
        }
        return BreakerState.UNKNOWN;
    }

    /** A series exported twice (e.g. with different tags) counts with its worst value. */
    private static Double max(Double current, double value) {
        if (Double.isNaN(value)) {
            return current;
        }
        return current == null ? value : Math.max(current, value);
    }

    /** Every sample line of the text; comments, blank and unreadable lines are skipped. */
    public static List<Sample> samples(String text) {
        List<Sample> samples = new ArrayList<>();
        if (text == null) {
            return samples;
        }
        for (String line : text.split("\n")) {
            Sample s = sample(line.strip());
            if (s != null) {
                samples.add(s);
            }
        }
        return samples;
    }

    static Sample sample(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        int i = 0;
        while (i < line.length() && isNameChar(line.charAt(i), i == 0)) {
            i++;
        }
        if (i == 0) {
            return null;
        }
        String name = line.substring(0, i);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i = labels(line, i + 1, labels);
            if (i < 0) {
                return null;
            }
        }
        String[] rest = line.substring(i).strip().split("\\s+");
        if (rest.length == 0 || rest[0].isEmpty()) {
            return null;
        }
        Double value = value(rest[0]);
        return value == null ? null : new Sample(name, labels, value);
    }

    /** Reads {@code a="x",b="y"}} from just after the brace; returns the index after the closing brace, or -1. */
    private static int labels(String line, int i, Map<String, String> labels) {
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '}') {
                return i + 1;
            }
            if (c == ',' || c == ' ') {
                i++;
                continue;
            }
            int eq = line.indexOf('=', i);
            if (eq < 0 || eq + 1 >= line.length() || line.charAt(eq + 1) != '"') {
                return -1;
            }
            String key = line.substring(i, eq).strip();
            StringBuilder value = new StringBuilder();
            int j = eq + 2;
            boolean closed = false;
            while (j < line.length()) {
                char v = line.charAt(j);
                if (v == '\\' && j + 1 < line.length()) {
                    char e = line.charAt(j + 1);
                    value.append(e == 'n' ? '\n' : e);
                    j += 2;
                } else if (v == '"') {
                    closed = true;
                    j++;
                    break;
                } else {
                    value.append(v);
                    j++;
                }
            }
            if (!closed) {
                return -1;
            }
            labels.put(key, value.toString());
            i = j;
        }
        return -1;
    }

    private static Double value(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || c == ':' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
    }
}
