package org.samparksetu.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given the lines of deploy/services.txt, when the kit reads them, then it gets the services and their JVM options. */
class ServiceTableTest {
    private static final String JVM = "jvm -Xms64m -Xmx256m -XX:+UseSerialGC";

    @Test
    void readsTheJvmLineAndTheServicesInOrderSkippingCommentsAndBlankLines() {
        ServiceTable table = ServiceTable.parse(List.of(
                "# the services",
                JVM,
                "",
                "  # an indented comment",
                "intake-service   8081  intake          org.samparksetu.intake",
                "\tsampark-bridge\t8083\tsampark_bridge\torg.samparksetu.bridge  "), "services.txt");

        assertThat(table.jvmOptions()).containsExactly("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC");
        assertThat(table.services()).containsExactly(
                new ServiceTable.Service("intake-service", 8081, "intake", "org.samparksetu.intake"),
                new ServiceTable.Service("sampark-bridge", 8083, "sampark_bridge", "org.samparksetu.bridge"));
        assertThat(table.names()).containsExactly("intake-service", "sampark-bridge");
        assertThat(table.service("sampark-bridge").database()).isEqualTo("sampark_bridge");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # given a line                                              | then the error says
            a column missing: intake-service 8081 intake                | expected 'name port database package'
            a trailing comment: routing-service 8082 routing org.x # x  | expected 'name port database package'
            a port that is a name: routing-service http routing org.x   | expected 'name port database package'
            a port beyond the range: routing-service 99999 routing org.x | port 99999 is not between 1 and 65535
            a database with a dash: sampark-bridge 8083 sampark-bridge org.x | expected 'name port database package'
            a service twice: intake-service 8090 intake2 org.x           | service intake-service is listed twice
            a port twice: routing-service 8081 routing org.x            | port 8081 is given to two services
            a second jvm line: jvm -Xmx1g                               | a second 'jvm' line
            """)
    void refusesALineItCannotReadNamingTheLine(String given, String error) {
        String line = given.substring(given.indexOf(": ") + 2);
        assertThatThrownBy(() -> ServiceTable.parse(List.of(JVM, "intake-service 8081 intake org.samparksetu.intake", line),
                "services.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("services.txt line 3: ")
                .hasMessageContaining(error);
    }

    @Test
    void refusesATableWithoutJvmOptionsOrWithoutServices() {
        assertThatThrownBy(() -> ServiceTable.parse(List.of("intake-service 8081 intake org.samparksetu.intake"), "f"))
                .hasMessageContaining("needs a 'jvm' line");
        assertThatThrownBy(() -> ServiceTable.parse(List.of("jvm", "intake-service 8081 intake org.samparksetu.intake"), "f"))
                .hasMessageContaining("needs a 'jvm' line");
        assertThatThrownBy(() -> ServiceTable.parse(List.of(JVM, "# nothing yet"), "f"))
                .hasMessageContaining("at least one service");
    }

    @Test
    void anUnknownServiceIsRefusedNamingTheOnesThereAre() {
        ServiceTable table = ServiceTable.parse(List.of(JVM, "intake-service 8081 intake org.samparksetu.intake"), "f");
        assertThatThrownBy(() -> table.service("billing-service"))
                .hasMessageContaining("no service billing-service").hasMessageContaining("[intake-service]");
    }

    @Test
    void theRepositoryTableHasTheFiveServicesWithTheirPackagesAndDatabases() {
        ServiceTable table = ServiceTable.ofRepository();
        assertThat(table.names()).containsExactly(
                "intake-service", "routing-service", "sampark-bridge", "verification-service", "notification-service");
        assertThat(table.services()).allSatisfy(s -> {
            assertThat(s.basePackage()).startsWith("org.samparksetu.");
            // each service is a module of the build, with the package the table gives it
            Path sources = Infrastructure.repositoryRoot().resolve(s.name()).resolve("src/main/java")
                    .resolve(s.basePackage().replace('.', '/'));
            assertThat(sources).as("%s's base package", s.name()).isDirectory();
        });
        assertThat(table.jvmOptions()).isNotEmpty().allSatisfy(o -> assertThat(o).startsWith("-"));
    }

    /** deploy/up and the bench scripts read the file in bash: they must see the same services and options. */
    @Test
    void bashReadsTheRepositoryTableAsTheKitDoes() throws Exception {
        Path root = Infrastructure.repositoryRoot();
        List<String> bash = run(root, "source deploy/lib.sh && source deploy/services.sh"
                + " && printf 'jvm %s\\n' \"${SERVICE_JVM[*]}\" && printf '%s\\n' \"${SERVICE_TABLE[@]}\""
                + " && service_port sampark-bridge");

        ServiceTable table = ServiceTable.ofRepository();
        List<String> expected = new ArrayList<>();
        expected.add("jvm " + String.join(" ", table.jvmOptions()));
        table.services().forEach(s -> expected.add(s.name() + " " + s.port() + " " + s.database() + " " + s.basePackage()));
        expected.add(Integer.toString(table.service("sampark-bridge").port()));
        assertThat(bash).containsExactlyElementsOf(expected);
    }

    private static List<String> run(Path dir, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
        assertThat(p.exitValue()).as("bash exit status; output: %s", out).isZero();
        return out.lines().toList();
    }
}
