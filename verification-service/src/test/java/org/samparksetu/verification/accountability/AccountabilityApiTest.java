package org.samparksetu.verification.accountability;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.verification.verification.TestComplaints;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The collector's figures as their page (now the console's /collector) reads them: worst department first. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class AccountabilityApiTest {

    /** FIXED: the citizen confirms; NOT_FIXED: the citizen disputes it and the verifier finds it not fixed. */
    void closedWith(String id, String department, ReplyIds.VerificationAnswer answer) {
        String prefix = ServiceInfrastructure.topicPrefix();
        if (answer == ReplyIds.VerificationAnswer.NOT_FIXED) {
            TestComplaints.routedWithPin(em, id, department);
        }
        TestEvents.publish(prefix, EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, department, "20260" + id.substring(9), "API", Instant.now()));
        TestEvents.publish(prefix, EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, "ATR-" + id, department,
                "20260" + id.substring(9), DisposalOutcome.RELIEF, "done", "AEn " + department, "REST", List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> "VERIFYING".equals(state(id)));
        if (answer == ReplyIds.VerificationAnswer.NOT_FIXED) {
            TestComplaints.disputedThenFieldVerdictAtPin(id, "NOT_FIXED");
        } else {
            TestEvents.publish(prefix, EventType.CITIZEN_REPLIED, id, new CitizenReplied(id, "919876543210",
                    "wamid." + UUID.randomUUID(), "BUTTON", ReplyIds.verification(answer, id), null, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !"VERIFYING".equals(state(id)));
    }

    static String state(String id) {
        var r = given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", id);
        return r.statusCode() == 200 ? r.jsonPath().getString("state") : null;
    }

    @Test
    void theWorstDepartmentComesFirstWithItsFigures() {
        closedWith("JAL-2026-800001", "PWD", ReplyIds.VerificationAnswer.NOT_FIXED);
        closedWith("JAL-2026-800002", "JDVVNL", ReplyIds.VerificationAnswer.FIXED);

        io.restassured.path.json.JsonPath report = accountability();
        List<java.util.Map<String, Object>> departments = report.getList("departments");
        // worst first: PWD closed falsely every time it was checked
        assertThat(((Number) departments.get(0).get("falseClosureRate")).doubleValue()).isEqualTo(1.0);
        assertThat(report.getDouble("departments.find { it.department == 'PWD' }.falseClosureRate")).isEqualTo(1.0);
        assertThat(report.getDouble("departments.find { it.department == 'JDVVNL' }.falseClosureRate")).isEqualTo(0.0);
        assertThat(report.getList("officers")).isNotEmpty();
        // the citizens' verdict on closures sits beside the departments' own figures
        assertThat(departments.get(0)).containsKeys("satisfactionRate", "reopenedByCitizen", "rated", "withdrawn");
    }

    static io.restassured.path.json.JsonPath accountability() {
        return given().auth().preemptive().basic("collector", "collector-secret").get("/api/accountability")
                .then().statusCode(200).extract().jsonPath();
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /** A complaint left at L3 (the clock escalates no further) whose deadline passed long ago. */
    void overdueAtL3(String id, Duration overdueFor) {
        // Older than any deadline this run's events can produce, so these two lead the list whatever else is overdue.
        java.sql.Timestamp due = java.sql.Timestamp.from(Instant.now().minus(overdueFor));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into tracked_complaint (complaint_id, department_code, grievance_id, state, escalation_level,
                          state_changed_at, created_at, due_at)
                        values (?1, 'PHED', ?2, 'REGISTERED', 3, ?3, ?3, ?3)""")
                .setParameter(1, id).setParameter(2, "20260" + id.substring(9)).setParameter(3, due).executeUpdate());
    }

    @Test
    void theLongestOverdueComplaintsComeFirst() {
        overdueAtL3("JAL-2026-800012", Duration.ofDays(300));
        overdueAtL3("JAL-2026-800011", Duration.ofDays(400));

        List<java.util.Map<String, Object>> overdue = accountability().getList("worstOverdue");
        List<String> ids = overdue.stream().map(r -> (String) r.get("complaintId")).toList();
        assertThat(ids).startsWith("JAL-2026-800011", "JAL-2026-800012");
        List<Double> days = overdue.stream().map(r -> ((Number) r.get("daysOverdue")).doubleValue()).toList();
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(overdue.get(0)).containsEntry("department", "PHED").containsEntry("escalationLevel", 3);
        assertThat(overdue.get(1)).containsEntry("escalationLevel", 3);
        assertThat(days.get(0) - days.get(1)).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.2));
        // the department's overdue count includes them
        assertThat(accountability().getLong("departments.find { it.department == 'PHED' }.overdue")).isGreaterThanOrEqualTo(2);
    }
}
