package org.samparksetu.bridge.registration;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.bridge.portal.SamparkPortal;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.contract.EventType;
import org.samparksetu.messaging.ratelimit.RateLimitRule;
import org.samparksetu.messaging.ratelimit.SharedRateLimiter;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.samparksetu.bridge.TestComplaints;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.EventCodec;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.bridge.TestComplaints.publishRouted;
import static org.samparksetu.bridge.TestComplaints.prefix;

/**
 * Exactly once under the portal's faults, with many complaints in flight: timeouts after the portal accepted,
 * bursts of 5xx, and a long outage. After each, every complaint has exactly one grievance at the portal and
 * exactly one {@code complaint.registered}, and the backlog drains with nobody touching it.
 *
 * <p>The "ten-minute outage" runs at 1:100: 6 s of 503s, with the registrar's back-off capped at 3 s (5 min in
 * production) and the breakers' open delay 300 ms (30 s in production); see application.properties.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class PortalFaultsTest {

    @Inject
    RegistrationRepository registrations;
    @Inject
    SamparkPortal portal;

    @AfterEach
    void clearFaults() {
        SamparkSimulator.simulators().sampark().clearFaults();
    }

    private static List<String> complaints(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> String.format("JAL-2026-%06d", i)).toList();
    }

    private static List<Grievance> grievances(String complaintId) {
        return SamparkSimulator.simulators().sampark().byReference(complaintId);
    }

    /** complaint.registered events by complaint, read once (reading the topic per complaint would be slow). */
    private static Map<String, List<ComplaintRegistered>> registeredByComplaint() {
        return TestEvents.events(prefix(), EventType.COMPLAINT_REGISTERED, ComplaintRegistered.class).stream()
                .collect(Collectors.groupingBy(EventEnvelope::subject,
                        Collectors.mapping(EventEnvelope::data, Collectors.toList())));
    }

    /** Every complaint registered, each exactly once at the portal and on the topic, and it stays so. */
    private void allRegisteredExactlyOnce(List<String> ids) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, List<ComplaintRegistered>> events = registeredByComplaint();
            for (String id : ids) {
                assertThat(events.getOrDefault(id, List.of())).as("complaint.registered for %s", id).hasSize(1);
            }
        });
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Map<String, List<ComplaintRegistered>> events = registeredByComplaint();
                    for (String id : ids) {
                        List<Grievance> atPortal = grievances(id);
                        assertThat(atPortal).as("grievances at the portal for %s", id).hasSize(1);
                        assertThat(events.getOrDefault(id, List.of())).as("complaint.registered for %s", id)
                                .singleElement().satisfies(e -> assertThat(e.grievanceId()).isEqualTo(atPortal.get(0).grievanceId()));
                    }
                });
        QuarkusTransaction.requiringNew().run(() -> {
            for (String id : ids) {
                Registration r = registrations.findById(id);
                assertThat(r.state).isEqualTo(Registration.State.REGISTERED);
                assertThat(r.ambiguous).isFalse();
            }
        });
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double metric(String text, String nameAndTags) {
        // "name" matches the untagged series or every tagged one; "name{tag=\"v\"" matches the series with that tag first
        return text.lines().filter(l -> nameAndTags.contains("{") ? l.startsWith(nameAndTags)
                        : l.startsWith(nameAndTags + " ") || l.startsWith(nameAndTags + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void timeoutsAfterAcceptWithManyComplaintsInFlightRegisterEachExactlyOnce() {
        // The portal registers, then answers after 1.5 s; the bridge stops waiting after 1 s. Six such answers.
        SamparkSimulator.simulators().sampark().injectFault("timeout-after-accept", 200, 1_500, 6);
        List<String> ids = complaints(310_001, 8);
        ids.forEach(id -> publishRouted(id, "PHED", "paani nahi aa raha " + id));

        allRegisteredExactlyOnce(ids);
        // at least one of them really went through the look-up-and-adopt path
        assertThat(metric(metrics(), "sampark_registrations_registered_total{how=\"adopted\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void burstsOf5xxWithManyComplaintsRegisterEachExactlyOnce() {
        // 500s are ambiguous (a portal may have committed before failing): looked up before any retry.
        SamparkSimulator.simulators().sampark().injectFault("error", 500, 0, 10);
        List<String> first = complaints(310_101, 6);
        first.forEach(id -> publishRouted(id, "JDVVNL", "bijli nahi " + id));
        allRegisteredExactlyOnce(first);

        // 503s certainly did nothing: retried with back-off.
        SamparkSimulator.simulators().sampark().injectFault("error", 503, 0, 12);
        List<String> second = complaints(310_201, 6);
        second.forEach(id -> publishRouted(id, "PWD", "sadak tooti " + id));
        allRegisteredExactlyOnce(second);

        String m = metrics();
        assertThat(metric(m, "sampark_portal_calls_total{operation=\"register\",result=\"ambiguous\"")).isGreaterThanOrEqualTo(1);
        assertThat(metric(m, "sampark_portal_calls_total{operation=\"register\",result=\"unavailable\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aTenMinuteOutageAtOneToOneHundredOpensTheBreakerAndTheBacklogDrainsByItself() {
        // Ten minutes at 1:100 = 6 s of 503 for every call.
        SamparkSimulator.simulators().sampark().injectFault("outage", 503, 6_000, 0);
        List<String> ids = complaints(310_301, 25);
        publishQuickly(ids, "HEALTH", "PHC band hai ");

        // The breaker opens (2 = open) and the backlog is visible while the portal is down...
        AtomicBoolean sawOpen = new AtomicBoolean();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            String m = metrics();
            if (metric(m, "sampark_portal_circuit_state{breaker=\"sampark-portal-register\"") == 2) {
                sawOpen.set(true);
            }
            assertThat(sawOpen).isTrue();
            assertThat(metric(m, "sampark_registrations_waiting")).isGreaterThan(0);
        });

        // ...and after it, with nobody touching anything, every complaint is registered exactly once.
        allRegisteredExactlyOnce(ids);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String m = metrics();
            assertThat(metric(m, "sampark_registrations_waiting")).isZero();
            assertThat(metric(m, "sampark_registrations_oldest_age_seconds")).isZero();
            assertThat(metric(m, "sampark_portal_circuit_state{breaker=\"sampark-portal-register\"")).isZero();
        });
        String m = metrics();
        assertThat(metric(m, "sampark_portal_errors_total{kind=\"circuit-open\"")).isGreaterThanOrEqualTo(1);
        assertThat(metric(m, "sampark_portal_circuit_opened_total{breaker=\"sampark-portal-register\"")).isGreaterThanOrEqualTo(1);
    }

    /** One producer for all of them, so the whole backlog arrives well inside the outage. */
    private static void publishQuickly(List<String> ids, String department, String text) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String id : ids) {
                EventEnvelope<ComplaintRouted> e = EventEnvelope.of(EventType.COMPLAINT_ROUTED, "test", id,
                        TestComplaints.routed(id, department, text + id), Instant.now());
                producer.send(new ProducerRecord<>(prefix() + Topics.COMPLAINT_ROUTED, id, EventCodec.encode(e)));
            }
            producer.flush();
        }
    }

    @Test
    void thePortalLimitHoldsInTotalAcrossInstances() throws Exception {
        // Look-ups are limited to 20 a second over all instances. Another instance of the bridge, on a connection pool
        // of its own, has just taken the next two seconds of them: this one may not make one (a turn that far off is
        // not waited for), and sends nothing.
        String database = Infrastructure.databaseName("sampark_bridge_test");
        try (AgroalDataSource other = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(cp -> cp.maxSize(1)
                        .connectionFactoryConfiguration(cf -> cf.jdbcUrl(Infrastructure.jdbcUrl(database))
                                .principal(new NamePrincipal(Infrastructure.appRole(database)))
                                .credential(new SimplePassword(Infrastructure.TEST_APP_PASSWORD)))))) {
            SharedRateLimiter elsewhere = new SharedRateLimiter(other);
            for (int i = 0; i < 60; i++) { // the burst of 20, then two seconds' worth
                elsewhere.reserve("sampark.portal.look-up", RateLimitRule.Limit.perSecondWithBurst(20));
            }
        }
        assertThatThrownBy(() -> portal.findByReference("JAL-2026-319998"))
                .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.getRetryAfterMillis()).isPositive());
    }
}
