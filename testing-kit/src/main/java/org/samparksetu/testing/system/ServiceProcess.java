package org.samparksetu.testing.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * One packaged service run as its own JVM, as in production, with its log in target/e2e-logs: {@code <name>.log}, or
 * {@code <name>-<n>.log} for the n-th instance of a service run several times.
 */
public final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public final String name;
    public final int port;
    public final String database;
    /** Which instance of the service this is, from 1; every instance shares the service's database and consumer group. */
    public final int instance;
    /** The table's {@code jvm} line (as deploy/up starts the service) unless {@code -Dservice.jvm} says otherwise. */
    private final List<String> jvmOptions;
    private Process process;
    private long startedAt;
    /** Where and how the service first started, so a test can restart it the same way with a setting changed. */
    private Path root;
    private Map<String, String> firstConfig;
    /** Where the running process logs, so that a kill keeps the log of the life it ended. */
    private Path logFile;
    private int kills;
    /** From process start until its readiness check first answered UP. */
    public Duration startupTime;

    public ServiceProcess(String name, int port, String database, List<String> jvmOptions) {
        this(name, 1, port, database, jvmOptions);
    }

    public ServiceProcess(String name, int instance, int port, String database, List<String> jvmOptions) {
        if (instance < 1) {
            throw new IllegalArgumentException("instances count from 1: " + instance);
        }
        this.name = name;
        this.instance = instance;
        this.port = port;
        this.database = database;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** The name its log and pid files carry: the service's for the first instance (as ever), {@code name-n} after. */
    public String label() {
        return instance == 1 ? name : name + "-" + instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Stops the service and starts it again as it first started, with {@code overrides} on top (none: exactly as
     * first started), logging to {@code logs}. For a test that needs a setting the whole system does not share.
     */
    public void restart(Path logs, Map<String, String> overrides) throws IOException {
        if (firstConfig == null) {
            throw new IllegalStateException(name + " was never started");
        }
        Map<String, String> config = new java.util.HashMap<>(firstConfig);
        config.putAll(overrides);
        stop();
        start(root, logs, config);
    }

    public void start(Path root, Path logs, Map<String, String> config) throws IOException {
        if (firstConfig == null) {
            this.root = root;
            this.firstConfig = Map.copyOf(config);
        }
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw install -DskipTests)");
        }
        // deploy/up's options (small heap, quick start-up); a benchmark may try others with -Dservice.jvm="...".
        List<String> cmd = new ArrayList<>();
        cmd.add("java");
        String override = System.getProperty("service.jvm", "");
        cmd.addAll(override.isBlank() ? jvmOptions : List.of(override.trim().split("\\s+")));
        // deploy/up and the benchmarks build an AppCDS archive; it only matches a jar started from its own directory
        // by its relative name. Without one (the test build) the jar starts as before.
        Path app = jar.getParent();
        if (Files.isRegularFile(app.resolve("app-cds.jsa"))) {
            cmd.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        config.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-Dquarkus.http.port=" + port);
        cmd.add("-jar");
        cmd.add("quarkus-run.jar");
        Files.createDirectories(logs);
        Path pidFile = logs.resolve(label() + ".pid");
        stopLeftover(pidFile);
        startedAt = System.nanoTime();
        logFile = logs.resolve(label() + ".log");
        process = new ProcessBuilder(cmd)
                .directory(app.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        Files.writeString(pidFile, Long.toString(process.pid()));
    }

    /**
     * A service a previous run left behind (its JVM was killed before it could stop it) would share this run's
     * databases and compete for their rows: it is stopped first.
     */
    private static void stopLeftover(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(h -> h.info().commandLine().map(c -> c.contains("quarkus-run.jar")).orElse(false))
                .ifPresent(h -> {
                    h.destroyForcibly();
                    h.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> null).join();
                });
    }

    /**
     * Kills the service as {@code kill -9} does (SIGKILL: no shutdown hook, no graceful close of connections or
     * transactions) and waits until it is gone, so that its port and database connections are free for a restart.
     * Its log is kept beside the next one as {@code <name>.killed-<n>.log}.
     */
    public void kill() throws IOException {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") outlived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        kills++;
        if (logFile != null && Files.isRegularFile(logFile)) {
            Files.move(logFile, logFile.resolveSibling(label() + ".killed-" + kills + ".log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether the process runs (it may not be ready yet). */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Asks the service to stop without waiting, so that several stop side by side. */
    public void signalStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    public void awaitReady(Duration atMost) {
        await(label() + " ready at " + baseUrl()).atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(label() + " exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                var r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200 && startupTime == null) {
                    startupTime = Duration.ofNanos(System.nanoTime() - startedAt);
                }
                return r.statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** The operating system's process id, for footprint measurements. */
    public long pid() {
        return process.pid();
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    // Until it is gone it still holds its port and database connections: the next start needs both.
                    process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
