package org.samparksetu.bridge.operator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.bridge.actionreport.HeldActionReportRepository;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.prefix;
import static org.samparksetu.bridge.TestComplaints.publishRouted;
import static org.samparksetu.bridge.TestComplaints.registered;
import static org.samparksetu.bridge.TestComplaints.routed;

/**
 * Operator mode over REST: the queue in the portal's fields, a department's report that comes before the grievance
 * ID (held, then applied exactly once), a reopened complaint back in the queue linked to its earlier grievance,
 * and the waiting metrics while complaints wait for the operator.
 */
@QuarkusTest
@TestProfile(OperatorMode.class)
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class OperatorModeLifecycleTest {
    private static final String VOICE_NOTE = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Inject
    RegistrationRepository registrations;
    @Inject
    HeldActionReportRepository held;

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator-secret");
    }

    private static void awaitQueued(String complaintId) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> operator().when().get("/api/operator/queue")
                .then().statusCode(200).body("complaintId", hasItem(complaintId)));
    }

    private static void recordGrievance(String complaintId, String grievanceId) {
        operator().contentType("application/json").body("{\"grievanceId\":\"" + grievanceId + "\"}")
                .when().post("/api/operator/queue/" + complaintId + "/grievance")
                .then().statusCode(200).body("grievanceId", equalTo(grievanceId));
    }

    /** A complaint the operator registered as {@code grievanceId}, then reopened: back in the operator's queue. */
    private static void registeredByTheOperatorThenReopened(String complaintId, String department, String text,
                                                            String grievanceId, String reason) {
        publishRouted(complaintId, department, text);
        awaitQueued(complaintId);
        recordGrievance(complaintId, grievanceId);
        awaitRegistered(complaintId);
        TestEvents.publish(prefix(), EventType.COMPLAINT_REOPENED, complaintId,
                new ComplaintReopened(complaintId, department, reason, 2, Instant.now()));
        awaitQueued(complaintId);
    }

    /** The second complaint.registered of a reopened complaint, with the grievance ID the operator recorded. */
    private static void awaitRegisteredAgainAs(String complaintId, String grievanceId) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(registered(complaintId)).hasSize(2));
        assertThat(registered(complaintId).get(1).data().grievanceId()).isEqualTo(grievanceId);
    }

    private static List<EventEnvelope<ComplaintActionReported>> reports(String complaintId) {
        return TestEvents.events(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class).stream()
                .filter(e -> complaintId.equals(e.subject())).toList();
    }

    private Registration row(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> registrations.findById(complaintId));
    }

    @Test
    void theQueueShowsSubjectWardAndAttachmentsAndTheRegisteredEventCarriesTheSubject() {
        publishRouted(routed("JAL-2026-610001", "LSG", "वार्ड 7 में नाली जाम है", "drainage", "7", null, List.of(VOICE_NOTE)));
        awaitQueued("JAL-2026-610001");
        operator().when().get("/api/operator/queue").then().statusCode(200)
                .body("find { it.complaintId == 'JAL-2026-610001' }.subject", equalTo("drainage"))
                .body("find { it.complaintId == 'JAL-2026-610001' }.ward", equalTo("7"))
                .body("find { it.complaintId == 'JAL-2026-610001' }.gramPanchayat", equalTo(null))
                .body("find { it.complaintId == 'JAL-2026-610001' }.attachments", equalTo(List.of("sha256:" + VOICE_NOTE)));
        recordGrievance("JAL-2026-610001", "0315127000801");
        var registered = awaitRegistered("JAL-2026-610001").data();
        assertThat(registered.subject()).isEqualTo("drainage");
        assertThat(registered.mode()).isEqualTo("OPERATOR");
    }

    @Test
    void aDepartmentReportBeforeTheGrievanceIdIsHeldAndAppliedExactlyOnceWhenItIsRecorded() {
        publishRouted("JAL-2026-610002", "PHED", "hand pump kharab");
        awaitQueued("JAL-2026-610002");
        String report = """
                {"reportId":"phed-erp-91001","complaintId":"JAL-2026-610002","outcome":"RELIEF",
                 "remarks":"हैंडपंप ठीक किया","officer":"JEN PHED Sanchore"}""";
        String topic = prefix() + Topics.departmentActionReports("PHED");
        TestEvents.publishRaw(topic, "JAL-2026-610002", report);
        TestEvents.publishRaw(topic, "JAL-2026-610002", report); // redelivered while held

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                QuarkusTransaction.requiringNew().call(() -> held.count("complaintId", "JAL-2026-610002"))).isEqualTo(1L));
        assertThat(reports("JAL-2026-610002")).isEmpty();
        assertThat(TestEvents.readAll(prefix() + Topics.deadLetter("sampark-bridge")))
                .noneSatisfy(rec -> assertThat(rec.value()).contains("phed-erp-91001"));

        recordGrievance("JAL-2026-610002", "0315127000802");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports("JAL-2026-610002")).hasSize(1));
        ComplaintActionReported r = reports("JAL-2026-610002").get(0).data();
        assertThat(r.reportId()).isEqualTo("phed-erp-91001");
        assertThat(r.grievanceId()).isEqualTo("0315127000802");
        assertThat(r.source()).isEqualTo("KAFKA");
        assertThat(QuarkusTransaction.requiringNew().call(() -> held.count("complaintId", "JAL-2026-610002"))).isZero();

        TestEvents.publishRaw(topic, "JAL-2026-610002", report); // once more, now that it is registered
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(reports("JAL-2026-610002")).hasSize(1));
    }

    @Test
    void aReopenedComplaintGoesBackToTheQueueLinkedToItsEarlierGrievanceAndTheNewIdRegistersIt() {
        registeredByTheOperatorThenReopened("JAL-2026-610003", "JDVVNL", "transformer jal gaya", "0315127000803",
                "citizen says power still off");
        operator().when().get("/api/operator/queue").then().statusCode(200)
                .body("find { it.complaintId == 'JAL-2026-610003' }.previousGrievanceId", equalTo("0315127000803"));

        // the old ID again is not a new grievance unless it was reopened on the portal under it (next test)
        recordGrievance("JAL-2026-610003", "0315127000804");
        awaitRegisteredAgainAs("JAL-2026-610003", "0315127000804");
        Registration r = row("JAL-2026-610003");
        assertThat(r.state).isEqualTo(Registration.State.REGISTERED);
        assertThat(r.grievanceId).isEqualTo("0315127000804");
        assertThat(r.previousGrievanceId).isEqualTo("0315127000803");
        assertThat(SamparkSimulator.simulators().sampark().byReference("JAL-2026-610003")).isEmpty(); // never via the API
    }

    @Test
    void aComplaintReopenedOnThePortalUnderItsEarlierIdIsRecordedWithThatId() {
        registeredByTheOperatorThenReopened("JAL-2026-610004", "FOOD", "ration nahi mila", "0315127000805",
                "field check failed");

        recordGrievance("JAL-2026-610004", "0315127000805");
        awaitRegisteredAgainAs("JAL-2026-610004", "0315127000805");
        assertThat(row("JAL-2026-610004").state).isEqualTo(Registration.State.REGISTERED);
        // and another complaint still cannot take that ID
        publishRouted("JAL-2026-610005", "FOOD", "ration dealer ne mana kiya");
        awaitQueued("JAL-2026-610005");
        operator().contentType("application/json").body("{\"grievanceId\":\"0315127000805\"}")
                .when().post("/api/operator/queue/JAL-2026-610005/grievance")
                .then().statusCode(409).body("error", org.hamcrest.Matchers.containsString("JAL-2026-610004"));
    }

    @Test
    void theWaitingMetricsShowComplaintsWaitingForTheOperatorAndHowLong() {
        publishRouted("JAL-2026-610006", "PWD", "sadak me gaddhe");
        awaitQueued("JAL-2026-610006");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String m = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(value(m, "sampark_registrations_waiting")).isGreaterThanOrEqualTo(1);
            assertThat(value(m, "sampark_registrations_oldest_age_seconds")).isGreaterThanOrEqualTo(1);
            assertThat(m).contains("sampark_portal_circuit_state{breaker=\"sampark-portal-register\"");
        });
    }

    private static double value(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
