package org.samparksetu.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.chaos.ChaosLoad;
import org.samparksetu.testing.chaos.ChaosSchedule;
import org.samparksetu.testing.chaos.ChaosTally;
import org.samparksetu.testing.chaos.DatabaseRefusal;
import org.samparksetu.testing.chaos.PortalOutage;
import org.samparksetu.testing.chaos.ServiceCrash;
import org.samparksetu.testing.system.SystemUnderTest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing lost and nothing twice while things break (the short version of bench/chaos.sh). Six citizens complain,
 * each from a village of their own, and every complaint is driven through its whole life (acknowledged, registered on
 * Sampark, reported fixed, "fixed" from the citizen, closed) while, in turn: routing, the bridge and notification are
 * killed together with kill -9 mid-flow and restarted; PostgreSQL refuses the bridge's connections for 10 s; the
 * Sampark portal is down for 20 s. Two complaints come before the kill, two during the refusal, two as the outage
 * begins, so each fault meets work in flight. Every complaint closes; none is registered twice; no citizen hears
 * about the same complaint for the same cause twice.
 */
// Not @Isolated: the faults hit a system of its own (services, databases, topics, simulators with their portal), so
// the journeys on the shared system run beside it, and its waits (restarts, the refusal, the outage) overlap their work
// instead of adding to the suite's time.
class ChaosIT {
    private static final int COMPLAINTS = 6;

    private static SystemUnderTest system;
    private static Path logs;

    @BeforeAll
    static void startASystemToBreak() throws Exception {
        logs = Path.of(System.getProperty("e2e.logs", "target/e2e-logs")).resolve("chaos");
        system = SystemUnderTest.start("chaos", SystemUnderTest.endToEndConfig(), true, 1, logs);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void killsARefusedDatabaseAndAPortalOutageLoseNothingAndDoubleNothing() throws Exception {
        Path root = Infrastructure.repositoryRoot();
        // villages no other journey names: two reports of one place would be linked as one problem
        Set<String> othersVillages = Stream.of(VillageComplaints.POSANA, VillageComplaints.NARTA, VillageComplaints.MENGALWA,
                        VillageComplaints.KORA, VillageComplaints.PANTHERI, VillageComplaints.DASPAN, VillageComplaints.KOMTA,
                        VillageComplaints.BHUNDWA, VillageComplaints.JOOJANI)
                .map(VillageComplaints.Village::name).collect(Collectors.toSet());
        List<org.samparksetu.testing.system.LoadVillages.Village> villages = ChaosLoad.villages(root, COMPLAINTS, 19, othersVillages);
        long firstNumber = 917_800_000_000L + (System.currentTimeMillis() / 1000 % 10_000) * 100;

        ChaosSchedule schedule = new ChaosSchedule(List.of(
                new ChaosSchedule.Window(new ServiceCrash(List.of(system.service("routing-service"),
                        system.service("sampark-bridge"), system.service("notification-service")), logs,
                        Duration.ofMinutes(3)), Duration.ofSeconds(3)),
                new ChaosSchedule.Window(new DatabaseRefusal(system.service("sampark-bridge").database), Duration.ofSeconds(10)),
                new ChaosSchedule.Window(new PortalOutage(system.simulators.sampark()), Duration.ofSeconds(20))),
                Duration.ofSeconds(2));

        try (ChaosLoad load = new ChaosLoad(system, villages, firstNumber, Long.toString(System.currentTimeMillis(), 36))) {
            load.sendNext();
            load.sendNext();
            // the first complaints are acknowledged and on their way through routing when the kill comes
            await("the first complaints acknowledged").atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        load.step();
                        return load.complaints().stream().filter(c -> c.complaintId() != null).count() == 2;
                    });
            schedule.start();
            try {
                await("every complaint closed and the backlog drained after the faults").atMost(Duration.ofMinutes(6))
                        .pollInterval(Duration.ofSeconds(1)).until(() -> {
                            // two more complaints as each fault ends: during the refusal, as the outage begins
                            int due = Math.min(COMPLAINTS, 2 * (1 + schedule.happened().size()));
                            while (load.begun() < due && load.sendNext()) {
                                // the next citizen complains
                            }
                            load.step();
                            return schedule.done() && load.drained();
                        });
            } finally {
                schedule.stop();
            }
            assertThat(schedule.failures()).as("every fault begun and put right").isEmpty();
            assertThat(schedule.happened()).hasSize(3);

            ChaosTally tally = load.tally(schedule.lastFaultEnded());
            schedule.happened().forEach(h -> System.out.println(h.json()));
            System.out.println(tally.json());
            assertThat(tally.acknowledged()).isEqualTo(COMPLAINTS);
            assertThat(tally.registered()).isEqualTo(COMPLAINTS);
            assertThat(tally.closed()).isEqualTo(COMPLAINTS);
            assertThat(tally.lost()).as("lost: %s", tally.lostAt()).isZero();
            assertThat(tally.doubledRegistrations()).as("doubles: %s", tally.doubles()).isZero();
            assertThat(tally.doubledMessages()).as("doubles: %s", tally.doubles()).isZero();
            assertThat(tally.extraComplaints()).as("one complaint per citizen").isZero();
            assertThat(tally.failedMessages()).as("citizen messages given up").isZero();
        }
    }
}
