package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.simulators.SimulatorSettings;
import org.samparksetu.simulators.Simulators;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceTable;
import org.samparksetu.testing.TestEvents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly once across a crash. The packaged notification service runs as its own process and dies like kill -9
 * (a test-only setting halts the JVM right after the Graph API accepted a message, before the result is
 * recorded). The WhatsApp simulator sends status webhooks for accepted messages to the real intake service,
 * which relays them as whatsapp.status with our key (biz_opaque_callback_data). After a restart the service must
 * take those statuses as proof the message went out, send everything that did not, and send nothing twice.
 */
// Not @Isolated: the services it kills and restarts are its own processes, on databases, topics and simulators of its
// own, and every wait is on what the services did, never on a clock, so the journeys on the shared system run beside it.
class NotificationCrashIT {
    private static final Pattern HALTED = Pattern.compile("halting after accepted send \\d+ \\(message ([0-9a-f-]{36})\\)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int CITIZENS = 6;

    private static Path root;
    private static Path logs;
    private static String prefix;
    private static Simulators sims;
    private static final List<Process> processes = new ArrayList<>();
    private static int intakePort;

    @BeforeAll
    static void infrastructure() throws IOException {
        root = Path.of(System.getProperty("e2e.root", "..")).toAbsolutePath().normalize();
        logs = Path.of(System.getProperty("e2e.logs", "target/e2e-logs"));
        Files.createDirectories(logs);
        Infrastructure.ensureKafka();
        prefix = Infrastructure.newTopicPrefix("crash");
        Infrastructure.createTopics(prefix);
        Infrastructure.freshDatabase("crash_intake");
        Infrastructure.freshDatabase("crash_notification");
        intakePort = freePort();
        sims = Simulators.start(SimulatorSettings.defaults().withPort(0)
                .withIntakeWebhookUrl("http://127.0.0.1:" + intakePort + "/webhooks/whatsapp"));
        sims.whatsapp().setStatusWebhooks(true);
    }

    @AfterAll
    static void stop() {
        for (Process p : processes) {
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (sims != null) {
            sims.stop();
        }
        if (prefix != null) {
            Infrastructure.deleteTopics(prefix);
        }
    }

    private static Process start(String service, String database, int port, String logName, Map<String, String> extra) throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first");
        }
        Map<String, String> config = new HashMap<>(Infrastructure.serviceProcessConfig(service, database, prefix));
        config.put("whatsapp.graph-base-url", sims.baseUrl());
        config.put("sampark.portal.base-url", sims.baseUrl());
        config.put("sampark.outbox.poll-interval", "250ms");
        config.putAll(extra);
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(ServiceTable.read(root).jvmOptions());
        config.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-Dquarkus.http.port=" + port);
        cmd.add("-jar");
        cmd.add(jar.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve(logName).toFile()).start();
        processes.add(p);
        return p;
    }

    private static void awaitReady(Process p, int port, String name) {
        await(name + " ready").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!p.isAlive()) {
                throw new IllegalStateException(name + " exited with " + p.exitValue() + "; see target/e2e-logs");
            }
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private static Map<String, String> notificationConfig() {
        // short lease and reconciliation window, so a resend (if the code were wrong) would show within the test
        return Map.of("notification.delivery.claim-lease", "20s",
                "notification.delivery.reconcile-wait", "20s",
                "notification.delivery.retry-base", "500ms");
    }

