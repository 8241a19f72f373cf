package org.samparksetu.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.samparksetu.contract.EventType;
import org.samparksetu.testing.ServiceTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's README says which topics it reads and writes, in a table under "## Topics". A newcomer trusts that
 * table, so it is held against the code: the incoming channels in {@code application.properties}, and the event types
 * the service's code hands to its outbox (plus its department fan-out and its dead-letter topic).
 */
class ReadmeTopicsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String PREFIX = "${sampark.topic-prefix:}";
    private static final Pattern INCOMING = Pattern.compile("^mp\\.messaging\\.incoming\\.[^.]+\\.(topic|topics|dead-letter-queue\\.topic)=(.+)$");
    /** {@code outbox.emit(EventType.X ...} or {@code outbox.emit(Topics.department(..), EventType.X ...}. */
    private static final Pattern EMIT = Pattern.compile("outbox\\.emit\\((Topics\\.department\\([^)]*\\),\\s*)?EventType\\.([A-Z_]+)");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(in|out)\\s*\\|\\s*`([^`]+)`\\s*\\|");
    private static final Pattern DEPARTMENT_REPORTS = Pattern.compile("department\\.[a-z-]+\\.action-reports");

    record Topics(Set<String> in, Set<String> out) {
    }

    static List<String> services() {
        return ServiceTable.read(ROOT).names();
    }

    @ParameterizedTest
    @MethodSource("services")
    void theReadmeTopicTableIsWhatTheCodeReadsAndWrites(String module) {
        Topics documented = documented(module);
        Topics coded = coded(module);
        assertThat(documented.in()).as("%s/README.md '## Topics' rows 'in' against application.properties", module)
                .containsExactlyInAnyOrderElementsOf(coded.in());
        assertThat(documented.out()).as("%s/README.md '## Topics' rows 'out' against the outbox emits and dead letters", module)
                .containsExactlyInAnyOrderElementsOf(coded.out());
    }

    static Topics documented(String module) {
        Set<String> in = new TreeSet<>();
        Set<String> out = new TreeSet<>();
        boolean inSection = false;
        for (String line : lines(ROOT.resolve(module).resolve("README.md"))) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals("## Topics");
                continue;
            }
            Matcher m = ROW.matcher(line.strip());
            if (inSection && m.find()) {
                (m.group(1).equals("in") ? in : out).add(m.group(2));
            }
        }
        assertThat(in.size() + out.size()).as("%s/README.md has a '## Topics' table with | in/out | `topic` | rows", module)
                .isPositive();
        return new Topics(in, out);
    }

    static Topics coded(String module) {
        Set<String> in = new TreeSet<>();
        Set<String> out = new TreeSet<>();
        for (String line : lines(ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            Matcher m = INCOMING.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            for (String topic : m.group(2).split(",")) {
                String name = DEPARTMENT_REPORTS.matcher(topic.strip().replace(PREFIX, ""))
                        .replaceAll("department.<code>.action-reports");
                (m.group(1).startsWith("dead-letter") ? out : in).add(name);
            }
        }
        try (Stream<Path> sources = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher m = EMIT.matcher(String.join(" ", lines(p)));
                while (m.find()) {
                    EventType type = EventType.valueOf(m.group(2));
                    out.add(m.group(1) != null || type.topic() == null ? "department.<code>.complaints" : type.topic());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Topics(in, out);
    }

    private static java.util.List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
