package org.samparksetu.bridge.operator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.prefix;
import static org.samparksetu.bridge.TestComplaints.publishRouted;
import static org.samparksetu.bridge.TestComplaints.routed;

/**
 * Operator mode through the Sampark Kendra operator's API (the page itself is the console's /kendra now): the queue laid
 * out in the portal's fields, a wrong grievance ID refused with a clear message, the right one registering the
 * complaint (mode OPERATOR), and a disposal recorded; withdrawals and transfers waiting until the operator says they
 * were done on the portal.
 */
@QuarkusTest
@TestProfile(OperatorMode.class)
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class OperatorApiTest {
    private static final String PHOTO = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    @Inject
    RegistrationRepository registrations;

    private static void awaitQueued(String complaintId) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                operatorApi().when().get("/api/operator/queue")
                        .then().statusCode(200).body("complaintId", hasItem(complaintId)));
    }

    private static String entry(String complaintId) {
        return "find { it.complaintId == '" + complaintId + "' }";
    }

    @Test
    void theOperatorEntersAComplaintRecordsItsGrievanceIdAndItsDisposal() {
        publishRouted(routed("JAL-2026-600001", "PHED", "गांव में पानी नहीं आ रहा\nपाइपलाइन टूटी है",
                "pipeline-leakage", null, "Karola", List.of(PHOTO)));
        publishRouted("JAL-2026-600002", "PWD", "sadak tooti hai");
        awaitQueued("JAL-2026-600001");
        awaitQueued("JAL-2026-600002");
        // operator mode: nothing went to the portal API
        assertThat(SamparkSimulator.simulators().sampark().byReference("JAL-2026-600001")).isEmpty();

        // A wrong password is refused, without a Basic challenge when the caller is a page's script.
        given().header("X-Requested-With", "sampark-console").auth().preemptive().basic("operator", "not-the-password")
                .when().get("/api/operator/queue").then().statusCode(401);

        String e = entry("JAL-2026-600001");
        operatorApi().when().get("/api/operator/queue").then().statusCode(200)
                .body(e + ".department", equalTo("PHED"))
                // the portal's subject field gets routing's subject within the department
                .body(e + ".subject", equalTo("pipeline-leakage"))
                .body(e + ".gramPanchayat", equalTo("Karola"))
                .body(e + ".ward", org.hamcrest.Matchers.nullValue())
                .body(e + ".district", equalTo("Jalore"))
                .body(e + ".tehsil", equalTo("Sanchore"))
                .body(e + ".blockOrTown", equalTo("Sanchore"))
                .body(e + ".village", equalTo("Karola"))
                .body(e + ".description", containsString("पाइपलाइन टूटी है"))
                .body(e + ".contactNumber", equalTo("+919876543210"))
                .body(e + ".attachments", org.hamcrest.Matchers.contains("sha256:" + PHOTO))
                // a complaint without them shows the portal fields empty, never wrong
                .body(entry("JAL-2026-600002") + ".subject", equalTo("sadak tooti hai"))
                .body(entry("JAL-2026-600002") + ".attachments", org.hamcrest.Matchers.empty());

        // A wrong grievance ID (letters, too short) is refused with a message saying what is expected.
        operatorApi().contentType("application/json").body("{\"grievanceId\":\"03151AB\"}")
                .post("/api/operator/queue/JAL-2026-600001/grievance").then().statusCode(400)
                .body("error", containsString("13 or 14 digits")).body("error", containsString("'03151AB' is not one"));

        // The right one (leading zero and all) registers it.
        operatorApi().contentType("application/json").body("{\"grievanceId\":\"0315127000636\"}")
                .post("/api/operator/queue/JAL-2026-600001/grievance").then().statusCode(200)
                .body("grievanceId", equalTo("0315127000636"));
        operatorApi().get("/api/operator/queue").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.not(hasItem("JAL-2026-600001")));

        var registered = awaitRegistered("JAL-2026-600001").data();
        assertThat(registered.grievanceId()).isEqualTo("0315127000636");
        assertThat(registered.mode()).isEqualTo("OPERATOR");
        assertThat(registered.subject()).isEqualTo("pipeline-leakage");

        // The same grievance ID for another complaint is refused by the bridge, saying why.
        operatorApi().contentType("application/json").body("{\"grievanceId\":\"0315127000636\"}")
                .post("/api/operator/queue/JAL-2026-600002/grievance").then().statusCode(409)
                .body("error", containsString("already recorded for complaint JAL-2026-600001"));
        Registration stillWaiting = QuarkusTransaction.requiringNew().call(() -> registrations.findById("JAL-2026-600002"));
        assertThat(stillWaiting.state).isEqualTo(Registration.State.PENDING);

        // A disposal seen on the portal is recorded the same way.
        operatorApi().get("/api/operator/registered").then().statusCode(200)
                .body("complaintId", hasItem("JAL-2026-600001"));
        operatorApi().contentType("application/json")
                .body(java.util.Map.of("complaintId", "JAL-2026-600001", "outcome", "INTERIM_RELIEF",
                        "officer", "AEN PHED Sanchore", "remarks", "टैंकर से आपूर्ति शुरू, पाइपलाइन का काम जारी",
                        "reportId", "operator:test-600001"))
                .post("/api/operator/action-reports").then().statusCode(201)
                .body("complaintId", equalTo("JAL-2026-600001"));

        var report = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class,
                ev -> "JAL-2026-600001".equals(ev.subject()), 1).get(0).data();
        assertThat(report.source()).isEqualTo("OPERATOR");
        assertThat(report.outcome()).isEqualTo(DisposalOutcome.INTERIM_RELIEF);
        assertThat(report.grievanceId()).isEqualTo("0315127000636");
    }

    @Test
    void theOperatorApiRefusesBadIdsAndOtherAccounts() {
        publishRouted("JAL-2026-600003", "HEALTH", "PHC me dawai nahi");
        awaitQueued("JAL-2026-600003");
        given().auth().preemptive().basic("operator", "operator-secret").contentType("application/json")
                .body("{\"grievanceId\":\"3151270006\"}")
                .when().post("/api/operator/queue/JAL-2026-600003/grievance")
                .then().statusCode(400).body("error", containsString("13 or 14 digits"));
        given().auth().preemptive().basic("operator", "operator-secret").contentType("application/json")
                .body("{\"grievanceId\":3151270006361}")
                .when().post("/api/operator/queue/JAL-2026-600003/grievance")
                .then().statusCode(400).body("error", containsString("JSON string"));
        given().when().get("/api/operator/queue").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        given().header("X-Requested-With", "sampark-operator-page").auth().preemptive().basic("operator", "wrong")
                .when().get("/api/operator/queue").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
        given().auth().preemptive().basic("phed-officer", "phed-secret")
                .when().get("/api/operator/queue").then().statusCode(403);
    }

    @Test
    void aWithdrawnComplaintLeavesTheQueueAndARegisteredOneWaitsUntilClosedOnThePortal() {
        String waiting = "JAL-2026-600011";
        String registered = "JAL-2026-600012";
        String racing = "JAL-2026-600013";
        publishRouted(waiting, "PHED", "hand pump kharab hai");
        publishRouted(registered, "PWD", "sadak tooti hai");
        publishRouted(racing, "JDVVNL", "bijli nahi aa rahi");
        awaitQueued(waiting);
        awaitQueued(registered);
        awaitQueued(racing);
        operatorApi().contentType("application/json").body("{\"grievanceId\":\"0315127000711\"}")
                .post("/api/operator/queue/" + registered + "/grievance").then().statusCode(200);

        for (String id : List.of(waiting, registered, racing)) {
            TestEvents.publish(prefix(), EventType.COMPLAINT_WITHDRAWN, id,
                    new org.samparksetu.contract.events.ComplaintWithdrawn(id, "CITIZEN", null, java.time.Instant.now()));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(QuarkusTransaction.requiringNew().call(() -> registrations.findById(waiting)).state)
                    .isEqualTo(Registration.State.WITHDRAWN);
            assertThat(QuarkusTransaction.requiringNew().call(() -> registrations.findById(racing)).state)
                    .isEqualTo(Registration.State.WITHDRAWN);
        });
        operatorApi().get("/api/operator/queue").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.not(hasItem(waiting)))
                .body("complaintId", org.hamcrest.Matchers.not(hasItem(racing)));
        // The operator had typed the racing one into the portal already: the grievance ID is still taken, and
        // the grievance joins the ones to close, never forgotten.
        operatorApi().contentType("application/json").body("{\"grievanceId\":\"0315127000713\"}")
                .post("/api/operator/queue/" + racing + "/grievance").then().statusCode(200);

        operatorApi().get("/api/operator/withdrawals").then().statusCode(200)
                .body(entry(registered) + ".instruction", containsString("withdrawn by the citizen — close it on the portal as Filed"))
                .body(entry(registered) + ".grievanceId", equalTo("0315127000711"))
                .body("complaintId", hasItem(racing));
        operatorApi().get("/api/operator/queue").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.not(hasItem(waiting)));

        operatorApi().header("X-Requested-With", "sampark-console").post("/api/operator/withdrawals/" + registered + "/closed").then().statusCode(200)
                .body("grievanceId", equalTo("0315127000711"));
        operatorApi().get("/api/operator/withdrawals").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.not(hasItem(registered)))
                .body("complaintId", hasItem(racing));
        // nothing went to the portal API in operator mode
        assertThat(SamparkSimulator.simulators().sampark().byReference(waiting)).isEmpty();
    }

    @Test
    void aComplaintReRoutedAfterEntryIsListedToMoveUntilTheOperatorConfirmsTheMove() {
        String id = "JAL-2026-600021";
        publishRouted(id, "PHED", "nali band hai");
        awaitQueued(id);
        operatorApi().contentType("application/json").body("{\"grievanceId\":\"0315127000721\"}")
                .post("/api/operator/queue/" + id + "/grievance").then().statusCode(200);
        org.samparksetu.bridge.TestComplaints.publishRouted(
                org.samparksetu.bridge.TestComplaints.rerouted(id, "PHED", "LSG", 1, "नाली नगर पालिका क्षेत्र में है"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> operatorApi().get("/api/operator/transfers")
                .then().statusCode(200).body("complaintId", hasItem(id)));

        operatorApi().get("/api/operator/transfers").then().statusCode(200)
                .body(entry(id) + ".grievanceId", equalTo("0315127000721"))
                .body(entry(id) + ".fromDepartment", equalTo("PHED"))
                .body(entry(id) + ".toDepartment", equalTo("LSG"))
                .body(entry(id) + ".reason", equalTo("नाली नगर पालिका क्षेत्र में है"));

        operatorApi().contentType("application/json").body("{\"department\":\"LSG\"}")
                .post("/api/operator/transfers/" + id + "/done").then().statusCode(200)
                .body("toDepartment", equalTo("LSG"));
        operatorApi().get("/api/operator/transfers").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.not(hasItem(id)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(org.samparksetu.bridge.TestComplaints.transferred(id)).singleElement()
                        .satisfies(e -> assertThat(e.data().mode()).isEqualTo("OPERATOR")));
    }

    private static io.restassured.specification.RequestSpecification operatorApi() {
        return given().auth().preemptive().basic("operator", "operator-secret");
    }
}
