package org.samparksetu.bridge.actionreport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.DisposalOutcome;
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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.prefix;
import static org.samparksetu.bridge.TestComplaints.publishRouted;

/** Departments file action-taken reports over REST; each becomes exactly one complaint.action-reported. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class ActionReportApiTest {

    @Inject
    ActionReportRepository reports;

    private static RequestSpecification phed() {
        return given().auth().preemptive().basic("phed-officer", "phed-secret").contentType(ContentType.JSON);
    }

    private static Map<String, Object> report(String complaintId, String outcome, String reportId) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("complaintId", complaintId);
        body.put("outcome", outcome);
        body.put("remarks", "नई पाइपलाइन डाली गई, आपूर्ति चालू");
        body.put("officer", "AEN PHED Sanchore");
        if (reportId != null) {
            body.put("reportId", reportId);
        }
        return body;
    }

    private static String registeredComplaint(String complaintId, String department) {
        publishRouted(complaintId, department, "pani ki pipeline tooti hai");
        return awaitRegistered(complaintId).data().grievanceId();
    }

    private static List<EventEnvelope<ComplaintActionReported>> reported(String complaintId) {
        return TestEvents.events(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class).stream()
                .filter(e -> complaintId.equals(e.subject())).toList();
    }

    @Test
    void aReportBecomesAnActionReportedEvent() {
        String grievanceId = registeredComplaint("JAL-2026-300001", "PHED");

        phed().body(report("JAL-2026-300001", "RELIEF", "ATR-PHED-0001"))
                .when().post("/api/action-reports")
                .then().statusCode(201)
                .body("reportId", equalTo("ATR-PHED-0001"))
                .body("complaintId", equalTo("JAL-2026-300001"))
                .body("grievanceId", equalTo(grievanceId));

        var events = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class,
                e -> "JAL-2026-300001".equals(e.subject()), 1);
        ComplaintActionReported data = events.get(0).data();
        assertThat(data.reportId()).isEqualTo("ATR-PHED-0001");
        assertThat(data.outcome()).isEqualTo(DisposalOutcome.RELIEF);
        assertThat(data.remarks()).isEqualTo("नई पाइपलाइन डाली गई, आपूर्ति चालू");
        assertThat(data.officer()).isEqualTo("AEN PHED Sanchore");
        assertThat(data.source()).isEqualTo("REST");
        assertThat(data.grievanceId()).isEqualTo(grievanceId);
        assertThat(data.departmentCode()).isEqualTo("PHED");
        assertThat(events.get(0).source()).isEqualTo("sampark-bridge");
        assertThat(QuarkusTransaction.requiringNew().call(() -> reports.findById("ATR-PHED-0001").submittedBy))
                .isEqualTo("phed-officer");
    }

    @Test
    void theSameReportTwiceIsOneEvent() {
        registeredComplaint("JAL-2026-300002", "PHED");

        String first = phed().body(report("JAL-2026-300002", "INTERIM_RELIEF", "ATR-PHED-0002"))
                .when().post("/api/action-reports")
                .then().statusCode(201).extract().asString();
        String second = phed().body(report("JAL-2026-300002", "INTERIM_RELIEF", "ATR-PHED-0002"))
                .when().post("/api/action-reports")
                .then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);

        // a later report on the same complaint proves the relay has caught up before we count
        phed().body(report("JAL-2026-300002", "RELIEF", "ATR-PHED-0003"))
                .when().post("/api/action-reports").then().statusCode(201);
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class,
                e -> "ATR-PHED-0003".equals(e.data().reportId()), 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(reported("JAL-2026-300002")).extracting(e -> e.data().reportId())
                        .containsExactly("ATR-PHED-0002", "ATR-PHED-0003"));
    }

    @Test
    void aReportWithoutReportIdGetsOne() {
        registeredComplaint("JAL-2026-300003", "PHED");
        String reportId = phed().body(report("JAL-2026-300003", "filed", null))
                .when().post("/api/action-reports")
                .then().statusCode(201).body("reportId", not(emptyOrNullString()))
                .extract().path("reportId");
        var events = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class,
                e -> "JAL-2026-300003".equals(e.subject()), 1);
        assertThat(events.get(0).data().reportId()).isEqualTo(reportId);
        assertThat(events.get(0).data().outcome()).isEqualTo(DisposalOutcome.FILED);
    }

    @Test
    void anotherDepartmentsComplaintIsForbidden() {
        registeredComplaint("JAL-2026-300004", "JDVVNL");
        phed().body(report("JAL-2026-300004", "RELIEF", "ATR-PHED-0004"))
                .when().post("/api/action-reports")
                .then().statusCode(403)
                .body("error", containsString("another department"))
                .body("error", containsString("PHED"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> reports.findById("ATR-PHED-0004"))).isNull();
    }

    @Test
    void noCredentialsIsUnauthorized() {
        given().contentType(ContentType.JSON).body(report("JAL-2026-300001", "RELIEF", "ATR-X-1"))
                .when().post("/api/action-reports")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", containsString("authentication required"));
        given().auth().preemptive().basic("phed-officer", "wrong").contentType(ContentType.JSON)
                .body(report("JAL-2026-300001", "RELIEF", "ATR-X-2"))
                .when().post("/api/action-reports")
                .then().statusCode(401);
    }

    @Test
    void aBadOutcomeOrAMissingFieldIsABadRequestNamingTheField() {
        phed().body(report("JAL-2026-300001", "FIXED", "ATR-X-3"))
                .when().post("/api/action-reports")
                .then().statusCode(400)
                .body("error", containsString("outcome"))
                .body("error", containsString("RELIEF"));
        var noRemarks = report("JAL-2026-300001", "RELIEF", "ATR-X-4");
        noRemarks.remove("remarks");
        phed().body(noRemarks).when().post("/api/action-reports")
                .then().statusCode(400).body("error", equalTo("field 'remarks' is required"));
        phed().body("{\"complaintId\": ").when().post("/api/action-reports")
                .then().statusCode(400).body("error", containsString("JSON"));
    }

    @Test
    void interimReliefCarriesTheDepartmentsDateAndOnlyInterimReliefDoes() {
        registeredComplaint("JAL-2026-300006", "PHED");
        var interim = report("JAL-2026-300006", "INTERIM_RELIEF", "ATR-PHED-0006");
        interim.put("expectedBy", "2026-04-15");
        phed().body(interim).when().post("/api/action-reports").then().statusCode(201);
        // a date on a final outcome promises nothing: the report is taken, the date is not passed on
        var relief = report("JAL-2026-300006", "RELIEF", "ATR-PHED-0007");
        relief.put("expectedBy", "2026-04-20");
        phed().body(relief).when().post("/api/action-reports").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> reported("JAL-2026-300006").size() == 2);
        assertThat(reported("JAL-2026-300006")).extracting(e -> e.data().outcome() + " " + e.data().expectedBy())
                .containsExactly("INTERIM_RELIEF 2026-04-15", "RELIEF null");
    }

    @Test
    void anInterimDateThatIsNotADateIsABadRequestNamingTheField() {
        for (String notADate : List.of("15-04-2026", "next month", "2026-02-30", "2026-04-15T00:00:00Z")) {
            var interim = report("JAL-2026-300001", "INTERIM_RELIEF", "ATR-X-6");
            interim.put("expectedBy", notADate);
            phed().body(interim).when().post("/api/action-reports")
                    .then().statusCode(400).body("error", containsString("expectedBy"));
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> reports.findById("ATR-X-6"))).isNull();
    }

    @Test
    void anUnknownComplaintIsNotFound() {
        phed().body(report("JAL-2026-399999", "RELIEF", "ATR-X-5"))
                .when().post("/api/action-reports")
                .then().statusCode(404).body("error", containsString("JAL-2026-399999"));
    }

    @Test
    void aComplaintNotYetRegisteredIsAConflict() {
        // The portal is down: the complaint stays PENDING.
        SamparkSimulator.simulators().sampark().injectFault("outage", 503, 60_000, 0);
        try {
            publishRouted("JAL-2026-300005", "PHED", "tanker nahi aaya");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> phed()
                    .body(report("JAL-2026-300005", "RELIEF", "ATR-PHED-0005"))
                    .when().post("/api/action-reports")
                    .then().statusCode(409).body("error", containsString("not registered")));
        } finally {
            SamparkSimulator.simulators().sampark().clearFaults();
        }
        // and once the portal is back it is registered and the report goes through
        awaitRegistered("JAL-2026-300005");
        phed().body(report("JAL-2026-300005", "RELIEF", "ATR-PHED-0005"))
                .when().post("/api/action-reports").then().statusCode(201);
    }
}
