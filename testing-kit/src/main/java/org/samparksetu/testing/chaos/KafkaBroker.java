package org.samparksetu.testing.chaos;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A single-node KRaft broker of the run's own, configured as {@code deploy/kafka} configures the developer's, on
 * ports and a data folder of its own, so that killing it ({@code kill -9}) harms only the run that owns it and not
 * the other builds and tests that share the developer's broker. Restarted on the same data folder, it recovers its
 * logs as a crashed broker does.
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path dir;
    private final String classpath;
    public final int port;
    private final int controllerPort;
    private Process process;
    private int lives;

    private KafkaBroker(Path dir, String classpath, int port, int controllerPort) {
        this.dir = dir;
        this.classpath = classpath;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Formats {@code dir} (emptied first) and starts the broker.
     *
     * @param classpathFile the broker's classpath, as {@code deploy/lib.sh}'s {@code kafka_classpath} writes it
     */
    public static KafkaBroker start(Path dir, Path classpathFile, int port, int controllerPort) throws IOException {
        String cp = Files.readString(classpathFile).trim();
        if (cp.isEmpty()) {
            throw new IllegalStateException(classpathFile + " is empty: run deploy/kafka once to resolve the broker's jars");
        }
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("logs"));
        KafkaBroker broker = new KafkaBroker(dir, cp, port, controllerPort);
        broker.writeConfig();
        broker.format();
        broker.launch();
        broker.awaitUp(Duration.ofMinutes(3));
        return broker;
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    private void writeConfig() throws IOException {
        Files.writeString(dir.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "delete.topic.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") );
        Files.writeString(dir.resolve("log4j2.properties"), String.join("\n",
                "status = error",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = " + dir.resolve("logs/server.log"),
                "appender.file.append = true",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = file",
                ""));
    }

    private void format() throws IOException {
        List<String> cmd = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", dir.resolve("server.properties").toString(), "--ignore-formatted");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/format.log").toFile()).start();
        try {
            if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("formatting the broker's storage failed; see " + dir.resolve("logs/format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch() throws IOException {
        lives++;
        List<String> cmd = new ArrayList<>(List.of("java", "-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"), "-cp", classpath,
                "kafka.Kafka", dir.resolve("server.properties").toString()));
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/stdout-" + lives + ".log").toFile()).start();
    }

    private List<String> java(String main, String... args) {
        List<String> cmd = new ArrayList<>(List.of("java", "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-cp", classpath, main));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Waits until the broker listens and answers a metadata request. */
    public void awaitUp(Duration atMost) {
        await("Kafka broker on " + bootstrap()).atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + dir.resolve("logs"));
            }
            if (!listening()) {
                return false;
            }
            try (Admin admin = admin()) {
                return !admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        return Admin.create(p);
    }

    /** SIGKILL, as {@code kill -9}: nothing flushed, no controlled shutdown. Returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the broker outlived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the broker again on its data folder and waits until it answers. */
    public void restart(Duration atMost) throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException("the broker still runs");
        }
        launch();
        awaitUp(atMost);
    }

    /** The broker killed with {@code kill -9}, restarted when the fault ends. */
    public Fault crash(Duration readyWithin) {
        return new Fault() {
            @Override
            public String name() {
                return "kill -9 the Kafka broker";
            }

            @Override
            public void begin() {
                kill();
            }

            @Override
            public void end() throws IOException {
                restart(readyWithin);
            }
        };
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
