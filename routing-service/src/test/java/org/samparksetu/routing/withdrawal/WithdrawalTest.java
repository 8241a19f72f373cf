package org.samparksetu.routing.withdrawal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.messaging.codec.EventCodec;
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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** A citizen's withdrawal: out of triage, marked on a routed decision and told to the department, never routed late. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class WithdrawalTest {

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static ComplaintReceived received(String id, String text) {
        return new ComplaintReceived(id, "919876543210", "WHATSAPP", "hi", text, null, List.of(), null, Instant.now());
    }

    private static EventEnvelope<ComplaintWithdrawn> withdraw(String id) {
        return TestEvents.publish(prefix(), EventType.COMPLAINT_WITHDRAWN, id,
                new ComplaintWithdrawn(id, "CITIZEN", null, Instant.now()));
    }

    @Test
    void aTriageItemLeavesTheQueueAndTheHistorySaysWhy() {
        String id = "JAL-2026-300001";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, "कृपया मदद करें"));
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_NEEDS_TRIAGE, ComplaintNeedsTriage.class, e -> e.subject().equals(id), 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                operator().get("/triage").then().statusCode(200).body("complaintId", hasItem(id)));

        withdraw(id);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                operator().get("/triage").then().statusCode(200).body("complaintId", not(hasItem(id))));
        operator().get("/complaints/" + id).then().statusCode(200)
                .body("complaint.withdrawnAt", notNullValue())
                .body("history.action", hasItem("WITHDRAWN"))
                .body("history.find { it.action == 'WITHDRAWN' }.reason", containsString("triage"))
                .body("history.find { it.action == 'WITHDRAWN' }.decidedBy", equalTo("CITIZEN"));
        operator().post("/triage/" + id + "/claim").then().statusCode(409).body("error", containsString("withdrawn"));
        operator().contentType(ContentType.JSON).body("{\"department\":\"PHED\",\"reason\":\"phoned\"}")
                .post("/triage/" + id + "/assign").then().statusCode(409).body("error", containsString("withdrawn"));
    }

    @Test
    void aRoutedComplaintIsMarkedAndItsDepartmentIsToldOnceEvenOnRedelivery() {
        String id = "JAL-2026-300002";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id,
                received(id, "ग्राम पंचायत करोला में हैंडपंप खराब है, पानी नहीं आ रहा"));
        ComplaintRouted routed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals(id), 1).get(0).data();
        String departmentTopic = prefix() + Topics.department(routed.departmentCode());

        EventEnvelope<ComplaintWithdrawn> w = withdraw(id);
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_WITHDRAWN, id, EventCodec.encode(w)); // redelivered
        withdraw(id); // and re-published under a new event id

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                operator().get("/complaints/" + id).then().statusCode(200)
                        .body("complaint.withdrawnAt", notNullValue())
                        .body("complaint.outcome", equalTo("ROUTED"))
                        .body("history.findAll { it.action == 'WITHDRAWN' }.size()", equalTo(1)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TestEvents.readAll(departmentTopic).stream()
                        .filter(r -> id.equals(r.key()) && r.value().contains("\"complaint.withdrawn\""))).hasSize(1));
        var notice = TestEvents.readAll(departmentTopic).stream()
                .filter(r -> id.equals(r.key()) && r.value().contains("\"complaint.withdrawn\""))
                .map(r -> EventCodec.decode(r.value(), ComplaintWithdrawn.class)).findFirst().orElseThrow();
        assertThat(notice.type()).isEqualTo("complaint.withdrawn");
        assertThat(notice.data().withdrawnBy()).isEqualTo("CITIZEN");

        operator().contentType(ContentType.JSON).body("{\"department\":\"JDVVNL\",\"reason\":\"feeder fault\"}")
                .post("/complaints/" + id + "/reroute").then().statusCode(409).body("error", containsString("withdrawn"));
    }

    @Test
    void aWithdrawalThatOvertakesItsComplaintMeansTheComplaintIsNeverRouted() {
        String id = "JAL-2026-300003";
        withdraw(id);
        // the withdrawal is recorded before the complaint arrives
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> withdrawals.isWithdrawn(id))).isTrue());
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id,
                received(id, "ग्राम पंचायत करोला में हैंडपंप खराब है, पानी नहीं आ रहा"));
        // routing has handled the late complaint once its "not routed: withdrawn" counter moves
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("routing_complaints_total{department=\"none\",outcome=\"withdrawn\"} 1.0")));

        assertThat(TestEvents.events(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class))
                .noneMatch(e -> e.subject().equals(id));
        assertThat(TestEvents.events(prefix(), EventType.COMPLAINT_NEEDS_TRIAGE, ComplaintNeedsTriage.class))
                .noneMatch(e -> e.subject().equals(id));
        operator().get("/complaints/" + id).then().statusCode(404);
    }

    @jakarta.inject.Inject
    WithdrawalRepository withdrawals;

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("triage-operator", "operator-secret").header("X-Requested-With", "XMLHttpRequest");
    }
}
