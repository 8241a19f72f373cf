package org.samparksetu.bridge.registration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.prefix;
import static org.samparksetu.bridge.TestComplaints.publishRouted;
import static org.samparksetu.bridge.TestComplaints.registered;

/**
 * complaint.routed in, a grievance at the (simulated) portal over real HTTP, complaint.registered out —
 * and never two grievances for one complaint, whatever the broker or the portal does.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class RegistrationFlowTest {

    @Inject
    RegistrationRepository registrations;

    @AfterEach
    void clearFaults() {
        SamparkSimulator.simulators().sampark().clearFaults();
    }

    private static List<Grievance> grievances(String complaintId) {
        return SamparkSimulator.simulators().sampark().byReference(complaintId);
    }

    private Registration row(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> registrations.findById(complaintId));
    }

    /** Holds for a while, so a late second registration or event would be caught. */
    private static void staysExactlyOne(String complaintId) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    assertThat(grievances(complaintId)).hasSize(1);
                    assertThat(registered(complaintId)).hasSize(1);
                });
    }

    @Test
    void aRoutedComplaintIsRegisteredOnceWithADigitStringGrievanceId() {
        publishRouted("JAL-2026-200001", "PHED", "गांव में पानी नहीं आ रहा\nपाइपलाइन टूटी है, दो हफ्ते से");

        EventEnvelope<ComplaintRegistered> event = awaitRegistered("JAL-2026-200001");
        ComplaintRegistered data = event.data();
        assertThat(data.grievanceId()).matches("[0-9]{13,}");
        assertThat(data.mode()).isEqualTo("API");
        assertThat(data.departmentCode()).isEqualTo("PHED");
        assertThat(event.source()).isEqualTo("sampark-bridge");
        // on the wire the grievance ID is a JSON string, never a number
        assertThat(TestEvents.readAll(prefix() + Topics.COMPLAINT_REGISTERED)).anySatisfy(r ->
                assertThat(r.value()).contains("\"grievanceId\":\"" + data.grievanceId() + "\""));

        List<Grievance> atPortal = grievances("JAL-2026-200001");
        assertThat(atPortal).hasSize(1);
        Grievance g = atPortal.get(0);
        assertThat(g.grievanceId()).isEqualTo(data.grievanceId());
        assertThat(g.department()).isEqualTo("PHED");
        assertThat(g.subject()).isEqualTo("गांव में पानी नहीं आ रहा");
        assertThat(g.description()).contains("पाइपलाइन टूटी है");
        assertThat(g.tehsil()).isEqualTo("Sanchore");
        assertThat(g.contactNumber()).isEqualTo("+919876543210");

        Registration r = row("JAL-2026-200001");
        assertThat(r.state).isEqualTo(Registration.State.REGISTERED);
        assertThat(r.grievanceId).isEqualTo(data.grievanceId());
        assertThat(r.ambiguous).isFalse();
        staysExactlyOne("JAL-2026-200001");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("sampark_registrations_waiting").contains("sampark_registrations_registered_total");
    }

    @Test
    void theSameRoutedEventTwiceMakesOneRegistrationAndOneGrievance() {
        EventEnvelope<ComplaintRouted> e = publishRouted("JAL-2026-200002", "JDVVNL", "bijli nahi aa rahi teen din se");
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_ROUTED, "JAL-2026-200002", EventCodec.encode(e));
        // and the same complaint routed again under a new event id
        publishRouted("JAL-2026-200002", "JDVVNL", "bijli nahi aa rahi teen din se");

        awaitRegistered("JAL-2026-200002");
        staysExactlyOne("JAL-2026-200002");
        assertThat(QuarkusTransaction.requiringNew().call(() -> registrations.count("complaintId", "JAL-2026-200002")))
                .isEqualTo(1);
    }

    @Test
    void anAnswerThatNeverCameIsLookedUpAndAdoptedNotRegisteredAgain() {
        // The portal registers the grievance but answers only after 3 s; the bridge gives up after 1 s.
        SamparkSimulator.simulators().sampark().injectFault("timeout-after-accept", 200, 3_000, 1);
        publishRouted("JAL-2026-200003", "PWD", "sadak tooti hui hai, gaddhe bahut hain");

        EventEnvelope<ComplaintRegistered> event = awaitRegistered("JAL-2026-200003");
        staysExactlyOne("JAL-2026-200003");
        assertThat(event.data().grievanceId()).isEqualTo(grievances("JAL-2026-200003").get(0).grievanceId());
        Registration r = row("JAL-2026-200003");
        assertThat(r.state).isEqualTo(Registration.State.REGISTERED);
        assertThat(r.attempts).isGreaterThanOrEqualTo(2); // the adoption was a second attempt, not a lucky first
    }

    @Test
    void aBurstOfPortalErrorsIsRiddenOut() {
        SamparkSimulator.simulators().sampark().injectFault("error", 503, 0, 5);
        publishRouted("JAL-2026-200004", "HEALTH", "PHC me doctor nahi aate");

        EventEnvelope<ComplaintRegistered> event = awaitRegistered("JAL-2026-200004");
        assertThat(event.data().grievanceId()).matches("[0-9]+");
        staysExactlyOne("JAL-2026-200004");
        Registration r = row("JAL-2026-200004");
        assertThat(r.attempts).isGreaterThanOrEqualTo(2); // the first attempt's retries all met 503s
        assertThat(r.lastError).isNull();
    }

    @Test
    void theDepartmentCanSeeWhereTheRegistrationStands() {
        publishRouted("JAL-2026-200005", "PHED", "hand pump kharab hai");
        String grievanceId = awaitRegistered("JAL-2026-200005").data().grievanceId();

        given().auth().preemptive().basic("phed-officer", "phed-secret")
                .when().get("/api/registrations/JAL-2026-200005")
                .then().statusCode(200)
                .body("state", equalTo("REGISTERED"))
                .body("grievanceId", equalTo(grievanceId))
                .body("grievanceId", matchesPattern("[0-9]+"))
                .body("contactNumber", org.hamcrest.Matchers.nullValue());
        given().auth().preemptive().basic("pwd-officer", "pwd-secret")
                .when().get("/api/registrations/JAL-2026-200005")
                .then().statusCode(403);
        given().when().get("/api/registrations/JAL-2026-200005")
                .then().statusCode(401);
        given().auth().preemptive().basic("phed-officer", "phed-secret")
                .when().get("/api/registrations/JAL-2026-299999")
                .then().statusCode(404).body("error", org.hamcrest.Matchers.containsString("JAL-2026-299999"));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndDoesNotBlockTheNextComplaint() {
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_ROUTED, "JAL-2026-200006", "{not json");
        publishRouted("JAL-2026-200007", "FOOD", "ration nahi mila");

        awaitRegistered("JAL-2026-200007");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TestEvents.readAll(prefix() + Topics.deadLetter("sampark-bridge")))
                .anySatisfy(r -> assertThat(r.value()).isEqualTo("{not json")));
    }
}
