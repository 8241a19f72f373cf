package org.samparksetu.verification.transfer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;
import org.samparksetu.verification.actionreport.VerificationRequestService;
import org.samparksetu.verification.citizenreply.CitizenRepliedListener;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.FIXED;
import static org.samparksetu.verification.verification.TestComplaints.awaitEvents;
import static org.samparksetu.verification.verification.TestComplaints.awaitHandled;
import static org.samparksetu.verification.verification.TestComplaints.outboxTypes;
import static org.samparksetu.verification.verification.TestComplaints.prefix;
import static org.samparksetu.verification.verification.TestComplaints.publishAnswer;
import static org.samparksetu.verification.verification.TestComplaints.view;

/**
 * Sampark moves a complaint from PHED to JDVVNL (in tests JDVVNL's limit is 15 days): the complaint follows, the old
 * department's pending check is cancelled and its later report refused, and the new department's report is verified.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class TransferFlowTest {
    @Inject
    MovableClock clock;
    @Inject
    EntityManager em;

    static boolean known(String id) {
        return given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", id)
                .statusCode() == 200;
    }

    static EventEnvelope<ComplaintTransferred> transferred(String id, int transfers) {
        return TestEvents.publish(prefix(), EventType.COMPLAINT_TRANSFERRED, id, new ComplaintTransferred(id, "PHED",
                "JDVVNL", "2026000" + id.substring(9), "API", transfers, "a transformer fault, not a water supply fault",
                Instant.now()));
    }

    static void registered(String id) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, "PHED", "2026000" + id.substring(9), "API", Instant.now()));
    }

    static EventEnvelope<ComplaintActionReported> reported(String id, String reportId, String department) {
        return TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id,
                reportId, department, "2026000" + id.substring(9), DisposalOutcome.RELIEF, "supply restored", "JEN",
                "REST", List.of(), Instant.now()));
    }

    int transfersOf(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            TrackedComplaint c = em.find(TrackedComplaint.class, id);
            return c == null ? 0 : c.transfers;
        });
    }

    @Test
    void theOldDepartmentsCheckIsCancelledItsLaterReportRefusedAndTheNewDepartmentsVerified() {
        String id = "JAL-2026-920001";
        registered(id);
        reported(id, "ATR-920001-PHED", "PHED");
        awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 1);

        transferred(id, 1);

        await().atMost(Duration.ofSeconds(60)).until(() -> transfersOf(id) == 1);
        JsonPath v = view(id);
        assertThat(v.getString("departmentCode")).isEqualTo("JDVVNL");
        assertThat(v.getString("previousDepartmentCode")).isEqualTo("PHED");
        assertThat(v.getInt("transfers")).isEqualTo(1);
        assertThat(v.getString("state")).isEqualTo("REGISTERED");
        assertThat(v.getInt("escalationLevel")).isEqualTo(1);
        assertThat(v.getString("verifications[0].state")).isEqualTo("TRANSFERRED");
        // a fresh clock: JDVVNL's own 15 days from the transfer
        Instant due = Instant.parse(v.getString("dueAt"));
        assertThat(Duration.between(Instant.parse(v.getString("transferredAt")), due)).isEqualTo(Duration.ofDays(15));

        // the citizen's late "fixed" about PHED's report closes nothing
        var late = publishAnswer(id, FIXED);
        awaitHandled(em, CitizenRepliedListener.CONSUMER, late.id());
        assertThat(view(id).getString("state")).isEqualTo("REGISTERED");

        // PHED reports again: not accepted, nobody is asked
        var refused = reported(id, "ATR-920001-PHED-2", "PHED");
        awaitHandled(em, VerificationRequestService.CONSUMER, refused.id());
        assertThat(view(id).getList("verifications")).hasSize(1);
        assertThat(view(id).getString("dueAt")).isEqualTo(due.toString());

        // the same transfer delivered again (a new event id) changes nothing
        var again = transferred(id, 1);
        awaitHandled(em, TransferService.CONSUMER, again.id());
        assertThat(view(id).getString("dueAt")).isEqualTo(due.toString());

        // JDVVNL's report is verified with the citizen
        reported(id, "ATR-920001-JDVVNL", "JDVVNL");
        VerificationRequested asked = awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class,
                id, 2).get(1).data();
        assertThat(asked.departmentCode()).isEqualTo("JDVVNL");
        assertThat(asked.kind()).isEqualTo(VerificationRequested.KIND_REQUEST);
        v = view(id);
        assertThat(v.getString("state")).isEqualTo("VERIFYING");
        assertThat(v.getList("verifications.state")).containsExactly("TRANSFERRED", "AWAITING_CITIZEN");
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested",
                "complaint.verification-requested");
    }

    @Test
    void aTransferThatOvertakesTheRegistrationKeepsTheNewDepartment() {
        String id = "JAL-2026-920002";
        transferred(id, 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> transfersOf(id) == 1);

        var registration = TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, "PHED", "2026000" + id.substring(9), "API", Instant.now()));
        awaitHandled(em, "verification-service.complaint-registered", registration.id());

        JsonPath v = view(id);
        assertThat(v.getString("departmentCode")).isEqualTo("JDVVNL");
        assertThat(v.getString("registeredAt")).isNotNull();
    }

    @Test
    void theNewDepartmentsReportThatOvertookTheTransferIsStillVerified() {
        String id = "JAL-2026-920003";
        registered(id);
        await().atMost(Duration.ofSeconds(60)).until(() -> known(id));
        reported(id, "ATR-920003-JDVVNL", "JDVVNL");
        awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 1);

        var transfer = transferred(id, 1);
        awaitHandled(em, TransferService.CONSUMER, transfer.id());

        JsonPath v = view(id);
        assertThat(v.getString("departmentCode")).isEqualTo("JDVVNL");
        assertThat(v.getString("state")).isEqualTo("VERIFYING");
        assertThat(v.getString("verifications[0].state")).isEqualTo("AWAITING_CITIZEN");
        assertThat(v.getString("dueAt")).isNull();
    }

    @Test
    void aTransferWithoutTheNewDepartmentGoesToTheDeadLetterTopic() {
        String id = "JAL-2026-920004";
        var bad = TestEvents.publish(prefix(), EventType.COMPLAINT_TRANSFERRED, id, new ComplaintTransferred(id, "PHED",
                null, null, "API", 1, null, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> TestEvents.readAll(prefix() + "dead-letter.verification-service")
                .stream().anyMatch(rec -> rec.value().contains(bad.id().toString())));
        assertThat(known(id)).isFalse();
    }
}
