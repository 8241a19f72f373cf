package org.samparksetu.e2e;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A packaged service runs in production mode, where its own configuration holds no secret: given everything but one
 * of them, it refuses to start and says which, rather than falling back to the simulators' values that anyone can
 * read in the source. Each row starts the service's jar as deploy/up and Kubernetes do, with the simulators'
 * secrets ({@link Infrastructure#serviceProcessConfig}) minus the one under test, and no secret in its environment.
 * (Without the owner's password Flyway falls back to the app role, which may not change the schema, and the service
 * stops there, before the check of its secrets that would name it: MissingSecretsRuleTest covers that naming.)
 */
@Execution(ExecutionMode.SAME_THREAD) // one JVM at a time beside the journeys, not six
class ProductionRefusesMissingSecretsIT {
    private static final Path ROOT = Infrastructure.repositoryRoot();

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
            "intake-service,       whatsapp.app-secret",
            "intake-service,       whatsapp.verify-token",
            "intake-service,       whatsapp.access-token",
            "intake-service,       open311.api-keys",
            "intake-service,       quarkus.datasource.password",
            "notification-service, whatsapp.access-token",
            "sampark-bridge,       sampark.portal.api-key",
            "routing-service,      quarkus.datasource.password",
            "verification-service, sampark.verification.sample-secret",
    })
    void refusesToStartAndNamesTheMissingSecret(String service, String secret) throws Exception {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("the packaged service").isRegularFile();

        // a real database, so that the service gets as far as the secret however late it reads it
                String database = Infrastructure.databaseName("secrets_" + Integer.toHexString((service + secret).hashCode()));
        Infrastructure.freshDatabase(database);
        Map<String, String> config = new HashMap<>(Infrastructure.serviceProcessConfig(database, "secrets."));
        config.put("sampark.verification.sample-secret", "a-district-secret-long-enough");
        config.remove(secret);
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(ServiceTable.read(ROOT).jvmOptions());
        config.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-Dquarkus.http.port=0");
        cmd.addAll(List.of("-jar", jar.toString()));

        Path log = Files.createTempFile("secrets-" + service, ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        // nothing from this machine's environment may stand in for the missing value (deploy/lib.sh exports some)
        pb.environment().keySet().removeIf(k -> k.startsWith("WHATSAPP_") || k.startsWith("SAMPARK_")
                || k.startsWith("OPEN311_") || k.startsWith("QUARKUS_"));
        Process process = pb.start();
        try {
            boolean exited = process.waitFor(3, TimeUnit.MINUTES);
            String output = read(log);
            assertThat(exited).as("the service should refuse to start; it is still running:%n%s", tail(output)).isTrue();
            assertThat(process.exitValue()).as("exit status").isNotZero();
            assertThat(output).as("what the service said").contains(secret);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }
}
