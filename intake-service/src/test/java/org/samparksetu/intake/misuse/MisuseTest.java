package org.samparksetu.intake.misuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.ComplaintMarkedFalse;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.samparksetu.intake.testsupport.IntakeEvents.prefix;
import static org.samparksetu.intake.testsupport.IntakeEvents.received;
import static org.samparksetu.intake.testsupport.IntakeEvents.quarantined;
import static org.samparksetu.intake.testsupport.StoredComplaints.complaint;
import static org.samparksetu.intake.testsupport.StoredComplaints.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Misuse rules: duplicates linked, junk quarantined, operator review, blocklist, False Case flags (evidence: EvidenceExportTest). */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class MisuseTest {

    @Inject
    ComplaintRepository complaints;
    @Inject
    EntityManager em;

    @Test
    void theFirstAcknowledgedComplaintIsFirstContactAndLaterOnesAreNot() {
        String citizen = Webhooks.citizen();
        String first = Webhooks.fileText(citizen, "gaon me bijli nahi hai");
        String second = Webhooks.fileText(citizen, "school ki chhat tooti hai");
        assertThat(received(first).get(0).data().firstContact()).isTrue();
        assertThat(received(second).get(0).data().firstContact()).isFalse();
    }

    @Test
    void theSameOrNearlyTheSameTextAgainIsLinkedNotFiledTwice() {
        String citizen = Webhooks.citizen();
        String first = Webhooks.fileText(citizen, "Gaon Sayla me 5 din se pani nahi aa raha hai");
        String again = Webhooks.fileText(citizen, "gaon sayla me 6 din se pani nahi aa raha hai!!");
        assertThat(complaint(again).status).isEqualTo(Complaint.Status.LINKED);
        assertThat(complaint(again).linkedTo).isEqualTo(first);
        received(first);
        // a barrier: a later complaint's event is out, so the repeat's would be too
        String other = Webhooks.fileText(citizen, "ration dukan band rehti hai");
        received(other);
        assertThat(TestEvents.events(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class).stream()
                .filter(e -> again.equals(e.subject()))).isEmpty();
    }

    @Test
    void emptyGibberishAndAbusiveMessagesGoToQuarantineWithTheCitizenAndLanguage() {
        String citizen = Webhooks.citizen();
        for (var c : Map.of("...", "EMPTY", "asdfgh qwerty", "GIBBERISH", "sarpanch chutiya hai", "ABUSIVE").entrySet()) {
            String id = Webhooks.fileText(citizen, c.getKey());
            assertThat(complaint(id).status).isEqualTo(Complaint.Status.QUARANTINED);
            var q = quarantined(id, "HELD");
            assertThat(q.data().reason()).isEqualTo(c.getValue());
            assertThat(q.data().citizenWaId()).isEqualTo(citizen);
            assertThat(q.data().language()).isEqualTo("hi");
        }
    }

    @Test
    void theOperatorQueueNeedsAuthentication() {
        given().when().get("/operator/quarantine").then().statusCode(401);
        given().auth().preemptive().basic("operator", "wrong").when().get("/operator/quarantine").then().statusCode(401);
        given().auth().preemptive().basic("evidence-officer", "evidence-secret").when().get("/operator/quarantine")
                .then().statusCode(403).body("error", equalTo("your account may not do this"));
    }

    @Test
    void releaseSendsAHeldComplaintOnAndRejectTellsTheCitizenWhy() {
        String citizen = Webhooks.citizen();
        String held = Webhooks.fileText(citizen, "qwerty asdfgh");
        String rude = Webhooks.fileText(citizen, "patwari kamina hai, kaam nahi karta");
        operator().when().get("/operator/quarantine").then().statusCode(200).body("complaintId", hasItem(held));

        operator().body("{\"note\":\"a real complaint about the hand pump\"}")
                .when().post("/operator/quarantine/" + held + "/release").then().statusCode(200).body("status", equalTo("RECEIVED"));
        var event = received(held).get(0);
        assertThat(event.data().citizenWaId()).isEqualTo(citizen);
        assertThat(complaint(held).decidedBy).isEqualTo("operator");

        operator().body("{}").when().post("/operator/quarantine/" + rude + "/reject").then().statusCode(400);
        operator().body("{\"reason\":\"abusive language about an official\"}")
                .when().post("/operator/quarantine/" + rude + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        var rejected = quarantined(rude, "REJECTED");
        assertThat(rejected.data().reason()).isEqualTo("abusive language about an official");
        assertThat(rejected.data().citizenWaId()).isEqualTo(citizen);
        // decided once: a second decision is a conflict
        operator().body("{}").when().post("/operator/quarantine/" + held + "/release").then().statusCode(409);
        operator().body("{}").when().post("/operator/quarantine/JAL-2026-999999/release").then().statusCode(404);
    }

    @Test
    void aBlockedNumberIsRecordedButFilesNothing() {
        String citizen = Webhooks.citizen();
        operator().body("{}").when().put("/operator/blocklist/" + citizen).then().statusCode(400);
        operator().body("{\"reason\":\"47 fake complaints in a week, FIR 12/2026\"}")
                .when().put("/operator/blocklist/" + citizen).then().statusCode(200).body("blockedBy", equalTo("operator"));
        var answer = Webhooks.post(Webhooks.text(citizen, Webhooks.wamid(), "pani nahi aa raha")).statusCode(200).extract();
        assertThat(answer.<List<String>>path("complaintIds")).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> complaints.count("citizenWaId", citizen))).isZero();
        operator().when().get("/operator/blocklist").then().statusCode(200).body("waId", hasItem(citizen));

        operator().when().delete("/operator/blocklist/" + citizen).then().statusCode(204);
        assertThat(Webhooks.fileText(citizen, "pani nahi aa raha")).isNotNull();
    }

    @Test
    void aDepartmentsFalseCaseAloneFlagsNobody() {
        String citizen = Webhooks.citizen();
        String id = Webhooks.fileText(citizen, "padosi ne sarkari zameen par kabza kiya");
        received(id);
        TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id,
                new ComplaintActionReported(id, "ATR-1", "REVENUE", "2026123456789", DisposalOutcome.FALSE_CASE,
                        "no encroachment found on inspection", "tehsildar", "PORTAL", List.of(), Instant.now()));
        // a field check's finding on another citizen's complaint, published after: once it is flagged, the
        // department's report (earlier on the broker) would have been handled too, had intake still read it
        String other = Webhooks.citizen();
        String otherId = Webhooks.fileText(other, "gaon me hand pump kharab hai");
        received(otherId);
        markedFalse(otherId);
        await().atMost(60, TimeUnit.SECONDS).until(() -> falseCases(other) == 1);
        assertThat(falseCases(citizen)).isZero();
        assertThat(complaint(Webhooks.fileText(citizen, "gaon me nali band hai")).status).isNotEqualTo(Complaint.Status.QUARANTINED);
    }

    @Test
    void aComplaintFoundFalseByAFieldCheckFlagsTheNumberUntilTheGrievanceCellClearsIt() {
        String citizen = Webhooks.citizen();
        String id = Webhooks.fileText(citizen, "padosi ne sarkari zameen par kabza kiya");
        received(id);
        markedFalse(id);
        await().atMost(60, TimeUnit.SECONDS).until(() -> falseCases(citizen) == 1);
        var flagged = TestEvents.awaitEvents(prefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class,
                e -> citizen.equals(e.data().citizenWaId()) && CitizenNotice.FLAGGED_FALSE.equals(e.data().kind()), 1);
        assertThat(flagged.get(0).data().complaintId()).isEqualTo(id);
        String held = Webhooks.fileText(citizen, "gaon me nali band hai");
        assertThat(complaint(held).status).isEqualTo(Complaint.Status.QUARANTINED);
        assertThat(complaint(held).quarantineReason).isEqualTo("FLAGGED_FALSE_CASE");
        operator().when().get("/operator/flags").then().statusCode(200).body("waId", hasItem(citizen));

        // clearing needs a reason a person can read, within its limit
        operator().contentType("application/json").body(Map.of())
                .when().post("/operator/flags/" + citizen + "/clear").then().statusCode(400);
        operator().contentType("application/json").body(Map.of("reason", "x".repeat(501)))
                .when().post("/operator/flags/" + citizen + "/clear").then().statusCode(400)
                .body("error", org.hamcrest.Matchers.containsString("500"));
        given().auth().preemptive().basic("evidence-officer", "evidence-secret").contentType("application/json")
                .body(Map.of("reason", "x")).when().post("/operator/flags/" + citizen + "/clear").then().statusCode(403);
        operator().contentType("application/json").body(Map.of("reason", "तहसीलदार ने दोबारा जांच की: अतिक्रमण सही पाया गया"))
                .when().post("/operator/flags/" + citizen + "/clear").then().statusCode(200)
                .body("clearedBy", equalTo("operator"));
        var cleared = TestEvents.awaitEvents(prefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class,
                e -> citizen.equals(e.data().citizenWaId()) && CitizenNotice.FLAG_CLEARED.equals(e.data().kind()), 1);
        assertThat(cleared.get(0).data().reason()).contains("अतिक्रमण");
        assertThat(complaint(Webhooks.fileText(citizen, "school ki chhat tooti hai")).status)
                .isNotEqualTo(Complaint.Status.QUARANTINED);
        operator().contentType("application/json").body(Map.of("reason", "again"))
                .when().post("/operator/flags/" + citizen + "/clear").then().statusCode(404);
    }

    private void markedFalse(String complaintId) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_MARKED_FALSE, complaintId,
                new ComplaintMarkedFalse(complaintId, "REVENUE", java.util.UUID.randomUUID().toString(), "patwari-sayla",
                        "no encroachment at the place", null, 40.0, Instant.now()));
    }

    private int falseCases(String waId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select false_case_count from citizen where wa_id = ?1")
                    .setParameter(1, waId).getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
        });
    }

    @Test
    void operatorsFileJansunwaiAndPhoneComplaints() {
        operator().body("{\"source\":\"JANSUNWAI\",\"phone\":\"98290 12345\",\"name\":\"Kamla Devi\","
                        + "\"text\":\"Vidhwa pension 6 mahine se nahi mili\",\"place\":\"Bhinmal\"}")
                .when().post("/operator/complaints").then().statusCode(201).body("status", equalTo("RECEIVED"))
                .extract().<String>path("complaintId");
        String id = operator().body("{\"source\":\"PHONE\",\"phone\":\"+91 98290 54321\",\"text\":\"Transformer jal gaya\"}")
                .when().post("/operator/complaints").then().statusCode(201).extract().path("complaintId");
        var event = received(id).get(0);
        assertThat(event.data().channel()).isEqualTo("OPERATOR");
        assertThat(event.data().citizenWaId()).isEqualTo("919829054321");
        operator().body("{\"source\":\"PHONE\",\"phone\":\"12\",\"text\":\"x\"}").when().post("/operator/complaints")
                .then().statusCode(400);
        operator().body("{\"source\":\"TELEPATHY\",\"phone\":\"9829054321\",\"text\":\"x\"}").when().post("/operator/complaints")
                .then().statusCode(400);
        given().contentType("application/json").body("{}").when().post("/operator/complaints").then().statusCode(401);
    }
}
