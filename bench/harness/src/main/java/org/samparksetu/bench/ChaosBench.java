package org.samparksetu.bench;

import org.samparksetu.testing.chaos.ChaosLoad;
import org.samparksetu.testing.chaos.ChaosSchedule;
import org.samparksetu.testing.chaos.ChaosTally;
import org.samparksetu.testing.chaos.DatabaseRefusal;
import org.samparksetu.testing.chaos.GraphApiOutage;
import org.samparksetu.testing.chaos.KafkaBroker;
import org.samparksetu.testing.chaos.PortalOutage;
import org.samparksetu.testing.chaos.ServiceCrash;
import org.samparksetu.testing.system.Ports;
import org.samparksetu.testing.system.ServiceProcess;
import org.samparksetu.testing.system.SystemUnderTest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chaos under a bounded load: N complaints, each through its whole life (received, registered on Sampark, reported
 * fixed by the department, "fixed" from the citizen, closed), sent in turn with the faults (each fault's share as the one before it ends) while, in turn, each service is killed with
 * {@code kill -9} and restarted, the broker is killed with {@code kill -9} and restarted, PostgreSQL refuses one
 * service's connections, the Sampark portal is down and WhatsApp's Graph API fails every send. Then it waits for the
 * backlog to drain (every complaint closed, every citizen message sent, every outbox published) and counts complaints acknowledged, registered, closed and lost, doubled Sampark registrations and
 * doubled citizen messages, and the time from the end of the last fault until drained.
 * <p>
 * The run has a broker of its own (own ports and data folder, {@link KafkaBroker}): the developer's broker on
 * 9092 is shared by every build and test on the machine, and killing it would break them, not this run.
 * <pre>
 * java -cp ... org.samparksetu.bench.ChaosBench --broker-classpath .local/kafka/classpath.txt
 *      [--n 40] [--down 5] [--db-refusal 30] [--refuse verification-service] [--outage 60] [--gap 15]
 *      [--drain-limit 300] [--seed 11] [--config key=value,...]
 * </pre>
 * The last line printed is exactly {@code lost=<n> doubled_registrations=<n> doubled_messages=<n> drain_s=<seconds>}.
 */
public final class ChaosBench {
    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        int n = Integer.parseInt(a.get("n", "40"));
        Duration down = Duration.ofSeconds(Long.parseLong(a.get("down", "5")));
        Duration refusal = Duration.ofSeconds(Long.parseLong(a.get("db-refusal", "30")));
        String refused = a.get("refuse", "verification-service");
        Duration outage = Duration.ofSeconds(Long.parseLong(a.get("outage", "60")));
        Duration gap = Duration.ofSeconds(Long.parseLong(a.get("gap", "15")));
        Duration drainLimit = Duration.ofSeconds(Long.parseLong(a.get("drain-limit", "300")));
        long seed = Long.parseLong(a.get("seed", "11"));
        Path root = Path.of(System.getProperty("e2e.root", ".")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("e2e.logs", "target/benchchaos-logs")).toAbsolutePath();
        Path classpath = Path.of(a.get("broker-classpath", root.resolve(".local/kafka/classpath.txt").toString()));

        Map<String, String> config = new HashMap<>(SystemUnderTest.TEST_CONVERSATION);
        for (String kv : a.get("config", "").split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                config.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
        }

        // The run's own broker, before anything reads the broker's address (testing-kit's Infrastructure reads it once).
        KafkaBroker broker = KafkaBroker.start(logs.resolve("kafka"), classpath, Ports.free(), Ports.free());
        System.setProperty("test.kafka", broker.bootstrap());

        System.out.printf(Locale.ROOT, "{\"measure\":\"config\",\"n\":%d,\"down_s\":%d,\"db_refusal_s\":%d,\"refused\":\"%s\","
                        + "\"outage_s\":%d,\"gap_s\":%d,\"drain_limit_s\":%d,\"seed\":%d,\"broker\":\"%s\",\"overrides\":\"%s\"}%n",
                n, down.toSeconds(), refusal.toSeconds(), refused, outage.toSeconds(), gap.toSeconds(),
                drainLimit.toSeconds(), seed, broker.bootstrap(), new TreeMap<>(config));

        int status;
        try (broker; SystemUnderTest system = SystemUnderTest.start("benchchaos", config, true)) {
            Duration ready = Duration.ofMinutes(5);
            List<ChaosSchedule.Window> windows = new ArrayList<>();
            for (ServiceProcess s : system.services.values()) {
                windows.add(new ChaosSchedule.Window(new ServiceCrash(List.of(s), logs, ready), down));
            }
            windows.add(new ChaosSchedule.Window(broker.crash(ready), down));
            windows.add(new ChaosSchedule.Window(new DatabaseRefusal(system.service(refused).database), refusal));
            windows.add(new ChaosSchedule.Window(new PortalOutage(system.simulators.sampark()), outage));
            windows.add(new ChaosSchedule.Window(new GraphApiOutage(system.simulatorUrl()), outage));
            long firstNumber = 917_600_000_000L + (System.currentTimeMillis() / 1000 % 10_000) * 100;
            try (ChaosLoad load = new ChaosLoad(system, ChaosLoad.villages(root, n, seed, Set.of()), firstNumber,
                    Long.toString(System.currentTimeMillis(), 36))) {
                long start = System.currentTimeMillis();
                ChaosSchedule schedule = new ChaosSchedule(windows, gap);
                boolean scheduleStarted = false;
                while (true) {
                    long now = System.currentTimeMillis();
                    // complaints come in turn with the faults: each fault's share is sent as the one before it ends
                    // (the first share at once), so every fault meets work in flight and nothing new arrives after
                    // the last one begins (the drain is the backlog's, not a late complaint's ordinary journey)
                    int faultsBegun = schedule.happened().size() + 1;
                    int due = (int) Math.ceil((double) n * faultsBegun / windows.size());
                    while (load.begun() < due && load.sendNext()) {
                        // the next citizen complains
                    }
                    if (!scheduleStarted) {
                        schedule.start();
                        scheduleStarted = true;
                    }
                    load.step();
                    if (schedule.done() && load.allSent() && (load.drained()
                            || now - schedule.lastFaultEnded().toEpochMilli() > drainLimit.toMillis())) {
                        break;
                    }
                    Thread.sleep(1000); // the pace of citizens and offices, not a wait for the system
                }
                schedule.happened().forEach(h -> System.out.println(h.json()));
                ChaosTally tally = load.tally(schedule.lastFaultEnded());
                System.out.printf(Locale.ROOT, "{\"measure\":\"run\",\"seconds\":%d}%n",
                        (System.currentTimeMillis() - start) / 1000);
                System.out.println(tally.json());
                System.out.println(tally.lastLine());
                status = schedule.failures().isEmpty() ? 0 : 3;
            }
        }
        System.exit(status);
    }
}
