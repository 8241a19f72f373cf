package org.samparksetu.routing.dispatch;

import org.samparksetu.routing.complaint.RoutingDecisionRepository;
import org.samparksetu.routing.complaint.RoutingDecision;
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
import org.samparksetu.contract.events.GeoPoint;
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
                received("JAL-2026-100001", "गांव सियाणा में तीन दिन से पानी नहीं आ रहा है, पाइपलाइन टूटी है"));

        var routed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals("JAL-2026-100001"), 1);
        assertThat(routed.get(0).data().departmentCode()).isEqualTo("PHED");
        assertThat(routed.get(0).data().village()).isEqualTo("Siyana");
        // LGD: Siyana is in Jalor tehsil, samiti Jalore, its own gram panchayat
        assertThat(routed.get(0).data().tehsil()).isEqualTo("Jalore");
        assertThat(routed.get(0).data().block()).isEqualTo("Jalore");
        assertThat(routed.get(0).data().gramPanchayat()).isEqualTo("Siyana");
        // the village's own point, for a field check to compare a verifier's GPS with; the citizen sent no pin
        assertThat(routed.get(0).data().placeKind()).isEqualTo("village");
        assertThat(routed.get(0).data().placeLocation()).isEqualTo(new GeoPoint(25.12506, 72.659937, null, null));
        assertThat(routed.get(0).data().location()).isNull();
        assertThat(routed.get(0).data().alternatives()).hasSize(3);
        assertThat(routed.get(0).data().matchedTerms()).contains("पाइपलाइन");
        assertThat(routed.get(0).data().decidedBy()).isEqualTo("CLASSIFIER");
        assertThat(routed.get(0).data().contactNumber()).isEqualTo("+919876543210");
        assertThat(routed.get(0).source()).isEqualTo("routing-service");

        var forDepartment = TestEvents.events(prefix() + Topics.department("PHED"), DepartmentComplaint.class);
        assertThat(forDepartment).anySatisfy(e -> {
            assertThat(e.data().complaintId()).isEqualTo("JAL-2026-100001");
            assertThat(e.data().tehsil()).isEqualTo("Jalore");
        });
        // the department's topic never carries the citizen's number
        TestEvents.readAll(prefix() + Topics.department("PHED"))
                .forEach(r -> assertThat(r.value()).doesNotContain("9876543210"));
    }

    @Test
    void carriesTheSubjectTheGramPanchayatAndTheMediaForTheSamparkForm() {
        String photo = "5d41402abc4b2a76b9719d911017c592aa5d41402abc4b2a76b9719d911017c5";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100101",
                new ComplaintReceived("JAL-2026-100101", "919876543210", "WHATSAPP", "hi",
                        "ग्राम पंचायत करोला में हैंडपंप खराब है, पानी नहीं आ रहा", null, List.of(photo), null, Instant.now()));
        ComplaintRouted routed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals("JAL-2026-100101"), 1).get(0).data();
        assertThat(routed.departmentCode()).isEqualTo("PHED");
        assertThat(routed.subject()).isEqualTo("handpump");
        assertThat(routed.gramPanchayat()).isEqualTo("Karola");
        assertThat(routed.ward()).isNull();
        assertThat(routed.mediaIds()).containsExactly(photo);
    }

    @Test
    void carriesTheWardOfATownAndNoGramPanchayat() {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100102",
                received("JAL-2026-100102", "जालोर शहर वार्ड 12 में नाली जाम है, सफाई नहीं हुई"));
        ComplaintRouted routed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals("JAL-2026-100102"), 1).get(0).data();
        assertThat(routed.departmentCode()).isEqualTo("LSG");
        assertThat(routed.ward()).isEqualTo("12");
        assertThat(routed.gramPanchayat()).isNull();
        assertThat(routed.placeKind()).isEqualTo("ulb");
        assertThat(routed.placeLocation()).isEqualTo(new GeoPoint(25.339446, 72.619558, null, null));
        assertThat(routed.subject()).isIn("drainage", "sanitation");
        assertThat(routed.mediaIds()).isEmpty();
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
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> decisions.findById("JAL-2026-100004").outcome))
                .isEqualTo(RoutingDecision.Outcome.NEEDS_TRIAGE));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndDoesNotBlockTheNextComplaint() {
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_RECEIVED, "JAL-2026-100005", "{not json");
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100006", received("JAL-2026-100006", "school me teacher nahi aate"));

        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals("JAL-2026-100006"), 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TestEvents.readAll(prefix() + Topics.deadLetter("routing-service")))
                .anySatisfy(r -> assertThat(r.value()).isEqualTo("{not json")));
    }

    @Test
    void reportsOfTheSameProblemAtTheSamePlaceFormOneCluster() {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100011",
                received("JAL-2026-100011", "गांव जाखल में ट्रांसफार्मर जल गया, दो दिन से बिजली नहीं है"));
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals("JAL-2026-100011"), 1);
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100012",
                received("JAL-2026-100012", "jakhal gaon ka transformer jal gaya, bijli nahi hai"));
        // same village, another department: not the same problem
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100013",
                received("JAL-2026-100013", "जाखल गांव में राशन डीलर गेहूं नहीं दे रहा"));
        // same problem, another village: not the same place
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, "JAL-2026-100014",
                received("JAL-2026-100014", "गांव करोला में ट्रांसफार्मर जल गया, बिजली नहीं है"));

        var second = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals("JAL-2026-100012"), 1);
        assertThat(second.get(0).data().departmentCode()).isEqualTo("JDVVNL");
        assertThat(second.get(0).data().clusterId()).isEqualTo("JAL-2026-100011");
        var other = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals("JAL-2026-100013") || e.subject().equals("JAL-2026-100014"), 2);
        assertThat(other).allSatisfy(e -> assertThat(e.data().clusterId()).isNull());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> decisions.findById("JAL-2026-100011").clusterId))
                .isEqualTo("JAL-2026-100011"));
    }
}
