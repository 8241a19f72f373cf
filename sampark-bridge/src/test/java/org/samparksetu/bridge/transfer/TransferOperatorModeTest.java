package org.samparksetu.bridge.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.bridge.actionreport.HeldActionReportRepository;
import org.samparksetu.bridge.operator.OperatorMode;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import static org.samparksetu.bridge.TestComplaints.rerouted;
import static org.samparksetu.bridge.TestComplaints.transferred;

/**
 * Operator mode: a complaint re-routed after the operator registered it becomes a TRANSFER task on the operator's
 * queue; the move is announced only once the operator confirms it was made on the portal, and until then neither
 * department's report lands on it (the old one is refused, the new one's waits).
 */
@QuarkusTest
@TestProfile(OperatorMode.class)
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class TransferOperatorModeTest {

    @Inject
    HeldActionReportRepository held;

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator-secret").contentType(ContentType.JSON);
    }

    private static RequestSpecification officer(String department) {
        String user = department.toLowerCase();
        return given().auth().preemptive().basic(user + "-officer", user + "-secret").contentType(ContentType.JSON);
    }

    private static Map<String, Object> report(String complaintId, String outcome, String reportId) {
        return Map.of("complaintId", complaintId, "outcome", outcome, "remarks", "नाली की सफ़ाई करवाई गई",
                "officer", "EO Nagar Palika Sanchore", "reportId", reportId);
    }

    private static List<EventEnvelope<ComplaintActionReported>> reports(String complaintId) {
        return TestEvents.events(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class).stream()
                .filter(e -> complaintId.equals(e.subject())).toList();
    }

    /** Routed to {@code department}, entered on the portal by the operator as {@code grievanceId}. */
    private static void registeredByTheOperator(String complaintId, String department, String grievanceId) {
        publishRouted(complaintId, department, "nali band hai, paani sadak par");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> operator().get("/api/operator/queue")
                .then().statusCode(200).body("complaintId", hasItem(complaintId)));
        operator().body("{\"grievanceId\":\"" + grievanceId + "\"}").post("/api/operator/queue/" + complaintId + "/grievance")
                .then().statusCode(200);
        awaitRegistered(complaintId);
    }

    private static void awaitTask(String complaintId, String to) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> operator().get("/api/operator/transfers")
                .then().statusCode(200)
                .body("find { it.complaintId == '" + complaintId + "' }.toDepartment", equalTo(to)));
    }

    @Test
    void theMoveIsTheOperatorsTaskAndIsAnnouncedWhenTheOperatorConfirmsIt() {
        String id = "JAL-2026-730001";
        registeredByTheOperator(id, "PHED", "0315127730001");
        publishRouted(rerouted(id, "PHED", "LSG", 1, "नाली नगर पालिका क्षेत्र में है"));
        awaitTask(id, "LSG");
        operator().get("/api/operator/transfers").then()
                .body("findAll { it.complaintId == '" + id + "' }.size()", equalTo(1))
                .body("find { it.complaintId == '" + id + "' }.grievanceId", equalTo("0315127730001"))
                .body("find { it.complaintId == '" + id + "' }.fromDepartment", equalTo("PHED"))
                .body("find { it.complaintId == '" + id + "' }.reason", equalTo("नाली नगर पालिका क्षेत्र में है"))
                .body("find { it.complaintId == '" + id + "' }.instruction", containsString("from PHED to LSG"));
        assertThat(transferred(id)).isEmpty();

        // Until the move is made: PHED is refused, LSG's REST report waits, LSG's system's report is held.
        officer("PHED").body(report(id, "FALSE_CASE", "ATR-PHED-730001")).post("/api/action-reports")
                .then().statusCode(403).body("error", containsString("is with LSG"));
        officer("LSG").body(report(id, "RELIEF", "ATR-LSG-730001")).post("/api/action-reports")
                .then().statusCode(409).body("error", containsString("moving to LSG"));
        operator().body(report(id, "RELIEF", "operator:730001")).post("/api/operator/action-reports")
                .then().statusCode(409).body("error", containsString("confirm it under Transfers first"));
        TestEvents.publishRaw(prefix() + Topics.departmentActionReports("LSG"), id, """
                {"reportId":"lsg-erp-730001","complaintId":"%s","outcome":"RELIEF",
                 "remarks":"nali saaf karwai","officer":"EO Nagar Palika Sanchore"}""".formatted(id));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                QuarkusTransaction.requiringNew().call(() -> held.count("complaintId", id))).isEqualTo(1L));
        assertThat(reports(id)).isEmpty();

        // The operator confirms a move to the wrong department, or names none: refused, nothing recorded.
        operator().body("{\"department\":\"PWD\"}").post("/api/operator/transfers/" + id + "/done")
                .then().statusCode(409).body("error", containsString("is to move to LSG"));
        operator().body("{}").post("/api/operator/transfers/" + id + "/done")
                .then().statusCode(400).body("error", containsString("'department'"));
        operator().body("{\"department\":\"" + "L".repeat(51) + "\"}").post("/api/operator/transfers/" + id + "/done")
                .then().statusCode(400).body("error", containsString("50"));
        officer("LSG").body("{\"department\":\"LSG\"}").post("/api/operator/transfers/" + id + "/done").then().statusCode(403);

        operator().body("{\"department\":\"LSG\"}").post("/api/operator/transfers/" + id + "/done")
                .then().statusCode(200).body("toDepartment", equalTo("LSG")).body("fromDepartment", equalTo("PHED"))
                .body("movedBy", equalTo("operator"));
        operator().body("{\"department\":\"lsg\"}").post("/api/operator/transfers/" + id + "/done") // a double click
                .then().statusCode(200).body("toDepartment", equalTo("LSG"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(transferred(id)).hasSize(1));
        ComplaintTransferred t = transferred(id).get(0).data();
        assertThat(t.mode()).isEqualTo("OPERATOR");
        assertThat(t.fromDepartmentCode()).isEqualTo("PHED");
        assertThat(t.toDepartmentCode()).isEqualTo("LSG");
        assertThat(t.grievanceId()).isEqualTo("0315127730001");
        assertThat(t.transfers()).isEqualTo(1);
        operator().get("/api/operator/transfers").then().statusCode(200).body("complaintId", not(hasItem(id)));

        // LSG's held report was applied with the move, exactly once; LSG reports on REST now, PHED still may not.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports(id)).hasSize(1));
        assertThat(reports(id).get(0).data().reportId()).isEqualTo("lsg-erp-730001");
        assertThat(reports(id).get(0).data().departmentCode()).isEqualTo("LSG");
        officer("LSG").body(report(id, "RELIEF", "ATR-LSG-730001")).post("/api/action-reports").then().statusCode(201);
        officer("PHED").body(report(id, "FALSE_CASE", "ATR-PHED-730001")).post("/api/action-reports").then().statusCode(403);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    assertThat(transferred(id)).hasSize(1);
                    assertThat(reports(id)).hasSize(2);
                });
        assertThat(SamparkSimulator.simulators().sampark().byReference(id)).isEmpty(); // never through the API
    }

    @Test
    void aSecondReRouteBeforeTheOperatorMovedItRedirectsTheTaskAndARouteBackDropsIt() {
        String id = "JAL-2026-730002";
        registeredByTheOperator(id, "PHED", "0315127730002");
        publishRouted(rerouted(id, "PHED", "LSG", 1, "nagar palika ka kaam"));
        awaitTask(id, "LSG");
        publishRouted(rerouted(id, "LSG", "PWD", 2, "sadak ki nali PWD ki hai"));
        awaitTask(id, "PWD");
        operator().get("/api/operator/transfers").then()
                .body("findAll { it.complaintId == '" + id + "' }.size()", equalTo(1))
                .body("find { it.complaintId == '" + id + "' }.fromDepartment", equalTo("PHED"))
                .body("find { it.complaintId == '" + id + "' }.transfers", equalTo(2));
        // a confirmation made from the page shown before the second re-route is refused
        operator().body("{\"department\":\"LSG\"}").post("/api/operator/transfers/" + id + "/done")
                .then().statusCode(409).body("error", containsString("is to move to PWD"));

        // routed back to PHED, where the portal still has it, before the operator moved it: the task goes
        publishRouted(rerouted(id, "PWD", "PHED", 3, "jaanch mein PHED ki pipeline nikli"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> operator().get("/api/operator/transfers")
                .then().statusCode(200).body("complaintId", not(hasItem(id))));
        operator().body("{\"department\":\"PWD\"}").post("/api/operator/transfers/" + id + "/done").then().statusCode(404);
        officer("PHED").body(report(id, "RELIEF", "ATR-PHED-730002")).post("/api/action-reports").then().statusCode(201);
        officer("PWD").body(report(id, "RELIEF", "ATR-PWD-730002")).post("/api/action-reports").then().statusCode(403);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(transferred(id)).isEmpty());
    }
}
