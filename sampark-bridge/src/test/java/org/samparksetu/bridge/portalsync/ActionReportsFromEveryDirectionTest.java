package org.samparksetu.bridge.portalsync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
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
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.prefix;
import static org.samparksetu.bridge.TestComplaints.publishRouted;
import static org.samparksetu.bridge.TestComplaints.registered;

/**
 * Action reports from every direction — portal disposals found by polling, a department system's Kafka topic,
 * REST with geotagged photos — each become exactly one complaint.action-reported; and a reopened complaint is
 * registered again on the portal, linked to its earlier grievance.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class ActionReportsFromEveryDirectionTest {

    @Inject
    PortalPoller poller;
    @Inject
    RegistrationRepository registrations;

    @AfterEach
    void clearFaults() {
        SamparkSimulator.simulators().sampark().clearFaults();
    }

    private static List<EventEnvelope<ComplaintActionReported>> reports(String complaintId) {
        return TestEvents.events(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class).stream()
                .filter(e -> complaintId.equals(e.subject())).toList();
    }

    private static void staysExactlyOneReport(String complaintId) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(reports(complaintId)).hasSize(1));
    }

    private Registration row(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> registrations.findById(complaintId));
    }

    @Test
    void aDisposalOnThePortalBecomesExactlyOneActionReportWithItsRealOutcome() {
        String grievanceId = awaitRegistered(publishRouted("JAL-2026-500001", "PHED", "hand pump kharab").subject())
                .data().grievanceId();
        // An officer's intermediate action first: a status change, no report.
        SamparkSimulator.simulators().sampark().act(grievanceId, "UNDER_ACTION", "JEN sent to site", "JEN Bhinmal");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(row("JAL-2026-500001").portalStatus).isEqualTo("UNDER_ACTION"));
        assertThat(reports("JAL-2026-500001")).isEmpty();

        SamparkSimulator.simulators().sampark().dispose(grievanceId, "FALSE_CASE", "शिकायत असत्य पाई गई", "AEN Bhinmal");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports("JAL-2026-500001")).hasSize(1));
        poller.poll(); // polling the same window again (the poller also keeps running meanwhile) adds nothing
        staysExactlyOneReport("JAL-2026-500001");

        ComplaintActionReported r = reports("JAL-2026-500001").get(0).data();
        assertThat(r.source()).isEqualTo("PORTAL");
        assertThat(r.outcome()).isEqualTo(DisposalOutcome.FALSE_CASE);
        assertThat(r.remarks()).isEqualTo("शिकायत असत्य पाई गई");
        assertThat(r.officer()).isEqualTo("AEN Bhinmal");
        assertThat(r.grievanceId()).isEqualTo(grievanceId);
        assertThat(r.reportId()).startsWith("portal:" + grievanceId + ":");
        assertThat(row("JAL-2026-500001").portalStatus).isEqualTo("DISPOSED");
    }

    @Test
    void aDepartmentSystemsReportOnKafkaBecomesExactlyOneActionReportWithItsGeotaggedPhotos() {
        awaitRegistered(publishRouted("JAL-2026-500002", "PWD", "sadak me gaddhe").subject());
        String report = """
                {"reportId":"pwd-erp-77001","complaintId":"JAL-2026-500002","departmentCode":"PWD","outcome":"RELIEF",
                 "remarks":"patchwork done on 200 m","officer":"AEN PWD Jalore",
                 "photos":[{"url":"https://pwd.example/atr/77001.jpg","sha256":null,
                            "location":{"latitude":25.3471,"longitude":72.6155,"name":null,"address":null}}]}""";
        TestEvents.publishRaw(prefix() + Topics.DEPARTMENT_ACTION_REPORTS, "JAL-2026-500002", report);
        TestEvents.publishRaw(prefix() + Topics.DEPARTMENT_ACTION_REPORTS, "JAL-2026-500002", report); // redelivered

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports("JAL-2026-500002")).hasSize(1));
        staysExactlyOneReport("JAL-2026-500002");
        ComplaintActionReported r = reports("JAL-2026-500002").get(0).data();
        assertThat(r.source()).isEqualTo("KAFKA");
        assertThat(r.reportId()).isEqualTo("pwd-erp-77001");
        assertThat(r.photos()).singleElement().satisfies(p -> {
            assertThat(p.url()).isEqualTo("https://pwd.example/atr/77001.jpg");
            assertThat(p.location().latitude()).isEqualTo(25.3471);
            assertThat(p.location().longitude()).isEqualTo(72.6155);
        });
    }

    @Test
    void aKafkaReportForAnotherDepartmentsComplaintIsParkedNotTaken() {
        awaitRegistered(publishRouted("JAL-2026-500003", "HEALTH", "PHC band").subject());
        String report = """
                {"reportId":"pwd-erp-77002","complaintId":"JAL-2026-500003","departmentCode":"PWD","outcome":"RELIEF",
                 "remarks":"not ours","officer":"AEN PWD"}""";
        TestEvents.publishRaw(prefix() + Topics.DEPARTMENT_ACTION_REPORTS, "JAL-2026-500003", report);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TestEvents.readAll(prefix() + Topics.deadLetter("sampark-bridge")))
                .anySatisfy(rec -> assertThat(rec.value()).contains("pwd-erp-77002")));
        assertThat(reports("JAL-2026-500003")).isEmpty();
    }

    @Test
    void aReportOnTheDepartmentsOwnTopicIsTakenAndOneForAnotherDepartmentsComplaintIsRefusedAndCounted() {
        awaitRegistered(publishRouted("JAL-2026-500011", "PWD", "pulia tooti").subject());
        awaitRegistered(publishRouted("JAL-2026-500012", "HEALTH", "ambulance nahi aayi").subject());
        double refusedBefore = refusedOtherDepartment();
        TestEvents.publishRaw(prefix() + Topics.departmentActionReports("PWD"), "JAL-2026-500011", """
                {"reportId":"pwd-erp-88001","complaintId":"JAL-2026-500011","outcome":"INTERIM_RELIEF",
                 "remarks":"diversion made, culvert work sanctioned","officer":"AEN PWD Sanchore"}""");
        // PWD's system (the only writer of PWD's topic) reporting on a HEALTH complaint, naming no department
        TestEvents.publishRaw(prefix() + Topics.departmentActionReports("PWD"), "JAL-2026-500012", """
                {"reportId":"pwd-erp-88002","complaintId":"JAL-2026-500012","outcome":"RELIEF",
                 "remarks":"not ours","officer":"AEN PWD"}""");
        // and one that names another department than its topic's
        TestEvents.publishRaw(prefix() + Topics.departmentActionReports("PWD"), "JAL-2026-500012", """
                {"reportId":"pwd-erp-88003","complaintId":"JAL-2026-500012","departmentCode":"HEALTH","outcome":"RELIEF",
                 "remarks":"pretending","officer":"AEN PWD"}""");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports("JAL-2026-500011")).hasSize(1));
        ComplaintActionReported r = reports("JAL-2026-500011").get(0).data();
        assertThat(r.source()).isEqualTo("KAFKA");
        assertThat(r.departmentCode()).isEqualTo("PWD");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var parked = TestEvents.readAll(prefix() + Topics.deadLetter("sampark-bridge"));
            assertThat(parked).anySatisfy(rec -> assertThat(rec.value()).contains("pwd-erp-88002"));
            assertThat(parked).anySatisfy(rec -> assertThat(rec.value()).contains("pwd-erp-88003"));
        });
        assertThat(reports("JAL-2026-500012")).isEmpty();
        assertThat(refusedOtherDepartment()).isGreaterThan(refusedBefore);
    }

    @Test
    void theSubjectGoesToThePortalAndOnComplaintRegistered() {
        var routed = org.samparksetu.bridge.TestComplaints.routed("JAL-2026-500013", "PHED", "हैंडपंप खराब है",
                "handpump", null, "Karola", List.of());
        ComplaintRegistered registered = awaitRegistered(
                org.samparksetu.bridge.TestComplaints.publishRouted(routed).subject()).data();
        assertThat(registered.subject()).isEqualTo("handpump");
        assertThat(SamparkSimulator.simulators().sampark().byReference("JAL-2026-500013")).singleElement()
                .satisfies(g -> assertThat(g.subject()).isEqualTo("handpump"));
    }

    private static double refusedOtherDepartment() {
        String m = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return m.lines().filter(l -> l.startsWith("sampark_action_reports_refused_total{") && l.contains("reason=\"other-department\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aRestReportCarriesPhotosWithGpsAndBadGpsIsRefused() {
        awaitRegistered(publishRouted("JAL-2026-500004", "PHED", "pipeline leak").subject());
        given().auth().preemptive().basic("phed-officer", "phed-secret").contentType("application/json")
                .body("""
                        {"complaintId":"JAL-2026-500004","outcome":"RELIEF","remarks":"leak fixed","officer":"JEN",
                         "photos":[{"url":"https://phed.example/a.jpg","location":{"latitude":95.0,"longitude":72.6}}]}""")
                .when().post("/api/action-reports")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.containsString("photos[0].location"));
        given().auth().preemptive().basic("phed-officer", "phed-secret").contentType("application/json")
                .body("""
                        {"complaintId":"JAL-2026-500004","outcome":"RELIEF","remarks":"leak fixed","officer":"JEN",
                         "reportId":"phed-1","photos":[{"url":"https://phed.example/a.jpg","location":{"latitude":25.1,"longitude":72.6}}]}""")
                .when().post("/api/action-reports")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reports("JAL-2026-500004")).hasSize(1));
        assertThat(reports("JAL-2026-500004").get(0).data().photos()).singleElement()
                .satisfies(p -> assertThat(p.location().latitude()).isEqualTo(25.1));
    }

    @Test
    void aReopenedComplaintIsRegisteredAgainLinkedToItsEarlierGrievance() {
        String first = awaitRegistered(publishRouted("JAL-2026-500005", "JDVVNL", "transformer jal gaya").subject())
                .data().grievanceId();
        SamparkSimulator.simulators().sampark().dispose(first, "RELIEF", "transformer badla", "AEN JdVVNL");

        EventEnvelope<ComplaintReopened> reopened = TestEvents.publish(prefix(), EventType.COMPLAINT_REOPENED, "JAL-2026-500005",
                new ComplaintReopened("JAL-2026-500005", "JDVVNL", "citizen says power still off", 2, Instant.now()));
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_REOPENED, "JAL-2026-500005", EventCodec.encode(reopened)); // twice

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(registered("JAL-2026-500005")).hasSize(2));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(registered("JAL-2026-500005")).hasSize(2);
            assertThat(SamparkSimulator.simulators().sampark().byReference("JAL-2026-500005")).hasSize(2);
        });
        ComplaintRegistered again = registered("JAL-2026-500005").get(1).data();
        assertThat(again.grievanceId()).isNotEqualTo(first).matches("[0-9]{13,}");
        Grievance linked = SamparkSimulator.simulators().sampark().byReference("JAL-2026-500005").stream()
                .filter(g -> g.grievanceId().equals(again.grievanceId())).findFirst().orElseThrow();
        assertThat(linked.previousGrievanceId()).isEqualTo(first);
        assertThat(linked.description()).contains("citizen says power still off");
        Registration r = row("JAL-2026-500005");
        assertThat(r.grievanceId).isEqualTo(again.grievanceId());
        assertThat(r.previousGrievanceId).isEqualTo(first);
        assertThat(r.reopenCount).isEqualTo(1);
    }

    @Test
    void aReopenedComplaintWhoseReRegistrationTimesOutAdoptsTheNewGrievanceNotTheOldOne() {
        String first = awaitRegistered(publishRouted("JAL-2026-500006", "FOOD", "ration nahi mila").subject())
                .data().grievanceId();
        SamparkSimulator.simulators().sampark().injectFault("timeout-after-accept", 200, 1_500, 1);
        TestEvents.publish(prefix(), EventType.COMPLAINT_REOPENED, "JAL-2026-500006",
                new ComplaintReopened("JAL-2026-500006", "FOOD", "field check failed", 2, Instant.now()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(registered("JAL-2026-500006")).hasSize(2));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SamparkSimulator.simulators().sampark().byReference("JAL-2026-500006")).hasSize(2));
        String second = registered("JAL-2026-500006").get(1).data().grievanceId();
        assertThat(second).isNotEqualTo(first);
        assertThat(row("JAL-2026-500006").attempts).isGreaterThanOrEqualTo(2); // adopted after the look-up
    }
}
