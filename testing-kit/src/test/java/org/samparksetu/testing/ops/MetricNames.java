package org.samparksetu.testing.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Metric names on both sides: those a PromQL expression reads, and those the services' code registers with Micrometer
 * (as Prometheus names them) or deploy/prometheus/framework-metrics.txt lists.
 */
final class MetricNames {
    static final String FRAMEWORK = "deploy/prometheus/framework-metrics.txt";

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:])[a-zA-Z_:][\\w:]*+(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "atan2", "start", "end");

    /** A Micrometer registration: {@code counter("a.b")}, {@code Gauge.builder("a.b"}, or the same with a constant. */
    private static final Pattern REGISTRATION = Pattern.compile(
            "\\b(counter|gauge|timer|summary|Counter\\.builder|FunctionCounter\\.builder|Gauge\\.builder"
                    + "|Timer\\.builder|DistributionSummary\\.builder)\\(\\s*(\"[^\"]+\"|[A-Z][A-Z0-9_]*)");
    private static final Pattern CONSTANT = Pattern.compile("\\bString\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"");

    private MetricNames() {
    }

    /** The metric names an expression reads (functions, keywords, labels and durations left out). */
    static Set<String> inExpression(String promql) {
        String s = STRINGS.matcher(promql).replaceAll(" ");
        s = s.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ");
        s = GROUPING.matcher(s).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            if (!KEYWORDS.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** The sample names the code of these modules registers, as Prometheus shows them. */
    static Set<String> registeredIn(Path root, List<String> modules) {
        Set<String> names = new TreeSet<>();
        for (String module : modules) {
            Path src = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(src)) {
                throw new IllegalStateException("no sources in " + src);
            }
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    names.addAll(registeredInSource(Files.readString(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    static Set<String> registeredInSource(String java) {
        Map<String, String> constants = new HashMap<>();
        Matcher c = CONSTANT.matcher(java);
        while (c.find()) {
            constants.put(c.group(1), c.group(2));
        }
        Set<String> names = new TreeSet<>();
        Matcher m = REGISTRATION.matcher(java);
        while (m.find()) {
            String arg = m.group(2);
            String name = arg.startsWith("\"") ? arg.substring(1, arg.length() - 1) : constants.get(arg);
            if (name == null) {
                continue; // a constant from elsewhere: not a name this scan can read
            }
            String base = name.replaceAll("[^a-zA-Z0-9_:]", "_");
            String kind = m.group(1).toLowerCase();
            if (kind.contains("counter")) {
                names.add(base.endsWith("_total") ? base : base + "_total");
            } else if (kind.contains("gauge")) {
                names.add(base);
            } else {
                String timerBase = kind.contains("timer") ? base + "_seconds" : base;
                names.addAll(List.of(timerBase + "_count", timerBase + "_sum", timerBase + "_max"));
            }
        }
        return names;
    }

    /** framework-metrics.txt: the names listed as exposed, and the ones marked {@code pending}. */
    record Listed(Set<String> exposed, Set<String> pending) {
    }

    static Listed listed(Path root) {
        Set<String> exposed = new TreeSet<>();
        Set<String> pending = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(root.resolve(FRAMEWORK))) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("pending ")) {
                    pending.add(l.substring("pending ".length()).strip());
                } else {
                    exposed.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Listed(exposed, pending);
    }
}
