package org.samparksetu.routing.notice;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.DeadlineApproaching;
import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.contract.events.OfficerNotice;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * On the real broker and database: what happens to a complaint on the department side reaches the named officer who
 * holds it (officer.notice) and the department's own topic, once per trigger, and nobody is guessed.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class OfficerNoticeTest {
    /** Modra is in Jaswantpura tehsil (LGD); its water supply is PHED's. */
    private static final String MODRA_WATER = "गांव मोदरान में तीन दिन से पानी नहीं आ रहा है, पाइपलाइन टूटी है";

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    @Test
    void anotherReportOfAProblemTheOfficerKnowsIsNotANewComplaintToThem() {
        String id = "JAL-2026-400091";
        routeToPhedInJaswantpura(id);
        double members = metric("routing_officer_notices_total{kind=\"NEW_COMPLAINT\",outcome=\"cluster-member\"}");
        // linked to its cluster's leader, whose registration already told the L1 officer
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED",
                "2026040100091", ComplaintRegistered.MODE_LINKED, Instant.now(), null, "JAL-2026-400090"));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                metric("routing_officer_notices_total{kind=\"NEW_COMPLAINT\",outcome=\"cluster-member\"}") > members);
        assertThat(notices(id, OfficerNotice.NEW_COMPLAINT)).isEmpty();
    }

    @Test
    void aRegisteredComplaintReachesTheL1OfficerOfItsTehsilOnceEvenWhenRepeated() {
        String id = "JAL-2026-400001";
        routeToPhedInJaswantpura(id);
        Map<String, Object> jen = officer("PHED", "Jaswantpura", "L1");

        EventEnvelope<ComplaintRegistered> registered = TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, "PHED", "2026040100001", "API", Instant.now().truncatedTo(ChronoUnit.MILLIS)));

        OfficerNotice n = awaitNotice(id, OfficerNotice.NEW_COMPLAINT).data();
        assertThat(n.officerId()).isEqualTo(String.valueOf(jen.get("id")));
        assertThat(n.officerWaId()).isEqualTo(jen.get("whatsapp")).matches("91[6-9][0-9]{9}");
        assertThat(n.officerName()).isEqualTo(jen.get("name") + ", " + jen.get("designation"));
        assertThat(n.departmentCode()).isEqualTo("PHED");
        assertThat(n.level()).isEqualTo(1);
        assertThat(n.tehsil()).isEqualTo("Jaswantpura");

        // the same event redelivered, and the same registration re-published under a new event id
        double duplicates = metric("sampark_consumer_events_total{consumer=\"routing-service.complaint-registered\",outcome=\"duplicate\"}");
        double repeats = metric("routing_officer_notices_total{kind=\"NEW_COMPLAINT\",outcome=\"repeat\"}");
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_REGISTERED, id, EventCodec.encode(registered));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, registered.data());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(metric("sampark_consumer_events_total{consumer=\"routing-service.complaint-registered\",outcome=\"duplicate\"}"))
                    .isGreaterThan(duplicates);
            assertThat(metric("routing_officer_notices_total{kind=\"NEW_COMPLAINT\",outcome=\"repeat\"}")).isGreaterThan(repeats);
        });
        assertThat(notices(id, OfficerNotice.NEW_COMPLAINT)).hasSize(1);
        // the department's topic heard of it when it was routed (kind NEW), not again at registration
        assertThat(departmentEvents("PHED", id)).extracting(DepartmentComplaint::kind).containsExactly(DepartmentComplaint.NEW);
    }

    @Test
    void deadlineEscalationAndReopeningEachReachTheOfficerAtTheirLevelAndTheDepartmentsTopic() {
        String id = "JAL-2026-400002";
        routeToPhedInJaswantpura(id);
        Instant due = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

        TestEvents.publish(prefix(), EventType.COMPLAINT_DEADLINE_APPROACHING, id,
                new DeadlineApproaching(id, "PHED", 1, due, Instant.now()));
        OfficerNotice deadline = awaitNotice(id, OfficerNotice.DEADLINE_APPROACHING).data();
        assertThat(deadline.officerId()).isEqualTo(String.valueOf(officer("PHED", "Jaswantpura", "L1").get("id")));
        assertThat(deadline.level()).isEqualTo(1);
        assertThat(deadline.dueAt()).isEqualTo(due);

        // L2 and L3 of PHED hold the whole district: the district-wide posts answer for Jaswantpura
        TestEvents.publish(prefix(), EventType.COMPLAINT_ESCALATED, id,
                new ComplaintEscalated(id, "PHED", 1, 2, "no action-taken report in time", Instant.now()));
        OfficerNotice escalated = awaitNotice(id, OfficerNotice.ESCALATED).data();
        assertThat(escalated.officerId()).isEqualTo(String.valueOf(officer("PHED", "Jalore", "L2").get("id")));
        assertThat(escalated.level()).isEqualTo(2);
        assertThat(escalated.tehsil()).isEqualTo("Jaswantpura");

        TestEvents.publish(prefix(), EventType.COMPLAINT_REOPENED, id,
                new ComplaintReopened(id, "PHED", "field check: the pipeline is still broken", 3, Instant.now()));
        OfficerNotice reopened = awaitNotice(id, OfficerNotice.REOPENED).data();
        assertThat(reopened.officerId()).isEqualTo(String.valueOf(officer("PHED", "Jalore", "L3").get("id")));
        assertThat(reopened.level()).isEqualTo(3);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(departmentEvents("PHED", id))
                .extracting(DepartmentComplaint::kind, DepartmentComplaint::escalationLevel)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DepartmentComplaint.NEW, null),
                        org.assertj.core.groups.Tuple.tuple(DepartmentComplaint.DEADLINE_APPROACHING, 1),
                        org.assertj.core.groups.Tuple.tuple(DepartmentComplaint.ESCALATED, 2),
                        org.assertj.core.groups.Tuple.tuple(DepartmentComplaint.REOPENED, 3)));
        assertThat(departmentEvents("PHED", id)).allSatisfy(e -> {
            assertThat(e.tehsil()).isEqualTo("Jaswantpura");
            assertThat(e.village()).isEqualTo("Modra");
        });
    }

    @Test
    void aDepartmentWithOneDistrictWidePostTellsThatOfficerAndNobodyIsGuessedWhenTheDirectoryHasNone() {
        // Transport has one motor vehicle inspector for the district: the fallback for any tehsil
        String transport = "JAL-2026-400003";
        assignFromTriage(transport, "TRANSPORT");
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, transport,
                new ComplaintRegistered(transport, "TRANSPORT", "2026040100003", "API", Instant.now()));
        OfficerNotice n = awaitNotice(transport, OfficerNotice.NEW_COMPLAINT).data();
        assertThat(n.officerId()).isEqualTo(String.valueOf(officer("TRANSPORT", "Jalore", "L1").get("id")));
        assertThat(n.officerName()).contains("Motor Vehicle Inspector");
        assertThat(n.tehsil()).isEqualTo("Jaswantpura");

        // Local bodies have L1 posts only in the four towns: a village's complaint has nobody at L1 (said, not guessed)
        String lsg = "JAL-2026-400004";
        assignFromTriage(lsg, "LSG");
        double none = metric("routing_officer_notices_total{kind=\"NEW_COMPLAINT\",outcome=\"none\"}");
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, lsg,
                new ComplaintRegistered(lsg, "LSG", "2026040100004", "API", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(metric("routing_officer_notices_total{kind=\"NEW_COMPLAINT\",outcome=\"none\"}")).isGreaterThan(none));
        assertThat(TestEvents.events(prefix(), EventType.OFFICER_NOTICE, OfficerNotice.class))
                .noneMatch(e -> e.data().complaintId().equals(lsg));
    }

    @Test
    void aTransferOnThePortalReachesTheNewDepartmentsOfficerAndBothDepartmentsTopics() {
        String id = "JAL-2026-400005";
        routeToPhedInJaswantpura(id);
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, "PHED", "2026040100005", "API", Instant.now()));
        awaitNotice(id, OfficerNotice.NEW_COMPLAINT);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                operator().get("/complaints/" + id).then().statusCode(200).body("complaint.registeredAt", org.hamcrest.Matchers.notNullValue()));

        // the grievance cell moves it: routing says so on complaint.routed, the bridge moves it on the portal
        operator().contentType(ContentType.JSON).body("{\"department\":\"JDVVNL\",\"reason\":\"the pump has no power: feeder fault\"}")
                .post("/complaints/" + id + "/reroute").then().statusCode(200);
        ComplaintRouted rerouted = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals(id) && e.data().departmentCode().equals("JDVVNL"), 1).get(0).data();
        assertThat(rerouted.previousDepartmentCode()).isEqualTo("PHED");
        assertThat(rerouted.transfers()).isEqualTo(1);

        TestEvents.publish(prefix(), EventType.COMPLAINT_TRANSFERRED, id, new ComplaintTransferred(id, "PHED", "JDVVNL",
                "2026040100005", "OPERATOR", 1, "the pump has no power: feeder fault", Instant.now()));

        OfficerNotice n = awaitNotice(id, OfficerNotice.TRANSFERRED_IN).data();
        assertThat(n.departmentCode()).isEqualTo("JDVVNL");
        assertThat(n.level()).isEqualTo(1);
        assertThat(n.officerId()).isEqualTo(String.valueOf(officer("JDVVNL", "Jaswantpura", "L1").get("id")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(departmentEvents("JDVVNL", id)).extracting(DepartmentComplaint::kind, DepartmentComplaint::otherDepartmentCode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(DepartmentComplaint.TRANSFERRED_IN, "PHED"));
            assertThat(departmentEvents("PHED", id)).extracting(DepartmentComplaint::kind, DepartmentComplaint::otherDepartmentCode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(DepartmentComplaint.NEW, null),
                            org.assertj.core.groups.Tuple.tuple(DepartmentComplaint.TRANSFERRED_OUT, "JDVVNL"));
        });
        operator().get("/complaints/" + id).then().statusCode(200)
                .body("complaint.departmentCode", org.hamcrest.Matchers.equalTo("JDVVNL"))
                .body("complaint.transfers", org.hamcrest.Matchers.equalTo(1))
                .body("history.action", hasItem("TRANSFERRED"));
        // the PHED officer was never told of the JDVVNL complaint
        assertThat(notices(id, OfficerNotice.TRANSFERRED_IN)).hasSize(1);
    }

    private void routeToPhedInJaswantpura(String id) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, new ComplaintReceived(id, "919876500001",
                "WHATSAPP", "hi", MODRA_WATER, null, List.of(), null, Instant.now()));
        ComplaintRouted routed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals(id), 1).get(0).data();
        assertThat(routed.departmentCode()).isEqualTo("PHED");
        assertThat(routed.tehsil()).isEqualTo("Jaswantpura");
    }

    /** A complaint the classifier cannot place in a department (Modra, Jaswantpura), assigned by an operator. */
    private void assignFromTriage(String id, String department) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, new ComplaintReceived(id, "919876500002",
                "WHATSAPP", "hi", "गांव मोदरान, कृपया मदद करें", null, List.of(), null, Instant.now()));
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_NEEDS_TRIAGE, ComplaintNeedsTriage.class, e -> e.subject().equals(id), 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                operator().get("/triage").then().statusCode(200).body("complaintId", hasItem(id)));
        operator().contentType(ContentType.JSON).body("{\"department\":\"" + department + "\",\"reason\":\"citizen phoned\"}")
                .post("/triage/" + id + "/assign").then().statusCode(200);
    }

    private static EventEnvelope<OfficerNotice> awaitNotice(String id, String kind) {
        return TestEvents.awaitEvents(prefix(), EventType.OFFICER_NOTICE, OfficerNotice.class,
                e -> e.data().complaintId().equals(id) && e.data().kind().equals(kind), 1).get(0);
    }

    private static List<OfficerNotice> notices(String id, String kind) {
        return TestEvents.events(prefix(), EventType.OFFICER_NOTICE, OfficerNotice.class).stream()
                .map(EventEnvelope::data).filter(n -> n.complaintId().equals(id) && n.kind().equals(kind)).toList();
    }

    private static List<DepartmentComplaint> departmentEvents(String department, String id) {
        return TestEvents.readAll(prefix() + Topics.department(department)).stream()
                .filter(r -> id.equals(r.key()) && r.value().contains("\"department.complaint\""))
                .map(r -> EventCodec.decode(r.value(), DepartmentComplaint.class).data()).toList();
    }

    /** The directory's post, as operators see it. */
    private static Map<String, Object> officer(String department, String jurisdiction, String level) {
        List<Map<String, Object>> posts = operator().get("/directory/officers?department=" + department + "&jurisdiction=" + jurisdiction)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return posts.stream().filter(p -> level.equals(p.get("level"))).findFirst().orElseThrow();
    }

    private static double metric(String series) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst().orElse(0);
    }

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("triage-operator", "operator-secret");
    }
}
