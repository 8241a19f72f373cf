import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.simulators.SimulatorSettings;
import org.samparksetu.simulators.Simulators;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.TestEvents;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark (bench/notification/drain.sh runs it): the packaged notification service as its own process, the
 * WhatsApp simulator in this JVM. N citizens each file a complaint (N acknowledgements, the warm-up), then N
 * status changes (complaint.registered) are queued at once. Measured: how fast the N messages drain at the
 * simulator against the configured business rate, the largest number accepted in any one second, and that
 * none is lost or doubled (every citizen has exactly two messages; every row SENT).
 *
 *   java -cp <harness classpath>:<simulators jar> NotificationDrain.java <root> <count> <rate> <logdir>
 */
public class NotificationDrain {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        Path logs = Path.of(args[3]);
        Files.createDirectories(logs);

        Infrastructure.ensureKafka();
        String prefix = Infrastructure.newTopicPrefix("bench-notification");
        Infrastructure.createTopics(prefix);
        String db = "bench_notification";
        Infrastructure.freshDatabase(db);
        Simulators sims = Simulators.start(SimulatorSettings.defaults().withPort(0));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-jar",
                root.resolve("notification-service/target/quarkus-app/quarkus-run.jar").toString()));
        cmd.add(1, "-Dquarkus.http.port=" + port);
        cmd.add(1, "-Dquarkus.log.level=WARN");
        cmd.add(1, "-Dwhatsapp.graph-base-url=" + sims.baseUrl());
        cmd.add(1, "-Dnotification.throughput.business-rate=" + rate);
        // distinct citizens: the per-citizen limit is not what is measured here
        cmd.add(1, "-Dnotification.delivery.batch-size=" + Math.max(50, rate));
        cmd.add(1, "-Dnotification.delivery.concurrency=" + Math.max(4, Math.min(32, rate / 20)));
        Infrastructure.serviceProcessConfig(db, prefix).forEach((k, v) -> cmd.add(1, "-D" + k + "=" + v));
        Process service = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve("bench-notification.log").toFile()).start();
        try {
            awaitReady(port, service);
            List<String> citizens = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                citizens.add(String.format("9198%08d", i));
            }
            // warm-up: every citizen files a complaint and gets the acknowledgement
            for (int i = 0; i < count; i++) {
                String id = String.format("JAL-2026-%06d", i + 1);
                TestEvents.publish(prefix, EventType.COMPLAINT_RECEIVED, id, new ComplaintReceived(id, citizens.get(i),
                        "WHATSAPP", "hi", "bench", null, List.of(), null, Instant.now()));
            }
            long warm = System.nanoTime();
            awaitTotal(sims, citizens, count, Duration.ofSeconds(60L + 4L * count / rate));
            double warmSecs = (System.nanoTime() - warm) / 1e9;

            // the measured part: N status changes queued at once
            for (int i = 0; i < count; i++) {
                String id = String.format("JAL-2026-%06d", i + 1);
                TestEvents.publish(prefix, EventType.COMPLAINT_REGISTERED, id,
                        new ComplaintRegistered(id, "PHED", String.format("2026112%09d", i), "API", Instant.now()));
            }
            long queued = System.nanoTime();
            List<long[]> samples = new ArrayList<>(); // {nanos, total}
            int target = 2 * count;
            long deadline = queued + Duration.ofSeconds(120L + 4L * count / rate).toNanos();
            int total;
            do {
                total = total(sims, citizens);
                samples.add(new long[]{System.nanoTime(), total});
                Thread.sleep(100);
            } while (total < target && System.nanoTime() < deadline);
            long first = samples.stream().filter(s -> s[1] > count).mapToLong(s -> s[0]).findFirst().orElse(queued);
            long last = samples.get(samples.size() - 1)[0];
            int maxPerSecond = 0;
            for (int i = 0; i < samples.size(); i++) {
                for (int j = i; j < samples.size() && samples.get(j)[0] - samples.get(i)[0] <= 1_000_000_000L; j++) {
                    maxPerSecond = (int) Math.max(maxPerSecond, samples.get(j)[1] - samples.get(i)[1]);
                }
            }
            int exactlyTwo = 0;
            for (String c : citizens) {
                if (sims.whatsapp().messagesTo(c).size() == 2) {
                    exactlyTwo++;
                }
            }
            long sentRows;
            try (var c = DriverManager.getConnection(Infrastructure.jdbcUrl(db), Infrastructure.PG_USER, "");
                 var rs = c.createStatement().executeQuery("select count(*) from outgoing_message where state = 'SENT'")) {
                rs.next();
                sentRows = rs.getLong(1);
            }
            double secs = (last - first) / 1e9;
            System.out.printf("{\"measure\":\"notification-drain\",\"count\":%d,\"configured_rate\":%d,\"warmup_seconds\":%.1f,"
                            + "\"drain_seconds\":%.1f,\"messages_per_second\":%.1f,\"max_in_any_second\":%d,"
                            + "\"delivered\":%d,\"citizens_with_exactly_two\":%d,\"sent_rows\":%d,\"lost\":%d}%n",
                    count, rate, warmSecs, secs, count / Math.max(secs, 0.001), maxPerSecond, total - count, exactlyTwo,
                    sentRows, target - total);
        } finally {
            service.destroy();
            service.waitFor();
            sims.stop();
            Infrastructure.deleteTopics(prefix);
        }
    }

    private static int total(Simulators sims, List<String> citizens) {
        int n = 0;
        for (String c : citizens) {
            n += sims.whatsapp().messagesTo(c).size();
        }
        return n;
    }

    private static void awaitTotal(Simulators sims, List<String> citizens, int target, Duration atMost) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (total(sims, citizens) < target) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("only " + total(sims, citizens) + " of " + target + " messages arrived");
            }
            Thread.sleep(200);
        }
    }

    private static void awaitReady(int port, Process p) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new IllegalStateException("notification-service exited with " + p.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("notification-service not ready in 3 minutes");
    }
}
