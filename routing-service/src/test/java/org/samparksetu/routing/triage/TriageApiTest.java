package org.samparksetu.routing.triage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Operators assign triage items and re-route complaints; every decision is kept with who made it. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class TriageApiTest {
    private static final String ID = "JAL-2026-200001";
    /** The content hash of the photo the citizen sent with the complaint (intake's media ID). */
    private static final String PHOTO = "9f2c4e1b7a0d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a";

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    @Test
    void theQueueNeedsAnOperatorAccount() {
        given().when().get("/triage").then().statusCode(401).body("error", containsString("authentication required"));
        given().auth().preemptive().basic("triage-operator", "wrong").when().get("/triage").then().statusCode(401)
                .body("error", containsString("not recognised"));
    }

    @Test
    void anOperatorAssignsThenReroutesAndTheHistoryKeepsEveryDecision() {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, ID, new ComplaintReceived(ID, "919811122233", "WHATSAPP",
                "hi", "कृपया मदद करें", null, List.of(PHOTO), null, Instant.now()));
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_NEEDS_TRIAGE, ComplaintNeedsTriage.class, e -> e.subject().equals(ID), 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                operator().get("/triage").then().statusCode(200).body("complaintId", hasItem(ID)));

        // a page on another site posting a form with the operator's saved password claims nothing
        given().auth().preemptive().basic("triage-operator", "operator-secret").contentType("text/plain").body("x")
                .post("/triage/" + ID + "/claim").then().statusCode(415).body("error", containsString("X-Requested-With"));
        given().auth().preemptive().basic("triage-operator", "operator-secret").contentType("application/x-www-form-urlencoded")
                .formParam("x", "1").post("/triage/" + ID + "/claim").then().statusCode(415);
        operator().get("/triage").then().statusCode(200)
                .body("find { it.complaintId == '" + ID + "' }.assignedTo", org.hamcrest.Matchers.nullValue());
        operator().post("/triage/" + ID + "/claim").then().statusCode(200).body("assignedTo", equalTo("operator:triage-operator"));
        operator().contentType(ContentType.JSON).body("{\"department\":\"NOPE\"}").post("/triage/" + ID + "/assign")
                .then().statusCode(400).body("error", containsString("unknown department"));
        operator().contentType(ContentType.JSON).body("{\"department\":\"PHED\",\"reason\":\"citizen phoned: hand pump broken\"}")
                .post("/triage/" + ID + "/assign").then().statusCode(200).body("departmentCode", equalTo("PHED"))
                .body("outcome", equalTo("ROUTED"));
        var routed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class, e -> e.subject().equals(ID), 1);
        assertThat(routed.get(0).data().departmentCode()).isEqualTo("PHED");
        assertThat(routed.get(0).data().decidedBy()).isEqualTo("operator:triage-operator");
        assertThat(routed.get(0).data().contactNumber()).isEqualTo("+919811122233");
        assertThat(routed.get(0).data().mediaIds()).containsExactly(PHOTO);

        operator().contentType(ContentType.JSON).body("{\"department\":\"PHED\"}").post("/triage/" + ID + "/assign")
                .then().statusCode(409);
        operator().contentType(ContentType.JSON).body("{\"department\":\"JDVVNL\"}").post("/complaints/" + ID + "/reroute")
                .then().statusCode(400).body("error", containsString("reason"));
        operator().contentType(ContentType.JSON).body("{\"department\":\"JDVVNL\",\"reason\":\"the pump has no power: feeder fault\"}")
                .post("/complaints/" + ID + "/reroute").then().statusCode(200).body("departmentCode", equalTo("JDVVNL"));
        var rerouted = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals(ID) && e.data().departmentCode().equals("JDVVNL"), 1);
        assertThat(rerouted.get(0).data().decidedBy()).isEqualTo("operator:triage-operator");
        // the re-route re-emits what the registration needs: the photo stays attached
        assertThat(rerouted.get(0).data().mediaIds()).containsExactly(PHOTO);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TestEvents.events(prefix() + Topics.department("JDVVNL"), DepartmentComplaint.class))
                .anySatisfy(e -> assertThat(e.data().complaintId()).isEqualTo(ID)));

        operator().get("/complaints/" + ID).then().statusCode(200)
                .body("complaint.departmentCode", equalTo("JDVVNL"))
                .body("history.action", equalTo(List.of("QUEUED_FOR_TRIAGE", "CLAIMED", "ASSIGNED", "REROUTED")))
                .body("history.decidedBy", equalTo(List.of("CLASSIFIER", "operator:triage-operator",
                        "operator:triage-operator", "operator:triage-operator")))
                .body("history[3].previousDepartment", equalTo("PHED"))
                .body("history[3].reason", equalTo("the pump has no power: feeder fault"));
    }

    @Test
    void anOperatorsDecisionCarriesThePlaceTheClassifierFound() {
        String id = "JAL-2026-200002";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, new ComplaintReceived(id, "919811122244", "WHATSAPP",
                "hi", "गांव मोदरान, कृपया मदद करें", null, List.of(), null, Instant.now()));
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_NEEDS_TRIAGE, ComplaintNeedsTriage.class, e -> e.subject().equals(id), 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                operator().get("/triage").then().statusCode(200).body("complaintId", hasItem(id)));
        operator().contentType(ContentType.JSON).body("{\"department\":\"PHED\",\"reason\":\"citizen phoned: no water\"}")
                .post("/triage/" + id + "/assign").then().statusCode(200);
        ComplaintRouted routed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals(id), 1).get(0).data();
        // kept with the decision when it went to triage, re-emitted when a person routes it
        assertThat(routed.village()).isEqualTo("Modra");
        assertThat(routed.tehsil()).isEqualTo("Jaswantpura");
        assertThat(routed.gramPanchayat()).isEqualTo("Modra");
        assertThat(routed.placeKind()).isEqualTo("village");
        assertThat(routed.placeLocation()).isEqualTo(new GeoPoint(25.156915, 72.426017, null, null));
    }

    @Test
    void threeTransfersAreCountedAndAFourthGoesToTheGrievanceCellWhoseDecisionStands() {
        String id = "JAL-2026-200003";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, new ComplaintReceived(id, "919811122255", "WHATSAPP",
                "hi", "गांव सियाणा में हैंडपंप खराब है, पानी नहीं आ रहा", null, List.of(), null, Instant.now()));
        assertThat(TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals(id), 1).get(0).data().departmentCode()).isEqualTo("PHED");

        operator().contentType(ContentType.JSON).body("{\"department\":\"JDVVNL\",\"reason\":\"" + "x".repeat(501) + "\"}")
                .post("/complaints/" + id + "/reroute").then().statusCode(400).body("error", containsString("'reason'"))
                .body("error", containsString("500"));
        String previous = "PHED";
        int transfer = 0;
        for (String next : List.of("JDVVNL", "PANCHAYATI_RAJ", "PWD")) {
            transfer++;
            operator().contentType(ContentType.JSON).body("{\"department\":\"" + next + "\",\"reason\":\"not ours: " + next + "\"}")
                    .post("/complaints/" + id + "/reroute").then().statusCode(200).body("transfers", equalTo(transfer));
            ComplaintRouted routed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                    e -> e.subject().equals(id) && e.data().departmentCode().equals(next), 1).get(0).data();
            assertThat(routed.previousDepartmentCode()).isEqualTo(previous);
            assertThat(routed.transfers()).isEqualTo(transfer);
            previous = next;
        }
        // not registered yet: each move is routing's alone, so the department that had it hears it went out
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TestEvents.events(prefix() + Topics.department("PHED"), DepartmentComplaint.class))
                .anySatisfy(e -> {
                    assertThat(e.data().complaintId()).isEqualTo(id);
                    assertThat(e.data().kind()).isEqualTo(DepartmentComplaint.TRANSFERRED_OUT);
                    assertThat(e.data().otherDepartmentCode()).isEqualTo("JDVVNL");
                }));

        operator().contentType(ContentType.JSON).body("{\"department\":\"REVENUE\",\"reason\":\"the road is on revenue land\"}")
                .post("/complaints/" + id + "/reroute").then().statusCode(409)
                .body("error", containsString("transferred 3 times"))
                .body("error", containsString("grievance cell"));
        var cell = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_NEEDS_TRIAGE, ComplaintNeedsTriage.class,
                e -> e.subject().equals(id), 1);
        assertThat(cell.get(0).data().reason()).isEqualTo("transferred 3 times");
        operator().get("/triage").then().statusCode(200).body("find { it.complaintId == '" + id + "' }.triageReason",
                equalTo("transferred 3 times")).body("find { it.complaintId == '" + id + "' }.departmentCode", equalTo("PWD"));
        assertThat(TestEvents.events(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class))
                .noneMatch(e -> e.subject().equals(id) && e.data().departmentCode().equals("REVENUE"));

        // the grievance cell's decision is the last word, and still counted
        operator().contentType(ContentType.JSON).body("{\"department\":\"REVENUE\",\"reason\":\"cell: revenue land, tehsildar to act\"}")
                .post("/triage/" + id + "/assign").then().statusCode(200).body("outcome", equalTo("ROUTED"))
                .body("transfers", equalTo(4));
        ComplaintRouted decided = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals(id) && e.data().departmentCode().equals("REVENUE"), 1).get(0).data();
        assertThat(decided.previousDepartmentCode()).isEqualTo("PWD");
        assertThat(decided.transfers()).isEqualTo(4);
        operator().get("/complaints/" + id).then().statusCode(200)
                .body("history.action", equalTo(List.of("CLASSIFIED", "REROUTED", "REROUTED", "REROUTED",
                        "QUEUED_FOR_TRIAGE", "ASSIGNED")))
                .body("history[4].reason", containsString("asked for REVENUE"));
    }

    @Test
    void unknownComplaintsAreA404WithASentence() {
        operator().get("/complaints/JAL-2026-999999").then().statusCode(404).body("error", containsString("JAL-2026-999999"));
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().preemptive().basic("triage-operator", "operator-secret").header("X-Requested-With", "XMLHttpRequest");
    }
}
