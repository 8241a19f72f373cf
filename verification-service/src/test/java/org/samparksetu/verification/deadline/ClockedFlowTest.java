package org.samparksetu.verification.deadline;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.ComplaintVerified;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;
import org.samparksetu.verification.time.MovableClock;

import static org.samparksetu.verification.verification.TestComplaints.awaitEvents;
import static org.samparksetu.verification.verification.TestComplaints.outboxTypes;
import static org.samparksetu.verification.verification.TestComplaints.prefix;
import static org.samparksetu.verification.verification.TestComplaints.publishAnswer;
import static org.samparksetu.verification.verification.TestComplaints.view;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every timed path, with the clock moved by hand and the scheduler's tick called after each move. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class ClockedFlowTest {
    static final GeoPoint PLACE = new GeoPoint(25.345678, 72.617432, "Sayla bus stand", null);
    static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    MovableClock clock;
    @Inject
    DeadlineScheduler scheduler;
    @Inject
    EntityManager em;

    static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    static RequestSpecification collector() {
        return as("collector", "collector-secret");
    }

    void routedAndRegistered(String id) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, id, new ComplaintRouted(id, "PHED", 0.9, List.of(),
                List.of("पानी"), "CLASSIFIER", "हैंडपंप खराब", "hi", "+919829012345", PLACE, "Sayla", "Sayla", "Posana",
                Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new org.samparksetu.contract.events.ComplaintRegistered(id, "PHED", "2026000" + id.substring(9), "API", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> collector().get("/api/complaints/{id}", id).statusCode() == 200
                && placeKnown(id));
    }

    boolean placeKnown(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                em.find(org.samparksetu.verification.fieldcheck.ComplaintPlace.class, id) != null);
    }

    void report(String id, String reportId, DisposalOutcome outcome) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, reportId,
                "PHED", "2026000" + id.substring(9), outcome, "handpump repaired", "JEN PHED Sayla", "REST", List.of(),
                Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("verifications").size() == 1);
    }

    /** Routed, registered and the department's report in: the citizen has been asked. */
    void reported(String id, String reportId, DisposalOutcome outcome) {
        routedAndRegistered(id);
        report(id, reportId, outcome);
    }

    /** The citizen taps the answer; waits until the complaint is in the state it leads to. */
    void answered(String id, VerificationAnswer a, String complaintState) {
        publishAnswer(id, a);
        await().atMost(Duration.ofSeconds(60)).until(() -> complaintState.equals(view(id).getString("state")));
    }

    void advanceAndTick(Duration d) {
        clock.advance(d);
        scheduler.tick();
    }

    /** Posts the assigned verifier's verdict from the given place; answers the resulting field check view. */
    JsonPath fieldVerdict(String id, String verdict, double lat, double lon) {
        String verifier = view(id).getString("fieldChecks.find { it.state == 'ASSIGNED' }.verifier");
        String checkId = view(id).getString("fieldChecks.find { it.state == 'ASSIGNED' }.fieldCheckId");
        assertThat(as(verifier, "verifier-secret").get("/api/field-checks").then().statusCode(200).extract()
                .jsonPath().getList("fieldCheckId")).contains(checkId);
        return as(verifier, "verifier-secret").body(Map.of("verdict", verdict, "remarks", "seen on site",
                        "photoBase64", "data:image/jpeg;base64,/9j/4AAQSkZJRg==", "photoType", "image/jpeg",
                        "deviceLatitude", lat, "deviceLongitude", lon))
                .post("/api/field-checks/{id}/verdict", checkId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void overdueComplaintsClimbL1ToL3ToTheMinuteAndL4IsTheCollectorsCall() {
        String id = "JAL-2026-700001";
        routedAndRegistered(id);
        Instant due = Instant.parse(view(id).getString("dueAt"));
        assertThat(Duration.between(clock.instant(), due)).isBetween(Duration.ofDays(30).minusSeconds(60), Duration.ofDays(30));

        advanceAndTick(Duration.between(clock.instant(), due.minus(Duration.ofDays(3))).minus(MINUTE));
        assertThat(outboxTypes(em, id)).isEmpty();
        advanceAndTick(MINUTE);
        assertThat(outboxTypes(em, id)).containsExactly("complaint.deadline-approaching");

        advanceAndTick(Duration.between(clock.instant(), due).minus(MINUTE));
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(1);
        advanceAndTick(MINUTE);
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(2);
        assertThat(outboxTypes(em, id)).containsExactly("complaint.deadline-approaching", "complaint.escalated");

        advanceAndTick(Duration.ofDays(7).minus(MINUTE));
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(2);
        advanceAndTick(MINUTE);
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(3);

        // L3 -> L4 never happens by itself
        advanceAndTick(Duration.ofDays(30));
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(3);
        JsonPath figures = collector().get("/api/accountability").then().statusCode(200).extract().jsonPath();
        assertThat(figures.getList("worstOverdue.complaintId")).contains(id);
        assertThat(figures.getInt("departments.find { it.department == 'PHED' }.overdue")).isGreaterThanOrEqualTo(1);
        as("phed-officer", "phed-secret").body(Map.of("reason", "x")).post("/api/complaints/{id}/escalate", id)
                .then().statusCode(403);
        collector().body(Map.of("reason", "no action for 44 days")).post("/api/complaints/{id}/escalate", id)
                .then().statusCode(200);
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(4);
        assertThat(outboxTypes(em, id)).filteredOn("complaint.escalated"::equals).hasSize(3);
        collector().body(Map.of("reason", "again")).post("/api/complaints/{id}/escalate", id).then().statusCode(409);
        // the collector sees the overdue count (the complaint at L4 is not overdue yet)
        assertThat(collector().get("/api/accountability").then().statusCode(200).extract().jsonPath()
                .getList("departments.department")).contains("PHED");
    }

    @Test
    void confirmationClosesAndASilentCitizenGetsOneReminderThenAFieldCheck() {
        String confirmed = "JAL-2026-700002";
        reported(confirmed, "ATR-700002", DisposalOutcome.RELIEF);
        answered(confirmed, VerificationAnswer.FIXED, "CLOSED");
        assertThat(view(confirmed).getString("resolution")).isEqualTo("VERIFIED_FIXED");

        String silent = "JAL-2026-700003";
        reported(silent, "ATR-700003", DisposalOutcome.RELIEF);
        advanceAndTick(Duration.ofDays(3).minus(MINUTE));
        assertThat(outboxTypes(em, silent)).containsExactly("complaint.verification-requested");
        advanceAndTick(MINUTE);
        assertThat(outboxTypes(em, silent)).containsExactly("complaint.verification-requested", "complaint.verification-requested");
        advanceAndTick(Duration.ofDays(4).minus(MINUTE));
        assertThat(view(silent).getList("fieldChecks")).isEmpty();
        advanceAndTick(MINUTE);
        assertThat(view(silent).getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");
        assertThat(view(silent).getString("fieldChecks[0].reason")).isEqualTo("CITIZEN_NO_ANSWER");
        // no further reminder while the verifier is on the way (within the visit deadline of seven days)
        advanceAndTick(Duration.ofDays(6));
        assertThat(outboxTypes(em, silent)).filteredOn("complaint.verification-requested"::equals).hasSize(2);

        // field check passes, near the place: verified by the field and closed
        fieldVerdict(silent, "FIXED", 25.3460, 72.6178);
        JsonPath v = view(silent);
        assertThat(v.getString("state")).isEqualTo("CLOSED");
        assertThat(v.getString("fieldChecks[0].state")).isEqualTo("PASSED");
        assertThat(v.getDouble("fieldChecks[0].distanceMetres")).isLessThan(100);
        assertThat(outboxTypes(em, silent)).endsWith("complaint.verified", "complaint.closed");
    }

    @Test
    void aDisputeAsksWhyAndSendsAFieldCheckWhoseNotFixedReopensOneLevelUp() {
        String id = "JAL-2026-700004";
        reported(id, "ATR-700004", DisposalOutcome.RELIEF);
        publishAnswer(id, VerificationAnswer.NOT_FIXED);
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("fieldChecks").size() == 1);
        // the citizen's word alone decides nothing: asked why, a verifier goes, the complaint waits at L1
        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("VERIFYING");
        assertThat(v.getInt("escalationLevel")).isEqualTo(1);
        assertThat(v.getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");
        assertThat(v.getString("verifications[0].citizenAnswer")).isEqualTo("NOT_FIXED");
        assertThat(v.getBoolean("verifications[0].falseClosure")).isFalse();
        assertThat(v.getString("fieldChecks[0].reason")).isEqualTo("CITIZEN_NOT_FIXED");
        // the visit deadline is the clock now; the department's stopped with its report
        assertThat(v.getString("dueAt")).isNull();
        assertThat(Duration.between(clock.instant(), Instant.parse(v.getString("fieldChecks[0].dueAt"))))
                .isBetween(Duration.ofDays(7).minusSeconds(60), Duration.ofDays(7));
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested", "complaint.reason-requested");

        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, new CitizenReplied(id, "919876543210",
                "wamid." + UUID.randomUUID(), "TEXT", null, "हैंडपंप अभी भी खराब है", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "हैंडपंप अभी भी खराब है".equals(view(id).getString("verifications[0].disputeReason")));
        // six days on, nothing has moved it: no escalation while the verifier is due
        advanceAndTick(Duration.ofDays(6));
        assertThat(view(id).getString("state")).isEqualTo("VERIFYING");
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(1);

        fieldVerdict(id, "NOT_FIXED", 25.3458, 72.6175);
        v = view(id);
        assertThat(v.getString("fieldChecks[0].state")).isEqualTo("FAILED");
        assertThat(v.getString("state")).isEqualTo("REOPENED");
        assertThat(v.getInt("escalationLevel")).isEqualTo(2);
        assertThat(v.getString("verifications[0].state")).isEqualTo("DISPUTED");
        assertThat(v.getBoolean("verifications[0].falseClosure")).isTrue();
        assertThat(Duration.between(clock.instant(), Instant.parse(v.getString("dueAt"))))
                .isBetween(Duration.ofDays(7).minusSeconds(60), Duration.ofDays(7));
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested", "complaint.reason-requested",
                "complaint.verified", "complaint.reopened");
    }

    @Test
    void aDisputedFixTheVerifierFindsRealClosesWithoutAFalseClosure() {
        String id = "JAL-2026-700014";
        reported(id, "ATR-700014", DisposalOutcome.RELIEF);
        publishAnswer(id, VerificationAnswer.NOT_FIXED);
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("fieldChecks").size() == 1);

        fieldVerdict(id, "FIXED", 25.3458, 72.6175);
        JsonPath v = view(id);
        assertThat(v.getString("fieldChecks[0].state")).isEqualTo("PASSED");
        assertThat(v.getString("state")).isEqualTo("CLOSED");
        assertThat(v.getInt("escalationLevel")).isEqualTo(1);
        assertThat(v.getString("resolution")).isEqualTo("VERIFIED_FIXED");
        assertThat(v.getString("verifications[0].state")).isEqualTo("CONFIRMED");
        assertThat(v.getString("verifications[0].citizenAnswer")).isEqualTo("NOT_FIXED");
        assertThat(v.getBoolean("verifications[0].falseClosure")).isFalse();
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested", "complaint.reason-requested",
                "complaint.verified", "complaint.closed");
        var verified = awaitEvents(EventType.COMPLAINT_VERIFIED, ComplaintVerified.class, id, 1).get(0).data();
        assertThat(verified.fixed()).isTrue();
        assertThat(verified.method()).isEqualTo("FIELD");
    }

    @Test
    void aSampledFieldCheckThatFailsReopensAClosedComplaint() {
        String id = "JAL-2026-700005";
        reported(id, "ATR-SAMPLED-700005", DisposalOutcome.RELIEF);
        assertThat(view(id).getString("fieldChecks[0].reason")).isEqualTo("RANDOM_SAMPLE");
        answered(id, VerificationAnswer.FIXED, "CLOSED");

        fieldVerdict(id, "NOT_FIXED", 25.3458, 72.6175);
        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("REOPENED");
        assertThat(v.getInt("escalationLevel")).isEqualTo(2);
        assertThat(v.getBoolean("verifications[0].falseClosure")).isTrue();
        assertThat(outboxTypes(em, id)).endsWith("complaint.closed", "complaint.verified", "complaint.reopened");
        assertThat(v.getString("resolution")).isNull();

        // the reopened complaint's L2 clock runs again: seven days to the minute, then L3
        Instant due = Instant.parse(v.getString("dueAt"));
        assertThat(Duration.between(Instant.parse(v.getString("stateChangedAt")), due)).isEqualTo(Duration.ofDays(7));
        advanceAndTick(Duration.between(clock.instant(), due).minus(MINUTE));
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(2);
        advanceAndTick(MINUTE);
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(3);
        // the officers were reminded three days before, as on any deadline
        assertThat(outboxTypes(em, id)).endsWith("complaint.reopened", "complaint.deadline-approaching", "complaint.escalated");
    }

    @Test
    void evidenceFromTooFarAwayIsFlaggedAndChangesNothing() {
        String id = "JAL-2026-700006";
        reported(id, "ATR-700006", DisposalOutcome.FALSE_CASE);
        assertThat(view(id).getString("fieldChecks[0].reason")).isEqualTo("DEPARTMENT_SAYS_FALSE");

        fieldVerdict(id, "FIXED", 25.3900, 72.6175); // ~5 km north
        JsonPath v = view(id);
        assertThat(v.getString("fieldChecks[0].state")).isEqualTo("FLAGGED");
        assertThat(v.getString("fieldChecks[0].flagReason")).startsWith("TOO_FAR");
        assertThat(v.getDouble("fieldChecks[0].distanceMetres")).isBetween(4500.0, 5500.0);
        assertThat(v.getString("state")).isEqualTo("VERIFYING");
        assertThat(outboxTypes(em, id)).isEmpty();

        // The photo's own GPS wins over the phone's location: a photo taken elsewhere is flagged even
        // when the phone claims to be on the spot.
        String other = "JAL-2026-700009";
        reported(other, "ATR-700009", DisposalOutcome.FALSE_CASE);
        String verifier = view(other).getString("fieldChecks[0].verifier");
        String checkId = view(other).getString("fieldChecks[0].fieldCheckId");
        String photo = java.util.Base64.getEncoder().encodeToString(
                org.samparksetu.verification.fieldcheck.ExifJpeg.withGps(25.2000, 72.6175));
        as(verifier, "verifier-secret").body(Map.of("verdict", "FIXED", "photoBase64", photo, "photoType", "image/jpeg",
                        "deviceLatitude", PLACE.latitude(), "deviceLongitude", PLACE.longitude()))
                .post("/api/field-checks/{id}/verdict", checkId).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("FLAGGED"));
        assertThat(view(other).getString("state")).isEqualTo("VERIFYING");
        assertThat(as(verifier, "verifier-secret").get("/api/field-checks/{id}/photo", checkId).then().statusCode(200)
                .extract().asByteArray()).hasSizeGreaterThan(100);
    }

    @Test
    void aFieldCheckThatFindsTheComplaintFalseMarksItWithTheEvidence() {
        String id = "JAL-2026-700007";
        reported(id, "ATR-700007", DisposalOutcome.FALSE_CASE);
        fieldVerdict(id, "FALSE_COMPLAINT", 25.3457, 72.6174);
        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("CLOSED");
        assertThat(v.getString("resolution")).isEqualTo("FALSE_COMPLAINT");
        assertThat(v.getBoolean("markedFalse")).isTrue();
        assertThat(outboxTypes(em, id)).endsWith("complaint.closed", "complaint.marked-false");
        var marked = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_MARKED_FALSE,
                org.samparksetu.contract.events.ComplaintMarkedFalse.class, e -> id.equals(e.subject()), 1).get(0).data();
        assertThat(marked.photo().sha256()).hasSize(64);
        assertThat(marked.distanceMetres()).isLessThan(50);
    }

    @Test
    void anInterimReplyIsRecordedAndAnnouncedAndOfficersSeeOnlyTheirDepartment() {
        String id = "JAL-2026-700008";
        routedAndRegistered(id);
        as("jdvvnl-officer", "jdvvnl-secret").get("/api/complaints/{id}", id).then().statusCode(404);
        as("jdvvnl-officer", "jdvvnl-secret").body(Map.of("reason", "x", "expectedBy", "2099-01-01"))
                .post("/api/complaints/{id}/interim-reply", id).then().statusCode(404);
        assertThat(as("jdvvnl-officer", "jdvvnl-secret").get("/api/complaints").then().statusCode(200).extract()
                .jsonPath().getList("complaintId")).doesNotContain(id);
        as("phed-officer", "phed-secret").get("/api/complaints/{id}", id).then().statusCode(200);
        as("phed-officer", "phed-secret").body(Map.of("reason", "x".repeat(20_000), "expectedBy", "2099-01-15"))
                .post("/api/complaints/{id}/interim-reply", id).then().statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("'reason' is longer than 500 characters"));
        as("phed-officer", "phed-secret").body(Map.of("reason", "pump motor ordered from Jodhpur", "expectedBy", "2099-01-15"))
                .post("/api/complaints/{id}/interim-reply", id).then().statusCode(200);
        JsonPath v = view(id);
        assertThat(v.getString("interimReason")).isEqualTo("pump motor ordered from Jodhpur");
        assertThat(v.getString("interimExpectedBy")).isEqualTo("2099-01-15");
        assertThat(outboxTypes(em, id)).containsExactly("complaint.interim-replied");
        as("phed-officer", "phed-secret").body(Map.of("reason", "x")).post("/api/complaints/{id}/interim-reply", id)
                .then().statusCode(400);

        // an officer cannot act as a field verifier, and a verifier sees only checks assigned to them
        report(id, "ATR-700008", DisposalOutcome.FALSE_CASE);
        String checkId = view(id).getString("fieldChecks[0].fieldCheckId");
        String verifier = view(id).getString("fieldChecks[0].verifier");
        String other = verifier.equals("verifier-sayla") ? "verifier-bhinmal" : "verifier-sayla";
        as("jdvvnl-officer", "jdvvnl-secret").body(Map.of("verdict", "FIXED"))
                .post("/api/field-checks/{id}/verdict", checkId).then().statusCode(403);
        as(other, "verifier-secret").body(Map.of("verdict", "FIXED", "deviceLatitude", 25.3457, "deviceLongitude", 72.6174))
                .post("/api/field-checks/{id}/verdict", checkId).then().statusCode(404);
        as("phed-officer", "phed-secret").get("/api/accountability").then().statusCode(403);
    }
}
