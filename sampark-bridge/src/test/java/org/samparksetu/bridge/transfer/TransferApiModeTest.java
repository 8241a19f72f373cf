package org.samparksetu.bridge.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.prefix;
import static org.samparksetu.bridge.TestComplaints.publishRouted;
import static org.samparksetu.bridge.TestComplaints.rerouted;
import static org.samparksetu.bridge.TestComplaints.routed;
import static org.samparksetu.bridge.TestComplaints.transferred;

/**
 * API mode: a complaint re-routed after registration is moved on the portal by its transfer call (over real HTTP to
 * the simulator) and announced once as complaint.transferred; from then on only the new department may report. One
 * re-routed before registration is simply registered with the new department.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class TransferApiModeTest {
    private static final String REASON = "नाली नगर पालिका क्षेत्र में है";

    @Inject
    RegistrationRepository registrations;

    @AfterEach
    void clearFaults() {
        SamparkSimulator.simulators().sampark().clearFaults();
    }

    private Registration row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> registrations.findById(id));
    }

    private static List<Grievance> atThePortal(String id) {
        return SamparkSimulator.simulators().sampark().byReference(id);
    }

    private static RequestSpecification officer(String department) {
        String user = department.toLowerCase().replace('_', '-');
        return given().auth().preemptive().basic(user + "-officer", user + "-secret").contentType(ContentType.JSON);
    }

    private static Map<String, Object> report(String complaintId, String outcome, String reportId) {
        return Map.of("complaintId", complaintId, "outcome", outcome, "remarks", "नाली साफ़ करवाई गई",
                "officer", "EO Nagar Palika Sanchore", "reportId", reportId);
    }

    private static List<EventEnvelope<ComplaintActionReported>> reports(String complaintId) {
        return TestEvents.events(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class).stream()
                .filter(e -> complaintId.equals(e.subject())).toList();
    }

    private static void staysOneTransfer(String id) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(transferred(id)).hasSize(1));
    }

    @Test
    void aRegisteredComplaintReRoutedMovesOnThePortalAndOnlyTheNewDepartmentMayReport() {
        String id = "JAL-2026-720001";
        String grievanceId = awaitRegistered(publishRouted(id, "PHED", "nali band hai").subject()).data().grievanceId();

        EventEnvelope<ComplaintRouted> reroute = publishRouted(rerouted(id, "PHED", "LSG", 1, REASON));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(transferred(id)).hasSize(1));
        ComplaintTransferred t = transferred(id).get(0).data();
        assertThat(t.fromDepartmentCode()).isEqualTo("PHED");
        assertThat(t.toDepartmentCode()).isEqualTo("LSG");
        assertThat(t.grievanceId()).isEqualTo(grievanceId);
        assertThat(t.mode()).isEqualTo("API");
        assertThat(t.transfers()).isEqualTo(1);
        assertThat(t.reason()).isEqualTo(REASON);
        assertThat(atThePortal(id)).singleElement().satisfies(g -> {
            assertThat(g.grievanceId()).isEqualTo(grievanceId);
            assertThat(g.department()).isEqualTo("LSG");
            assertThat(g.transferReason()).isEqualTo(REASON);
        });

        // The re-route redelivered, and published again under a new event id: nothing moves twice.
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_ROUTED, id, EventCodec.encode(reroute));
        publishRouted(rerouted(id, "PHED", "LSG", 1, REASON));
        staysOneTransfer(id);
        assertThat(atThePortal(id)).singleElement().satisfies(g -> assertThat(g.transfers()).isEqualTo(1));
        assertThat(row(id).departmentCode).isEqualTo("LSG");

        // PHED may no longer report, not even False Case; LSG may.
        officer("PHED").body(report(id, "FALSE_CASE", "ATR-PHED-720001")).post("/api/action-reports")
                .then().statusCode(403).body("error", containsString("is with LSG")).body("error", containsString(id));
        officer("LSG").body(report(id, "RELIEF", "ATR-LSG-720001")).post("/api/action-reports")
                .then().statusCode(201).body("grievanceId", equalTo(grievanceId));
        officer("LSG").get("/api/registrations/" + id).then().statusCode(200).body("departmentCode", equalTo("LSG"));
        officer("PHED").get("/api/registrations/" + id).then().statusCode(403);

        // and on the department topics: PHED's system is refused (parked), never taken
        TestEvents.publishRaw(prefix() + Topics.departmentActionReports("PHED"), id, """
                {"reportId":"phed-erp-720001","complaintId":"%s","outcome":"FALSE_CASE",
                 "remarks":"shikayat asatya","officer":"AEN PHED"}""".formatted(id));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TestEvents.readAll(prefix() + Topics.deadLetter("sampark-bridge")))
                .anySatisfy(rec -> {
                    assertThat(rec.value()).contains("phed-erp-720001");
                    assertThat(new String(rec.headers().lastHeader("dead-letter-reason").value(),
                            java.nio.charset.StandardCharsets.UTF_8)).contains("is with LSG");
                }));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports(id)).hasSize(1));
        ComplaintActionReported r = reports(id).get(0).data();
        assertThat(r.reportId()).isEqualTo("ATR-LSG-720001");
        assertThat(r.departmentCode()).isEqualTo("LSG");
        assertThat(r.grievanceId()).isEqualTo(grievanceId);
    }

    @Test
    void aDisposalOnThePortalAfterTheMoveIsTheNewDepartmentsReport() {
        String id = "JAL-2026-720002";
        String grievanceId = awaitRegistered(publishRouted(id, "PHED", "nali band hai").subject()).data().grievanceId();
        publishRouted(rerouted(id, "PHED", "LSG", 1, REASON));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(transferred(id)).hasSize(1));

        SamparkSimulator.simulators().sampark().dispose(grievanceId, "RELIEF", "नाली साफ़", "EO Nagar Palika");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports(id)).hasSize(1));
        ComplaintActionReported r = reports(id).get(0).data();
        assertThat(r.source()).isEqualTo("PORTAL");
        assertThat(r.departmentCode()).isEqualTo("LSG");
        assertThat(r.outcome()).isEqualTo(DisposalOutcome.RELIEF);
    }

    @Test
    void aComplaintReRoutedBeforeItsRegistrationIsRegisteredWithTheNewDepartmentOnly() {
        String id = "JAL-2026-720003";
        SamparkSimulator.simulators().sampark().injectFault("error", 503, 0, 1_000); // the portal is down
        publishRouted(id, "PHED", "sadak par paani bhara hai");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Registration r = row(id);
            assertThat(r).isNotNull();
            assertThat(r.attempts).isGreaterThanOrEqualTo(1);
        });
        publishRouted(rerouted(id, "PHED", "PWD", 1, "sadak ka kaam PWD ka hai"));
        // The portal comes back only when the row says PWD and no attempt claimed before that is still out (a claim
        // leases the row for minutes; a failed attempt leaves it due within seconds): every attempt from then on
        // sends PWD. Otherwise an attempt that took PHED could meet the portal back, which is the transfer case.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Registration r = row(id);
            assertThat(r.departmentCode).isEqualTo("PWD");
            assertThat(r.nextAttemptAt).isBefore(Instant.now().plus(Duration.ofMinutes(1)));
        });

        SamparkSimulator.simulators().sampark().clearFaults();
        ComplaintRegistered registered = awaitRegistered(id).data();
        assertThat(registered.departmentCode()).isEqualTo("PWD");
        assertThat(atThePortal(id)).singleElement().satisfies(g -> {
            assertThat(g.department()).isEqualTo("PWD");
            assertThat(g.transfers()).isZero();
        });
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(transferred(id)).isEmpty());
    }

    @Test
    void aComplaintReRoutedWhileItsRegistrationIsOnItsWayIsRegisteredThenMoved() {
        String id = "JAL-2026-720006";
        // the portal is slow: the registration with PHED is out when the re-route comes
        SamparkSimulator.simulators().sampark().injectFault("latency", 200, 800, 20);
        publishRouted(id, "PHED", "nali band hai");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            Registration r = row(id);
            assertThat(r).isNotNull();
            assertThat(r.attempts).isGreaterThanOrEqualTo(1);
        });
        publishRouted(rerouted(id, "PHED", "LSG", 1, REASON));

        ComplaintRegistered registered = awaitRegistered(id).data();
        assertThat(registered.departmentCode()).as("registered as the portal has it").isEqualTo("PHED");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(transferred(id)).hasSize(1));
        ComplaintTransferred t = transferred(id).get(0).data();
        assertThat(t.fromDepartmentCode()).isEqualTo("PHED");
        assertThat(t.toDepartmentCode()).isEqualTo("LSG");
        assertThat(t.grievanceId()).isEqualTo(registered.grievanceId());
        assertThat(atThePortal(id)).singleElement().satisfies(g -> assertThat(g.department()).isEqualTo("LSG"));
        staysOneTransfer(id);
    }

    @Test
    void aTransferWhoseAnswerWasLostIsMadeAgainAndAnnouncedOnce() {
        String id = "JAL-2026-720004";
        awaitRegistered(publishRouted(id, "PHED", "nali band hai").subject());
        // the portal moves it, then answers only after the bridge stopped waiting (1 s in tests)
        SamparkSimulator.simulators().sampark().injectFault("timeout-after-accept", 200, 1_500, 1);
        publishRouted(rerouted(id, "PHED", "LSG", 1, REASON));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(transferred(id)).hasSize(1));
        staysOneTransfer(id);
        assertThat(atThePortal(id)).singleElement().satisfies(g -> {
            assertThat(g.department()).isEqualTo("LSG");
            assertThat(g.transfers()).isEqualTo(1);
        });
    }

    @Test
    void anOlderRoutingPublishedAgainAndARouteToTheSameDepartmentMoveNothing() {
        String id = "JAL-2026-720005";
        awaitRegistered(publishRouted(id, "PHED", "nali band hai").subject());
        publishRouted(id, "PHED", "nali band hai"); // the first routing again, before any move: the same department
        publishRouted(rerouted(id, "PHED", "LSG", 1, REASON));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(transferred(id)).hasSize(1));

        publishRouted(routed(id, "PHED", "nali band hai")); // the first routing (no re-route count) again, after the move
        staysOneTransfer(id);
        assertThat(row(id).departmentCode).isEqualTo("LSG");
        assertThat(atThePortal(id)).singleElement().satisfies(g -> {
            assertThat(g.department()).isEqualTo("LSG");
            assertThat(g.transfers()).isEqualTo(1);
        });
    }
}
