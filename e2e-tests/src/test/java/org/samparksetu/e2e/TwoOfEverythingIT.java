package org.samparksetu.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.chaos.ChaosLoad;
import org.samparksetu.testing.system.LoadVillages;
import org.samparksetu.testing.system.ServiceProcess;
import org.samparksetu.testing.system.SystemUnderTest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of every service (as {@code deploy/up --instances 2} runs them) on one database per service and one
 * consumer group, WhatsApp's webhooks spread over both intakes, every other call spread over a service's instances:
 * the journeys of {@link ComplaintLifecycleIT} hold, and a burst of citizens complaining at once is registered once
 * each, acknowledged and told of its registration once each, and sent to WhatsApp no faster than the business
 * number's limit, which two instances share; both instances of every service do part of the work.
 */
// Not @Isolated: its system is its own (databases, topics, simulators), so the journeys on the shared system run
// beside it, and its start-up, most of its time, overlaps theirs instead of adding to the suite's.
@Execution(ExecutionMode.SAME_THREAD) // the burst's rate is measured alone, after the journeys
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoOfEverythingIT {
    private static final int INSTANCES = 2;
    private static final int BURST = 40;
    /**
     * The business number's limit for this run: low, so that the burst's messages (an acknowledgement and a
     * registration per citizen, a notice to the officer of each complaint) queue behind it for many seconds even on a
     * box so busy that intake acknowledges only a few citizens a second, and a window can show the rate. At 2/s the
     * burst's 120 or so sends take a minute under a shared limit.
     */
    private static final int BUSINESS_RATE = 2;
    private static final List<String> SERVICES = List.of("intake-service", "routing-service", "sampark-bridge",
            "verification-service", "notification-service");

    private static SystemUnderTest system;

    @BeforeAll
    static void startTwoOfEverything() throws Exception {
        Map<String, String> config = new HashMap<>(SystemUnderTest.endToEndConfig());
        config.put("notification.throughput.business-rate", Integer.toString(BUSINESS_RATE));
        system = SystemUnderTest.start("twice", config, true, INSTANCES,
                Path.of(System.getProperty("e2e.logs", "target/e2e-logs")).resolve("two-of-everything"));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void twoOfEachServiceRunOnTheirOwnPorts() {
        assertThat(system.services.keySet()).containsExactlyElementsOf(SERVICES);
        Set<Integer> ports = new java.util.HashSet<>();
        for (String service : SERVICES) {
            List<ServiceProcess> instances = system.instances(service);
            assertThat(instances).extracting(p -> p.instance).containsExactly(1, 2);
            assertThat(instances).allMatch(ServiceProcess::isAlive);
            assertThat(instances).extracting(p -> p.database).as("one database for both").containsOnly(instances.get(0).database);
            instances.forEach(p -> ports.add(p.port));
        }
        assertThat(ports).hasSize(SERVICES.size() * INSTANCES);
    }

    @Test
    @Order(2)
    void aWaterComplaintIsRegisteredReportedVerifiedAndClosed() {
        ComplaintJourneys.waterComplaintRegisteredReportedVerifiedAndClosed(system);
    }

    @Test
    @Order(3)
    void theSameWebhookOnBothIntakesMakesOneComplaintAndOneAcknowledgement() throws Exception {
        ComplaintJourneys.sameWebhookTwiceAndConcurrentlyMakesOneComplaintAndOneAcknowledgement(system);
    }

    @Test
    @Order(4)
    void aBadSignatureIsRefusedByBothIntakesAndCreatesNothing() {
        ComplaintJourneys.badSignatureIsRefusedAndCreatesNothing(system);
    }

    @Test
    @Order(5)
    void aBurstIsRegisteredAndToldOnceEachWithinTheSharedSendRateAndBothInstancesWork() throws Exception {
        Path root = Infrastructure.repositoryRoot();
        // one village each (and not the journey's Siyana): two reports of one place would be linked as one problem
        List<LoadVillages.Village> villages = ChaosLoad.villages(root, BURST, 7, Set.of("Siyana"));
        List<Citizen> citizens = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            citizens.add(Citizen.next(system, "Burst " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            List<Callable<String>> sends = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                Citizen c = citizens.get(i);
                String village = villages.get(i).name();
                sends.add(() -> c.says("गांव " + village + " में चार दिन से नल में पानी नहीं आ रहा है, हैंडपंप भी खराब है"));
            }
            for (Future<String> f : pool.invokeAll(sends)) {
                assertThat(f.get()).as("the webhook's wamid").isNotBlank();
            }
        } finally {
            pool.shutdown();
        }

        // every citizen hears twice (the number, then the registration), and nothing more arrives after
        await("every citizen of the burst acknowledged and told of the registration").atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> citizens.stream().allMatch(c -> system.simulators.whatsapp().messagesTo(c.waId).size() >= 2));
        await("no message beyond the two to any citizen of the burst").during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> citizens.stream().mapToInt(c -> system.simulators.whatsapp().messagesTo(c.waId).size()).sum()
                        == 2 * BURST);

        // one complaint per citizen, registered on the portal exactly once
        Set<String> complaintIds = new java.util.HashSet<>();
        for (Citizen c : citizens) {
            List<String> ids = c.complaintIds();
            assertThat(ids).as("complaints of %s", c).hasSize(1);
            List<Grievance> registrations = Records.samparkRegistrations(system, ids.get(0));
            assertThat(registrations).as("Sampark registrations of %s", ids.get(0)).hasSize(1);
            complaintIds.add(ids.get(0));
        }
        assertThat(complaintIds).hasSize(BURST);
        assertThat(system.simulators.sampark().all().stream().filter(g -> complaintIds.contains(g.reference())))
                .as("the burst's grievances on the portal").hasSize(BURST);

        // each citizen got each kind of message once: the acknowledgement and the registration, told apart by the
        // notification record our id in each send points to (biz_opaque_callback_data)
        Map<String, String> kindOfSend = new HashMap<>();
        for (Map<String, Object> row : system.query("notification-service",
                "select cast(id as text) as id, cause_type, kind from outgoing_message where audience = 'CITIZEN'")) {
            kindOfSend.put((String) row.get("id"), row.get("cause_type") + "/" + row.get("kind"));
        }
        for (Citizen c : citizens) {
            Map<String, Integer> perKind = new TreeMap<>();
            for (var m : system.simulators.whatsapp().messagesTo(c.waId)) {
                String ours = m.path("biz_opaque_callback_data").asText("");
                perKind.merge(kindOfSend.getOrDefault(ours, "unrecorded:" + ours), 1, Integer::sum);
            }
            assertThat(perKind).as("messages per kind to %s", c).hasSize(2).allSatisfy((kind, n) -> assertThat(n)
                    .as("%s to %s", kind, c).isEqualTo(1));
            assertThat(perKind.keySet()).as("kinds to %s", c).anyMatch(k -> k.startsWith("citizen.notice/"))
                    .anyMatch(k -> k.startsWith("complaint.registered/"));
        }

        assertBothInstancesWorked();
        assertSendRateWithinTheLimit(citizens);
    }

    /**
     * The business number's limit is one token bucket of {@value #BUSINESS_RATE} per second holding at most as many
     * (a quiet number may send that many at once, then the rate): in any window of W seconds it lets through at most
     * rate x W refilled plus rate from a full bucket. So does a limiter the instances share, whatever its shape, as
     * long as it keeps to the rate with bursts of at most one second's worth (a fixed one-second window counter does:
     * a W-second window meets at most W + 1 of its seconds). One more for timing: the simulator stamps a message
     * when it accepts it, a few milliseconds after the token was taken, and those delays differ between sends, so a
     * window's edge can take in one send more than the limiter's own clock counts.
     * <p>
     * Two instances each with a bucket of their own send at twice the rate while the burst queues: 2 x rate x W plus
     * two full buckets, which windows of several seconds tell apart from the shared limit (W = 5: 24 against 13). A
     * one-second window alone would not: a full bucket is another second's worth. Every W from 1 to 10 is checked.
     * Only the citizens' messages are counted (the simulator lists them per recipient); the officers' notices take
     * their tokens from the same limit, so the citizens' share can only be smaller.
     */
    private static void assertSendRateWithinTheLimit(List<Citizen> citizens) {
        List<Long> accepted = new ArrayList<>();
        for (Citizen c : citizens) {
            accepted.addAll(system.simulators.whatsapp().acceptedTimesTo(c.waId));
        }
        accepted.sort(null);
        assertThat(accepted).hasSize(2 * BURST);
        Map<Integer, Integer> busiest = new LinkedHashMap<>();
        Map<Integer, Integer> allowed = new LinkedHashMap<>();
        for (int w = 1; w <= 10; w++) {
            busiest.put(w, busiestWindow(accepted, w * 1000L));
            allowed.put(w, BUSINESS_RATE * (w + 1) + 1);
        }
        System.out.printf("burst of %d messages over %.1f s; busiest window of W s: %s, allowed: %s%n", accepted.size(),
                (accepted.get(accepted.size() - 1) - accepted.get(0)) / 1000.0, busiest, allowed);
        Map<Integer, Integer> over = new LinkedHashMap<>();
        busiest.forEach((w, n) -> {
            if (n > allowed.get(w)) {
                over.put(w, n);
            }
        });
        assertThat(over).as("windows of W s (W -> messages) holding more than the limit of %d/s shared by %d instances"
                + " allows (W -> at most: %s); every window: %s", BUSINESS_RATE, INSTANCES, allowed, busiest).isEmpty();
    }

    /** The most timestamps in any window [t, t + width) that starts at one of them. */
    static int busiestWindow(List<Long> sorted, long widthMillis) {
        int most = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            while (end < sorted.size() && sorted.get(end) < sorted.get(start) + widthMillis) {
                end++;
            }
            most = Math.max(most, end - start);
        }
        return most;
    }

    /**
     * Both instances of every service did part of the work, so the journeys and the burst cannot have passed with
     * one instance idle: each intake received webhooks (the simulator hands them out in turn: at least half the
     * burst each), each notification sent messages, and each instance of the services the burst's events reach read
     * records from its share of the topics' partitions (three partitions, two consumers in one group: each gets at
     * least one; the burst's complaints, keyed by their numbers, land on all three). Intake reads only the events of
     * a conversation after registration, which the burst has none of: its webhooks tell.
     */
    private static void assertBothInstancesWorked() {
        for (ServiceProcess intake : system.instances("intake-service")) {
            assertThat(counter(intake, "intake_webhooks_received_total")).as("webhooks %s received", intake.label())
                    .isGreaterThanOrEqualTo(BURST / 2.0);
        }
        for (ServiceProcess notification : system.instances("notification-service")) {
            assertThat(counter(notification, "notification_messages_sent_total")).as("messages %s sent", notification.label())
                    .isPositive();
        }
        for (String service : SERVICES.subList(1, SERVICES.size())) {
            for (ServiceProcess instance : system.instances(service)) {
                assertThat(counter(instance, "kafka_consumer_fetch_manager_records_consumed_total"))
                        .as("records %s consumed", instance.label()).isPositive();
            }
        }
    }

    /** The sum of every series of a counter in the instance's own /q/metrics (0 when it has none yet). */
    private static double counter(ServiceProcess instance, String name) {
        String metrics = given().get(instance.baseUrl() + "/q/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
