package org.samparksetu.bridge.withdrawal;

import org.samparksetu.bridge.registration.WithdrawalRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.bridge.registration.Registrar;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.TestEvents;
import org.samparksetu.testing.ServiceInfrastructure;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.prefix;
import static org.samparksetu.bridge.TestComplaints.publishRouted;
import static org.samparksetu.bridge.TestComplaints.registered;

/**
 * API mode: a withdrawn complaint is never registered; a registered one becomes the operator's "close it on the
 * portal as Filed" item; and a withdrawal racing the registrar's call never leaves a grievance nobody will close.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class WithdrawalTest {

    @Inject
    RegistrationRepository registrations;
    @Inject
    Registrar registrar;
    @Inject
    WithdrawalRepository withdrawals;

    @AfterEach
    void clearFaults() {
        SamparkSimulator.simulators().sampark().clearFaults();
    }

    private static EventEnvelope<ComplaintWithdrawn> withdraw(String id) {
        return TestEvents.publish(prefix(), EventType.COMPLAINT_WITHDRAWN, id,
                new ComplaintWithdrawn(id, "CITIZEN", null, Instant.now()));
    }

    private Registration row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> registrations.findById(id));
    }

    private static int grievances(String id) {
        return SamparkSimulator.simulators().sampark().byReference(id).size();
    }

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator-secret").header("X-Requested-With", "XMLHttpRequest");
    }

    @Test
    void aRegisteredComplaintWithdrawnIsListedToCloseUntilTheOperatorSaysItIsClosed() {
        String id = "JAL-2026-710001";
        publishRouted(id, "PHED", "hand pump kharab hai");
        String grievanceId = awaitRegistered(id).data().grievanceId();

        EventEnvelope<ComplaintWithdrawn> w = withdraw(id);
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_WITHDRAWN, id, EventCodec.encode(w)); // redelivered
        withdraw(id); // and re-published under a new event id

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> operator().get("/api/operator/withdrawals")
                .then().statusCode(200).body("complaintId", hasItem(id)));
        operator().get("/api/operator/withdrawals").then()
                .body("findAll { it.complaintId == '" + id + "' }.size()", equalTo(1))
                .body("find { it.complaintId == '" + id + "' }.grievanceId", equalTo(grievanceId))
                .body("find { it.complaintId == '" + id + "' }.instruction",
                        equalTo("withdrawn by the citizen — close it on the portal as Filed"));
        assertThat(row(id).state).isEqualTo(Registration.State.REGISTERED);

        // a page on another site posting a form with the operator's saved password changes nothing
        given().auth().preemptive().basic("operator", "operator-secret").contentType("application/x-www-form-urlencoded")
                .formParam("x", "1").post("/api/operator/withdrawals/" + id + "/closed").then().statusCode(415)
                .body("error", containsString("X-Requested-With"));
        given().auth().preemptive().basic("operator", "operator-secret").contentType("text/plain")
                .post("/api/operator/withdrawals/" + id + "/closed").then().statusCode(415);
        operator().get("/api/operator/withdrawals").then().statusCode(200).body("complaintId", hasItem(id));

        operator().post("/api/operator/withdrawals/" + id + "/closed").then().statusCode(200)
                .body("grievanceId", equalTo(grievanceId)).body("closedBy", equalTo("operator"));
        operator().post("/api/operator/withdrawals/" + id + "/closed").then().statusCode(200); // a double click
        operator().get("/api/operator/withdrawals").then().statusCode(200).body("complaintId", not(hasItem(id)));
        operator().post("/api/operator/withdrawals/JAL-2026-719999/closed").then().statusCode(404)
                .body("error", containsString("no withdrawn grievance"));
        given().auth().preemptive().basic("phed-officer", "phed-secret").get("/api/operator/withdrawals")
                .then().statusCode(403);
        assertThat(grievances(id)).isEqualTo(1);
    }

    @Test
    void aComplaintWithdrawnWhileWaitingForThePortalIsNeverRegistered() {
        String id = "JAL-2026-710002";
        // The portal is down (503: it certainly did nothing): the complaint waits in the registrar's queue.
        SamparkSimulator.simulators().sampark().injectFault("error", 503, 0, 1_000);
        publishRouted(id, "PWD", "sadak tooti hai");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Registration r = row(id);
            assertThat(r).isNotNull();
            assertThat(r.attempts).isGreaterThanOrEqualTo(1);
            assertThat(r.ambiguous).isFalse();
        });

        withdraw(id);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(row(id).state).isEqualTo(Registration.State.WITHDRAWN));

        // The portal is back and the row is due again: sweeps send nothing for it.
        SamparkSimulator.simulators().sampark().clearFaults();
        await().atMost(Duration.ofSeconds(60)).until(() -> row(id).nextAttemptAt.isBefore(Instant.now()));
        registrar.sweep();
        registrar.sweep();
        assertThat(grievances(id)).isZero();
        assertThat(row(id).state).isEqualTo(Registration.State.WITHDRAWN);
        assertThat(registered(id)).isEmpty();
        operator().get("/api/operator/withdrawals").then().statusCode(200).body("complaintId", not(hasItem(id)));
    }

    @Test
    void aWithdrawalThatOvertakesTheRoutedComplaintMeansItIsNeverRegistered() {
        String id = "JAL-2026-710003";
        withdraw(id);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> withdrawals.isWithdrawn(id)));
        publishRouted(id, "PHED", "paani nahi aa raha");
        // handled once the bridge counts it as routed after its withdrawal
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("sampark_withdrawals_total{state=\"routed-after-withdrawal\"} 1.0")));
        assertThat(row(id)).isNull();
        assertThat(grievances(id)).isZero();
    }

    /**
     * The race: the portal accepts the registration but its answer is lost (timeout), and the withdrawal comes while
     * the bridge does not know. Whatever the order, the grievance the portal made is found, recorded, and listed to
     * close, and never registered a second time.
     */
    @Test
    void aWithdrawalRacingAnUnansweredRegistrationLeavesNoForgottenGrievance() {
        String id = "JAL-2026-710004";
        SamparkSimulator.simulators().sampark().injectFault("timeout-after-accept", 200, 1_500, 1);
        publishRouted(id, "JDVVNL", "bijli nahi aa rahi");
        // the registrar has claimed it and sent it (the row is marked ambiguous before every send)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            Registration r = row(id);
            assertThat(r).isNotNull();
            assertThat(r.attempts).isGreaterThanOrEqualTo(1);
        });
        withdraw(id);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> operator().get("/api/operator/withdrawals")
                .then().statusCode(200).body("complaintId", hasItem(id)));
        Registration r = row(id);
        assertThat(r.state).isEqualTo(Registration.State.REGISTERED);
        assertThat(r.ambiguous).isFalse();
        assertThat(SamparkSimulator.simulators().sampark().byReference(id)).hasSize(1)
                .allSatisfy(g -> assertThat(g.grievanceId()).isEqualTo(r.grievanceId));
        // held a while: no second grievance from a later sweep
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(grievances(id)).isEqualTo(1));
    }
}
