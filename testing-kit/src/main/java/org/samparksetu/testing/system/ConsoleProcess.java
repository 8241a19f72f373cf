package org.samparksetu.testing.system;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The packaged console ({@code console/target/quarkus-app}) started as its own process, as deploy/up starts it, with
 * the given system properties and environment (its cookie secret and the services' ops password).
 */
public final class ConsoleProcess implements AutoCloseable {
    private final Process process;
    public final int port;

    public ConsoleProcess(Path module, int port, Map<String, String> properties, Map<String, String> environment,
                   Path log) throws IOException {
        this.port = port;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Dquarkus.http.port=" + port));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add("quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(command).directory(module.resolve("target/quarkus-app").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        await("the console ready on " + port + " (log " + log + ")").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the console exited; see " + log);
                    }
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public static boolean packaged(Path module) {
        return new File(module.resolve("target/quarkus-app/quarkus-run.jar").toString()).isFile();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
