package org.samparksetu.routing.complaint;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Against the real broker and database: complaint.received in, complaint.routed (and the department topic) out. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class ComplaintRoutingTest {

    @Inject
    RoutingDecisionRepository decisions;

    private static ComplaintReceived received(String id, String text) {
        return new ComplaintReceived(id, "919876543210", "WHATSAPP", "hi", text, null, List.of(), null, Instant.now());
    }

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    @Test
    void routesAWaterComplaintToPhedAndItsDepartmentTopic() {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100001",
                received("JAL-2026-100001", "गांव में पानी नहीं आ रहा, पाइपलाइन टूटी है"));

        var routed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals("JAL-2026-100001"), 1);
        assertThat(routed.get(0).data().departmentCode()).isEqualTo("PHED");
        assertThat(routed.get(0).data().contactNumber()).isEqualTo("+919876543210");
        assertThat(routed.get(0).source()).isEqualTo("routing-service");

        var forDepartment = TestEvents.events(prefix() + Topics.department("PHED"), DepartmentComplaint.class);
        assertThat(forDepartment).anySatisfy(e -> assertThat(e.data().complaintId()).isEqualTo("JAL-2026-100001"));
        // the department's topic never carries the citizen's number
        TestEvents.readAll(prefix() + Topics.department("PHED"))
                .forEach(r -> assertThat(r.value()).doesNotContain("9876543210"));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        EventEnvelope<ComplaintReceived> e = TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100002",
                received("JAL-2026-100002", "bijli nahi aa rahi"));
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_RECEIVED, "JAL-2026-100002", EventCodec.encode(e));
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_RECEIVED, "JAL-2026-100002", EventCodec.encode(e));
        // a later, different complaint proves the duplicates were consumed before we count
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100003", received("JAL-2026-100003", "bijli nahi"));
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                x -> x.subject().equals("JAL-2026-100003"), 1);

        var routed = TestEvents.events(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class).stream()
                .filter(x -> x.subject().equals("JAL-2026-100002")).toList();
        assertThat(routed).hasSize(1);
        assertThat(routed.get(0).data().departmentCode()).isEqualTo("JDVVNL");
    }

    @Test
    void unclearComplaintGoesToTriage() {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100004", received("JAL-2026-100004", "कृपया मदद करें"));
        var triage = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_NEEDS_TRIAGE, ComplaintNeedsTriage.class,
                e -> e.subject().equals("JAL-2026-100004"), 1);
        assertThat(triage.get(0).data().reason()).contains("no known complaint words");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> decisions.findById("JAL-2026-100004").outcome))
                .isEqualTo(RoutingDecision.Outcome.NEEDS_TRIAGE));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndDoesNotBlockTheNextComplaint() {
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_RECEIVED, "JAL-2026-100005", "{not json");
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100006", received("JAL-2026-100006", "school me teacher nahi aate"));

        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals("JAL-2026-100006"), 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TestEvents.readAll(prefix() + Topics.deadLetter("routing-service")))
                .anySatisfy(r -> assertThat(r.value()).isEqualTo("{not json")));
    }
}
