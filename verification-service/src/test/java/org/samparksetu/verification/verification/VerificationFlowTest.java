package org.samparksetu.verification.verification;

import org.samparksetu.verification.citizenreply.CitizenRepliedListener;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintVerified;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.testing.ServiceInfrastructure;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.DONT_KNOW;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.FIXED;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.NOT_FIXED;
import static org.samparksetu.verification.verification.TestComplaints.*;

/** The citizen-confirmation flow against the real broker and database. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class VerificationFlowTest {

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    private double counted(String counter) {
        return metrics.counter(counter).count();
    }

    @Test
    void anActionReportAsksTheCitizenWithTheReportsData() {
        String id = "JAL-2026-200001";
        double requestedBefore = counted("verification.requested");
        publishRegistered(id);
        publishReport(id, "ATR-200001");

        var requested = awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 1);
        VerificationRequested r = requested.get(0).data();
        assertThat(requested.get(0).source()).isEqualTo("verification-service");
        assertThat(r.complaintId()).isEqualTo(id);
        assertThat(r.departmentCode()).isEqualTo(DEPARTMENT);
        assertThat(r.outcome()).isEqualTo(DisposalOutcome.RELIEF);
        assertThat(r.remarks()).isEqualTo("pipeline repaired, supply restored");
        assertThat(r.requestedAt()).isNotNull();

        var view = view(id);
        assertThat(view.getString("state")).isEqualTo("VERIFYING");
        assertThat(view.getInt("escalationLevel")).isEqualTo(1);
        assertThat(view.getString("grievanceId")).isEqualTo("2026000200001");
        assertThat(view.getList("verifications")).hasSize(1);
        assertThat(view.getString("verifications[0].verificationId")).isEqualTo(r.verificationId());
        assertThat(view.getString("verifications[0].reportId")).isEqualTo("ATR-200001");
        assertThat(view.getString("verifications[0].state")).isEqualTo("AWAITING_CITIZEN");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(counted("verification.requested")).isGreaterThanOrEqualTo(requestedBefore + 1));
    }

    @Test
    void fixedVerifiesAndClosesAndALaterAnswerChangesNothing() {
        String id = "JAL-2026-200002";
        double fixedBefore = counted("verification.confirmed.fixed");
        String checkId = awaitingCitizen(id).data().verificationId();

        publishAnswer(id, FIXED);

        ComplaintVerified verified = awaitEvents(EventType.COMPLAINT_VERIFIED, ComplaintVerified.class, id, 1).get(0).data();
        assertThat(verified.fixed()).isTrue();
        assertThat(verified.method()).isEqualTo("CITIZEN");
        assertThat(verified.verificationId()).isEqualTo(checkId);
        ComplaintClosed closed = awaitEvents(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, id, 1).get(0).data();
        assertThat(closed.resolution()).isEqualTo("VERIFIED_FIXED");
        assertThat(closed.departmentCode()).isEqualTo(DEPARTMENT);
        var view = view(id);
        assertThat(view.getString("state")).isEqualTo("CLOSED");
        assertThat(view.getString("verifications[0].state")).isEqualTo("CONFIRMED");
        assertThat(view.getString("verifications[0].citizenAnswer")).isEqualTo("FIXED");
        assertThat(view.getString("verifications[0].answeredAt")).isNotNull();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(counted("verification.confirmed.fixed")).isGreaterThanOrEqualTo(fixedBefore + 1));

        // A second tap, on the other button of the same old message, must not undo the closure.
        var late = publishAnswer(id, NOT_FIXED);
        awaitHandled(em, CitizenRepliedListener.CONSUMER, late.id());
        assertThat(view(id).getString("state")).isEqualTo("CLOSED");
        assertThat(outboxTypes(em, id)).containsExactly(
                "complaint.verification-requested", "complaint.verified", "complaint.closed");
    }

    @Test
    void notFixedAsksWhySendsAVerifierAndAnnouncesNothingYet() {
        String id = "JAL-2026-200003";
        double disputedBefore = counted("verification.disputed");
        awaitingCitizen(id);

        publishAnswer(id, NOT_FIXED);

        // one verifier goes (the dispute's, or the one PHED's false-closure record already sent with the report)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(view(id).getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING"));
        // the verifier decides: until then the complaint is neither reopened nor closed, and no verdict is announced
        var view = view(id);
        assertThat(view.getString("state")).isEqualTo("VERIFYING");
        assertThat(view.getInt("escalationLevel")).isEqualTo(1);
        assertThat(view.getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");
        assertThat(view.getString("verifications[0].citizenAnswer")).isEqualTo("NOT_FIXED");
        assertThat(view.getBoolean("verifications[0].falseClosure")).isFalse();
        assertThat(view.getList("fieldChecks.state")).containsExactly("ASSIGNED");
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested", "complaint.reason-requested");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(counted("verification.disputed")).isGreaterThanOrEqualTo(disputedBefore + 1));
    }

    @Test
    void aNewReportAfterAReopenIsVerifiedAgain() {
        String id = "JAL-2026-200004";
        disputedAndFoundNotFixed(em, id);
        ComplaintReopened reopened = awaitEvents(EventType.COMPLAINT_REOPENED, ComplaintReopened.class, id, 1).get(0).data();
        assertThat(reopened.escalationLevel()).isEqualTo(2);
        assertThat(reopened.reason()).isEqualTo("FIELD_CHECK_NOT_FIXED");

        publishReport(id, "ATR-200004-second");

        awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 2);
        var view = view(id);
        assertThat(view.getString("state")).isEqualTo("VERIFYING");
        assertThat(view.getInt("escalationLevel")).isEqualTo(2);
        assertThat(view.getList("verifications.state")).containsExactly("DISPUTED", "AWAITING_CITIZEN");
    }

    @Test
    void dontKnowLeavesTheCheckForAFieldVisitAndAnnouncesNothing() {
        String id = "JAL-2026-200005";
        String marker = "JAL-2026-200006";
        awaitingCitizen(id);
        awaitingCitizen(marker);

        publishAnswer(id, DONT_KNOW);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(view(id).getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING"));
        // The marker's answer is handled after ours and its events are emitted after any of ours would have
        // been (the relay publishes in commit order): once its closure is out, ours would be out too.
        publishAnswer(marker, FIXED);
        awaitEvents(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, marker, 1);

        assertThat(events(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, id)).isEmpty();
        assertThat(events(EventType.COMPLAINT_VERIFIED, ComplaintVerified.class, id)).isEmpty();
        assertThat(events(EventType.COMPLAINT_REOPENED, ComplaintReopened.class, id)).isEmpty();
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested");
        var view = view(id);
        assertThat(view.getString("state")).isEqualTo("VERIFYING");
        assertThat(view.getString("verifications[0].citizenAnswer")).isEqualTo("DONT_KNOW");
    }

    @Test
    void anActionReportBeforeTheRegistrationStillWorks() {
        String id = "JAL-2026-200007";
        publishReport(id, "ATR-200007");

        var requested = awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 1);
        assertThat(requested.get(0).data().departmentCode()).isEqualTo(DEPARTMENT);
        var early = view(id);
        assertThat(early.getString("state")).isEqualTo("VERIFYING");
        assertThat(early.getString("grievanceId")).isEqualTo("2026000200007");
        assertThat(early.getString("registeredAt")).isNull();

        publishRegistered(id);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(view(id).getString("registeredAt")).isEqualTo("2026-03-01T10:15:30Z"));
        // the late registration does not move the complaint back to REGISTERED
        assertThat(view(id).getString("state")).isEqualTo("VERIFYING");

        publishAnswer(id, FIXED);
        awaitEvents(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, id, 1);
        assertThat(view(id).getString("state")).isEqualTo("CLOSED");
    }

    @Test
    void aTypedAnswerIsAppliedExactlyLikeTheTapAndOnlyOnce() {
        String id = "JAL-2026-200008";
        String checkId = awaitingCitizen(id).data().verificationId();

        var typed = publishReply(id, typedAnswer(id, NOT_FIXED, "abhi tak nahi hua"));

        awaitHandled(em, CitizenRepliedListener.CONSUMER, typed.id());
        var view = view(id);
        assertThat(view.getString("verifications[0].verificationId")).isEqualTo(checkId);
        assertThat(view.getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");
        assertThat(view.getString("verifications[0].citizenAnswer")).isEqualTo("NOT_FIXED");
        assertThat(view.getList("fieldChecks.state")).containsExactly("ASSIGNED");

        // the same typed answer redelivered, and a tap on the old message afterwards: nothing more
        org.samparksetu.testing.TestEvents.publishRaw(prefix() + EventType.CITIZEN_REPLIED.topic(), id,
                org.samparksetu.messaging.codec.EventCodec.encode(typed));
        var tap = publishAnswer(id, FIXED);
        awaitHandled(em, CitizenRepliedListener.CONSUMER, tap.id());
        assertThat(view(id).getString("state")).isEqualTo("VERIFYING");
        assertThat(view(id).getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");
        assertThat(view(id).getList("fieldChecks")).hasSize(1);
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested", "complaint.reason-requested");
    }
}
