package org.samparksetu.verification.actionreport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.DisposalAnswer;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintMarkedFalse;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;
import org.samparksetu.verification.appeal.AppealScheduler;
import org.samparksetu.verification.citizenreply.CitizenRepliedListener;
import org.samparksetu.verification.deadline.DeadlineScheduler;
import org.samparksetu.verification.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.FIXED;
import static org.samparksetu.verification.verification.TestComplaints.CITIZEN;
import static org.samparksetu.verification.verification.TestComplaints.awaitEvents;
import static org.samparksetu.verification.verification.TestComplaints.awaitHandled;
import static org.samparksetu.verification.verification.TestComplaints.events;
import static org.samparksetu.verification.verification.TestComplaints.outboxTypes;
import static org.samparksetu.verification.verification.TestComplaints.prefix;
import static org.samparksetu.verification.verification.TestComplaints.publishAnswer;
import static org.samparksetu.verification.verification.TestComplaints.publishReply;
import static org.samparksetu.verification.verification.TestComplaints.view;

/**
 * What each of Sampark's disposal outcomes leads to, on the real broker and database, with the clock moved by hand:
 * interim relief kept open to its date, an appeal offered for Rejected / Not Possible / Filed and what accepting,
 * appealing or silence does, and False Case field-checked before anything is flagged.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class DisposalOutcomesFlowTest {
    static final ZoneId JALORE = ZoneId.of("Asia/Kolkata");
    static final GeoPoint PLACE = new GeoPoint(25.345678, 72.617432, "Sayla bus stand", null);
    static final Duration MINUTE = Duration.ofMinutes(1);
    /**
     * A department no other test uses: these complaints end in false closures on purpose, which would change another
     * department's record (PHED's put on watch, every disposal field-checked; PWD's rate on the dashboard) for the other
     * tests sharing the database.
     */
    static final String DEPARTMENT = "PANCHAYATI_RAJ";

    @Inject
    MovableClock clock;
    @Inject
    DeadlineScheduler deadlines;
    @Inject
    AppealScheduler appeals;
    @Inject
    EntityManager em;

    static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    /** Routed (with a place the verifier's evidence is compared with) and registered. */
    void registered(String id) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, id, new ComplaintRouted(id, DEPARTMENT, 0.9, List.of(),
                List.of("पानी"), "CLASSIFIER", "हैंडपंप खराब", "hi", "+919829012345", PLACE, "Sayla", "Sayla", "Posana",
                Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new org.samparksetu.contract.events.ComplaintRegistered(id, DEPARTMENT, "2026000" + id.substring(9), "API",
                        Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> as("collector", "collector-secret")
                .get("/api/complaints/{id}", id).statusCode() == 200 && placeKnown(id));
    }

    boolean placeKnown(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                em.find(org.samparksetu.verification.fieldcheck.ComplaintPlace.class, id) != null);
    }

    /** The department's report; waits until verification has recorded it. */
    void reported(String id, String reportId, DisposalOutcome outcome, String remarks, String expectedBy) {
        int before = view(id).getList("verifications").size();
        TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, reportId,
                DEPARTMENT, "2026000" + id.substring(9), outcome, remarks, "VDO Posana", "REST", List.of(), Instant.now(),
                expectedBy));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("verifications").size() == before + 1);
    }

    static CitizenReplied disposalButton(String id, DisposalAnswer answer) {
        return new CitizenReplied(id, CITIZEN, "wamid." + UUID.randomUUID(), CitizenReplied.BUTTON,
                ReplyIds.disposal(answer, id), null, Instant.now());
    }

    /** Posts the assigned verifier's verdict from the complaint's place. */
    void fieldVerdict(String id, String verdict) {
        String verifier = view(id).getString("fieldChecks.find { it.state == 'ASSIGNED' }.verifier");
        String checkId = view(id).getString("fieldChecks.find { it.state == 'ASSIGNED' }.fieldCheckId");
        as(verifier, "verifier-secret").body(Map.of("verdict", verdict, "remarks", "seen on site",
                        "deviceLatitude", 25.3457, "deviceLongitude", 72.6174))
                .post("/api/field-checks/{id}/verdict", checkId).then().statusCode(200);
    }

    @Test
    void interimReliefKeepsTheComplaintOpenToTheDepartmentsDateAndThenItEscalates() {
        String id = "JAL-2026-910001";
        registered(id);
        LocalDate promised = LocalDate.ofInstant(clock.instant(), JALORE).plusDays(10);

        reported(id, "ATR-910001", DisposalOutcome.INTERIM_RELIEF, "tanker sent daily; new pipeline being laid",
                promised.toString());

        VerificationRequested told = awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class,
                id, 1).get(0).data();
        assertThat(told.kind()).isEqualTo(VerificationRequested.KIND_INTERIM);
        assertThat(told.outcome()).isEqualTo(DisposalOutcome.INTERIM_RELIEF);
        assertThat(told.remarks()).isEqualTo(promised + ": tanker sent daily; new pipeline being laid");
        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("REGISTERED");
        Instant due = promised.plusDays(1).atStartOfDay(JALORE).toInstant();
        assertThat(Instant.parse(v.getString("dueAt"))).isEqualTo(due);
        assertThat(v.getString("interimExpectedBy")).isEqualTo(promised.toString());
        assertThat(v.getString("interimReason")).isEqualTo("tanker sent daily; new pipeline being laid");
        assertThat(v.getString("verifications[0].state")).isEqualTo("INTERIM");
        assertThat(v.getString("verifications[0].expectedBy")).isEqualTo(promised.toString());

        // nothing to answer: a stray "fixed" changes nothing, the complaint is still the department's
        var stray = publishAnswer(id, FIXED);
        awaitHandled(em, CitizenRepliedListener.CONSUMER, stray.id());
        assertThat(view(id).getString("state")).isEqualTo("REGISTERED");

        // the date passes with no final report: it escalates like any overdue complaint, at the midnight after it
        clock.advance(Duration.between(clock.instant(), due).minus(MINUTE));
        deadlines.tick();
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(1);
        clock.advance(MINUTE);
        deadlines.tick();
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(2);
        ComplaintEscalated escalated = awaitEvents(EventType.COMPLAINT_ESCALATED, ComplaintEscalated.class, id, 1)
                .get(0).data();
        assertThat(escalated.escalatedAt()).isEqualTo(due);
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested",
                "complaint.deadline-approaching", "complaint.escalated");
    }

    @Test
    void interimReliefWithoutADateBuysNoTime() {
        String id = "JAL-2026-910002";
        registered(id);
        String dueBefore = view(id).getString("dueAt");

        reported(id, "ATR-910002", DisposalOutcome.INTERIM_RELIEF, "work order issued", null);

        VerificationRequested told = awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class,
                id, 1).get(0).data();
        assertThat(told.kind()).isEqualTo(VerificationRequested.KIND_INTERIM);
        LocalDate heldTo = LocalDate.ofInstant(Instant.parse(dueBefore), JALORE);
        assertThat(told.remarks()).isEqualTo(heldTo + ": work order issued");
        JsonPath v = view(id);
        assertThat(v.getString("dueAt")).isEqualTo(dueBefore);
        assertThat(v.getString("verifications[0].expectedBy")).isNull();
    }

    @Test
    void aRejectionIsExplainedAndAcceptingItClosesTheComplaintAsRejected() {
        String id = "JAL-2026-910003";
        registered(id);

        reported(id, "ATR-910003", DisposalOutcome.REJECTED, "no fault found in the handpump", null);

        VerificationRequested offer = awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class,
                id, 1).get(0).data();
        assertThat(offer.kind()).isEqualTo(VerificationRequested.KIND_APPEAL_OFFER);
        assertThat(offer.outcome()).isEqualTo(DisposalOutcome.REJECTED);
        assertThat(offer.remarks()).isEqualTo("no fault found in the handpump");
        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("VERIFYING");
        assertThat(v.getString("dueAt")).isNull();
        assertThat(v.getString("verifications[0].state")).isEqualTo("APPEAL_OFFERED");
        assertThat(v.getList("fieldChecks")).isEmpty();

        // a typed "theek hai" intake understood as the accept button counts like the tap
        publishReply(id, new CitizenReplied(id, CITIZEN, "wamid." + UUID.randomUUID(), CitizenReplied.ANSWER,
                ReplyIds.disposal(DisposalAnswer.ACCEPT, id), "theek hai", Instant.now(), null, "hi", null, null));

        ComplaintClosed closed = awaitEvents(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, id, 1).get(0).data();
        assertThat(closed.resolution()).isEqualTo("DISPOSED_REJECTED");
        v = view(id);
        assertThat(v.getString("state")).isEqualTo("CLOSED");
        assertThat(v.getString("verifications[0].state")).isEqualTo("DISPOSAL_ACCEPTED");
        assertThat(v.getString("verifications[0].disposalAnswer")).isEqualTo("ACCEPT");

        // the appeal button of the same old message no longer does anything
        var late = publishReply(id, disposalButton(id, DisposalAnswer.APPEAL));
        awaitHandled(em, CitizenRepliedListener.CONSUMER, late.id());
        assertThat(view(id).getString("state")).isEqualTo("CLOSED");
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested", "complaint.closed");
    }

    @Test
    void anAppealedRejectionIsFieldCheckedAndAProblemFoundThereReopensItAtTheNextLevel() {
        String id = "JAL-2026-910004";
        registered(id);
        reported(id, "ATR-910004", DisposalOutcome.REJECTED, "no fault found", null);

        publishReply(id, disposalButton(id, DisposalAnswer.APPEAL));

        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("fieldChecks").size() == 1);
        JsonPath v = view(id);
        assertThat(v.getString("fieldChecks[0].reason")).isEqualTo("CITIZEN_APPEALED");
        assertThat(v.getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");
        assertThat(v.getString("verifications[0].disposalAnswer")).isEqualTo("APPEAL");
        assertThat(v.getString("state")).isEqualTo("VERIFYING");

        fieldVerdict(id, "NOT_FIXED");

        ComplaintReopened reopened = awaitEvents(EventType.COMPLAINT_REOPENED, ComplaintReopened.class, id, 1).get(0).data();
        assertThat(reopened.escalationLevel()).isEqualTo(2);
        v = view(id);
        assertThat(v.getString("state")).isEqualTo("REOPENED");
        // the department rejected a real problem: that counts against it
        assertThat(v.getBoolean("verifications[0].falseClosure")).isTrue();
    }

    @Test
    void anAppealAgainstNotPossibleGoesStraightToTheNextOfficer() {
        String id = "JAL-2026-910005";
        registered(id);
        reported(id, "ATR-910005", DisposalOutcome.NOT_POSSIBLE, "the handpump stands on private land", null);
        assertThat(awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 1).get(0)
                .data().kind()).isEqualTo(VerificationRequested.KIND_APPEAL_OFFER);

        publishReply(id, disposalButton(id, DisposalAnswer.APPEAL));

        ComplaintReopened reopened = awaitEvents(EventType.COMPLAINT_REOPENED, ComplaintReopened.class, id, 1).get(0).data();
        assertThat(reopened.reason()).isEqualTo("CITIZEN_APPEALED");
        assertThat(reopened.escalationLevel()).isEqualTo(2);
        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("REOPENED");
        assertThat(v.getString("dueAt")).isNotNull();
        assertThat(v.getString("verifications[0].state")).isEqualTo("APPEALED");
        assertThat(v.getBoolean("verifications[0].falseClosure")).isFalse();
        assertThat(v.getList("fieldChecks")).isEmpty();
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested", "complaint.reopened");
    }

    @Test
    void silenceClosesAFilingAsDisposedUnlessTheSampleSendsAVerifier() {
        String quiet = "JAL-2026-910006";
        String sampled = "JAL-2026-910007";
        registered(quiet);
        registered(sampled);
        reported(quiet, "ATR-910006", DisposalOutcome.FILED, "matter pending in court", null);
        reported(sampled, "ATR-910007-SAMPLED", DisposalOutcome.FILED, "matter pending in court", null);
        Instant periodEnds = Instant.parse(view(quiet).getString("verifications[0].requestedAt")).plus(Duration.ofDays(7));

        clock.advance(Duration.between(clock.instant(), periodEnds).minus(MINUTE));
        appeals.tick();
        assertThat(view(quiet).getString("state")).isEqualTo("VERIFYING");

        clock.advance(Duration.ofMinutes(10));
        appeals.tick();

        JsonPath q = view(quiet);
        assertThat(q.getString("state")).isEqualTo("CLOSED");
        assertThat(q.getString("resolution")).isEqualTo("DISPOSED_FILED");
        assertThat(q.getString("verifications[0].state")).isEqualTo("DISPOSAL_UNANSWERED");
        assertThat(outboxTypes(em, quiet)).containsExactly("complaint.verification-requested", "complaint.closed");
        JsonPath s = view(sampled);
        assertThat(s.getString("state")).isEqualTo("VERIFYING");
        assertThat(s.getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");
        assertThat(s.getString("fieldChecks[0].reason")).isEqualTo("APPEAL_UNANSWERED_SAMPLE");

        // a second tick finds nothing more to do
        appeals.tick();
        assertThat(outboxTypes(em, quiet)).containsExactly("complaint.verification-requested", "complaint.closed");
    }

    @Test
    void aFalseCaseIsFieldCheckedBeforeAnythingAndOnlyTheVerifierMarksItFalse() {
        String id = "JAL-2026-910008";
        registered(id);

        reported(id, "ATR-910008", DisposalOutcome.FALSE_CASE, "no such complaint at the site", null);

        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("VERIFYING");
        assertThat(v.getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");
        assertThat(v.getString("fieldChecks[0].reason")).isEqualTo("DEPARTMENT_SAYS_FALSE");
        assertThat(v.getBoolean("markedFalse")).isFalse();
        // the citizen is neither asked nor told, and nobody is flagged, on the department's word
        assertThat(outboxTypes(em, id)).isEmpty();

        fieldVerdict(id, "FALSE_COMPLAINT");

        var marked = awaitEvents(EventType.COMPLAINT_MARKED_FALSE, ComplaintMarkedFalse.class, id, 1);
        assertThat(marked).hasSize(1);
        v = view(id);
        assertThat(v.getString("resolution")).isEqualTo("FALSE_COMPLAINT");
        assertThat(v.getBoolean("markedFalse")).isTrue();
        assertThat(outboxTypes(em, id)).containsExactly("complaint.closed", "complaint.marked-false");
    }

    @Test
    void aFalseCaseTheVerifierFindsRealIsReopenedAtTheNextLevel() {
        String id = "JAL-2026-910009";
        registered(id);
        reported(id, "ATR-910009", DisposalOutcome.FALSE_CASE, "complainant not found", null);

        fieldVerdict(id, "NOT_FIXED");

        ComplaintReopened reopened = awaitEvents(EventType.COMPLAINT_REOPENED, ComplaintReopened.class, id, 1).get(0).data();
        assertThat(reopened.escalationLevel()).isEqualTo(2);
        assertThat(view(id).getBoolean("markedFalse")).isFalse();
        assertThat(events(EventType.COMPLAINT_MARKED_FALSE, ComplaintMarkedFalse.class, id)).isEmpty();
        assertThat(outboxTypes(em, id)).doesNotContain("complaint.marked-false");
    }
}