    @Test
    void killedBetweenSendingAndRecordingTheServiceNeverSendsAMessageTwice() throws Exception {
        Process intake = start("intake-service", "crash_intake", intakePort, "crash-intake.log", Map.of());
        int notificationPort = freePort();
        Map<String, String> crashing = new HashMap<>(notificationConfig());
        crashing.put("notification.delivery.halt-after-accepted-sends", "3");
        Process first = start("notification-service", "crash_notification", notificationPort, "crash-notification-1.log", crashing);
        awaitReady(intake, intakePort, "intake-service");
        awaitReady(first, notificationPort, "notification-service");

        List<String> citizens = new ArrayList<>();
        List<String> complaints = new ArrayList<>();
        for (int i = 0; i < CITIZENS; i++) {
            citizens.add("91981234" + String.format("%04d", 7000 + i));
            complaints.add(String.format("JAL-2026-%06d", 907000 + i));
        }
        // three lifecycle events per citizen, all at once: eighteen messages to send
        for (int i = 0; i < CITIZENS; i++) {
            String id = complaints.get(i);
            TestEvents.publish(prefix, EventType.COMPLAINT_RECEIVED, id, new ComplaintReceived(id, citizens.get(i), "WHATSAPP", "hi",
                    "पानी नहीं आ रहा", null, List.of(), null, Instant.now()));
            TestEvents.publish(prefix, EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED",
                    String.format("20261129%06d", i), "API", Instant.now()));
            TestEvents.publish(prefix, EventType.COMPLAINT_CLOSED, id, new ComplaintClosed(id, "PHED", "VERIFIED_FIXED", Instant.now()));
        }

        // the service halts itself right after the third accepted send (exit code 137, as after kill -9)
        assertThat(first.waitFor(3, TimeUnit.MINUTES)).as("the crashing run halted").isTrue();
        assertThat(first.exitValue()).isEqualTo(137);
        String firstLog = Files.readString(logs.resolve("crash-notification-1.log"));
        Matcher halted = HALTED.matcher(firstLog);
        assertThat(halted.find()).as("the halt came right after an accepted send").isTrue();
        String crashedMessage = halted.group(1);
        // WhatsApp has that message, but our database never recorded the send
        assertThat(callbackIdsAtWhatsApp(citizens)).contains(crashedMessage);
        assertThat(query("select state from outgoing_message where cast(id as text) = ?", crashedMessage))
                .containsExactly("SENDING");

        Process second = start("notification-service", "crash_notification", notificationPort, "crash-notification-2.log",
                notificationConfig());
        awaitReady(second, notificationPort, "notification-service (restarted)");

        // every message ends SENT: nothing is left in doubt that could still be sent again
        await("every message recorded as sent").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> query("select state from outgoing_message", null).stream().filter("SENT"::equals).count()
                        == 3L * CITIZENS);
        assertThat(query("select state from outgoing_message", null)).hasSize(3 * CITIZENS);

        // each citizen received each of their three messages exactly once
        for (int i = 0; i < CITIZENS; i++) {
            List<JsonNode> got = sims.whatsapp().messagesTo(citizens.get(i));
            assertThat(got).as("messages to citizen %d", i).hasSize(3);
            Set<String> keys = new HashSet<>();
            got.forEach(m -> keys.add(m.path("biz_opaque_callback_data").asText()));
            assertThat(keys).as("one send per message of citizen %d", i).hasSize(3);
            // the closure comes with rating buttons: its words are the interactive message's body
            String texts = got.stream().map(m -> m.path("text").path("body").asText() + m.path("interactive").path("body").path("text").asText())
                    .reduce("", String::concat);
            assertThat(texts).contains(complaints.get(i)).contains(String.format("20261129%06d", i)).contains("बंद");
        }
        // the crashed message was settled by its status webhook, not sent again
        assertThat(query("select cast(attempts as text) from outgoing_message where cast(id as text) = ?", crashedMessage))
                .containsExactly("1");
        String secondLog = Files.readString(logs.resolve("crash-notification-2.log"));
        assertThat(secondLog).containsPattern("message " + crashedMessage + " .*shows it went out");
    }

    private static List<String> callbackIdsAtWhatsApp(List<String> citizens) {
        List<String> ids = new ArrayList<>();
        for (String c : citizens) {
            sims.whatsapp().messagesTo(c).forEach(m -> ids.add(m.path("biz_opaque_callback_data").asText()));
        }
        return ids;
    }

    private static List<String> query(String sql, String param) throws Exception {
        try (Connection c = DriverManager.getConnection(Infrastructure.jdbcUrl("crash_notification"), Infrastructure.PG_USER, "");
             var st = c.prepareStatement(sql)) {
            if (param != null) {
                st.setString(1, param);
            }
            List<String> out = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static int freePort() {
        return org.samparksetu.testing.system.Ports.free();
    }
}
