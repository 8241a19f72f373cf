package org.samparksetu.verification.rating;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.Satisfaction;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;
import org.samparksetu.verification.time.MovableClock;
import org.samparksetu.verification.citizenreply.CitizenRepliedListener;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.FIXED;
import static org.samparksetu.verification.verification.TestComplaints.*;

/**
 * After closure, against the real broker and database: the citizen rates the outcome (a tap on the buttons under
 * the closure message, or a typed 1–5) or asks to reopen; "not satisfied" within the reopen period brings the same
 * complaint back to its department one level up, where its next report is verified again and it closes again.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class RatingAndReopenFlowTest {
    @Inject
    EntityManager em;
    @Inject
    MovableClock clock;
    @Inject
    MeterRegistry metrics;

    static CitizenReplied tap(String complaintId, Satisfaction satisfaction) {
        return new CitizenReplied(complaintId, CITIZEN, "wamid." + UUID.randomUUID(), CitizenReplied.BUTTON,
                ReplyIds.rating(satisfaction, complaintId), null, Instant.now());
    }

    static CitizenReplied typedRating(String complaintId, int rating) {
        return new CitizenReplied(complaintId, CITIZEN, "wamid." + UUID.randomUUID(), CitizenReplied.RATING, null,
                String.valueOf(rating), Instant.now(), null, "hi", null, rating);
    }

    static CitizenReplied reopenRequest(String complaintId) {
        return new CitizenReplied(complaintId, CITIZEN, "wamid." + UUID.randomUUID(), CitizenReplied.REOPEN_REQUEST, null,
                "phir se kholo", Instant.now(), null, "hi", null, null);
    }

    /** Registered, reported, and closed on the citizen's "yes, fixed". */
    static void closed(String id) {
        awaitingCitizen(id);
        publishAnswer(id, FIXED);
        awaitEvents(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, id, 1);
    }

    static ComplaintRated rated(String id, int nth) {
        return awaitEvents(EventType.COMPLAINT_RATED, ComplaintRated.class, id, nth).get(nth - 1).data();
    }

    @Test
    void notSatisfiedReopensTheSameComplaintWhichIsVerifiedAgainClosesAgainAndIsRatedAgain() {
        String id = "JAL-2026-870001";
        closed(id);
        assertThat(view(id).getInt("closures")).isEqualTo(1);

        EventEnvelope<CitizenReplied> notSatisfied = publishReply(id, tap(id, Satisfaction.NOT_SATISFIED));

        ComplaintRated r = rated(id, 1);
        assertThat(r).isEqualTo(new ComplaintRated(id, DEPARTMENT, 1, true, null, r.ratedAt()));
        ComplaintReopened reopened = awaitEvents(EventType.COMPLAINT_REOPENED, ComplaintReopened.class, id, 1).get(0).data();
        assertThat(reopened.reason()).isEqualTo(RatingService.REASON_CITIZEN_NOT_SATISFIED);
        assertThat(reopened.escalationLevel()).isEqualTo(2);
        assertThat(reopened.departmentCode()).isEqualTo(DEPARTMENT);
        JsonPath back = view(id);
        assertThat(back.getString("complaintId")).isEqualTo(id);
        assertThat(back.getString("state")).isEqualTo("REOPENED");
        assertThat(back.getInt("escalationLevel")).isEqualTo(2);
        assertThat(back.getString("dueAt")).isNotNull(); // a new clock runs
        assertThat(back.getString("closedAt")).isNull();
        assertThat(back.getInt("rating")).isEqualTo(1);
        assertThat(back.getList("verifications.state")).containsExactly("CONFIRMED"); // its history stays

        // Redelivered: nothing more.
        TestEvents.publishRaw(prefix() + EventType.CITIZEN_REPLIED.topic(), id, EventCodec.encode(notSatisfied));

        // The department acts again; the citizen is asked again, says fixed, and it closes a second time.
        publishReport(id, "ATR-870001-again");
        var asked = awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 2);
        assertThat(view(id).getString("state")).isEqualTo("VERIFYING");
        publishReply(id, typedAnswer(id, FIXED, "haan ab theek hai"));
        List<EventEnvelope<ComplaintClosed>> closures = awaitEvents(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, id, 2);
        assertThat(closures).hasSize(2);
        JsonPath again = view(id);
        assertThat(again.getString("state")).isEqualTo("CLOSED");
        assertThat(again.getInt("closures")).isEqualTo(2);
        assertThat(again.getString("rating")).isNull(); // the new closure waits for its own rating
        assertThat(again.getString("verifications[1].verificationId")).isEqualTo(asked.get(1).data().verificationId());

        // The second closure's first rating counts again.
        publishReply(id, typedRating(id, 4));
        assertThat(rated(id, 2)).isEqualTo(new ComplaintRated(id, DEPARTMENT, 4, false, null, rated(id, 2).ratedAt()));
        JsonPath rated = view(id);
        assertThat(rated.getString("state")).isEqualTo("CLOSED");
        assertThat(rated.getInt("rating")).isEqualTo(4);
        assertThat(rated.getList("ratings.closure")).containsExactly(1, 2);
        assertThat(rated.getList("ratings.counted")).containsExactly(true, true);
        assertThat(rated.getList("ratings.reopened")).containsExactly(true, false);
        assertThat(outboxTypes(em, id)).containsExactly(
                "complaint.verification-requested", "complaint.verified", "complaint.closed",
                "complaint.rated", "complaint.reopened",
                "complaint.verification-requested", "complaint.verified", "complaint.closed",
                "complaint.rated");
    }

    @Test
    void theFirstRatingOfAClosureCountsAndAfterTheReopenPeriodNothingReopens() {
        String id = "JAL-2026-870002";
        closed(id);

        publishReply(id, typedRating(id, 5));
        assertThat(rated(id, 1).rating()).isEqualTo(5);
        // A second, lower rating of the same closure is answered and kept, but the first one counts.
        CitizenReplied second = typedRating(id, 4);
        publishReply(id, second);
        assertThat(rated(id, 2)).isEqualTo(new ComplaintRated(id, DEPARTMENT, 4, false, null, rated(id, 2).ratedAt()));
        assertThat(view(id).getInt("rating")).isEqualTo(5);
        assertThat(view(id).getList("ratings.counted")).containsExactly(true, false);
        // The same WhatsApp message republished under a new event id changes nothing.
        var republished = publishReply(id, second);
        awaitHandled(em, CitizenRepliedListener.CONSUMER, republished.id());

        clock.advance(Duration.ofDays(31));
        var late = publishReply(id, reopenRequest(id));

        ComplaintRated refused = rated(id, 3);
        assertThat(refused).isEqualTo(new ComplaintRated(id, DEPARTMENT, null, false, ComplaintRated.REOPEN_PERIOD_OVER,
                refused.ratedAt()));
        awaitHandled(em, CitizenRepliedListener.CONSUMER, late.id());
        JsonPath after = view(id);
        assertThat(after.getString("state")).isEqualTo("CLOSED");
        assertThat(after.getInt("escalationLevel")).isEqualTo(1);
        assertThat(after.getList("ratings")).hasSize(3);
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested", "complaint.verified",
                "complaint.closed", "complaint.rated", "complaint.rated", "complaint.rated");
    }

    @Test
    void aComplaintThatIsNotClosedIsNeitherRatedNorReopened() {
        String verifying = "JAL-2026-870003";
        String withdrawn = "JAL-2026-870004";
        String unknown = "JAL-2026-870005";
        awaitingCitizen(verifying);
        publishRegistered(withdrawn);
        TestEvents.publish(prefix(), EventType.COMPLAINT_WITHDRAWN, withdrawn,
                new ComplaintWithdrawn(withdrawn, "CITIZEN", null, Instant.now()));
        // withdrawn, and the registration (which may come second) has named its department
        await().atMost(Duration.ofSeconds(60)).until(() -> "WITHDRAWN".equals(stateOf(withdrawn))
                && view(withdrawn).getString("departmentCode") != null);

        publishReply(verifying, reopenRequest(verifying));
        publishReply(withdrawn, tap(withdrawn, Satisfaction.NOT_SATISFIED));
        publishReply(unknown, typedRating(unknown, 1));

        assertThat(rated(verifying, 1).refusal()).isEqualTo(ComplaintRated.NOT_CLOSED);
        assertThat(rated(withdrawn, 1)).isEqualTo(new ComplaintRated(withdrawn, DEPARTMENT, 1, false,
                ComplaintRated.NOT_CLOSED, rated(withdrawn, 1).ratedAt()));
        assertThat(rated(unknown, 1)).isEqualTo(new ComplaintRated(unknown, null, 1, false,
                ComplaintRated.NOT_CLOSED, rated(unknown, 1).ratedAt()));
        assertThat(view(verifying).getString("state")).isEqualTo("VERIFYING");
        assertThat(view(verifying).getString("rating")).isNull();
        assertThat(view(withdrawn).getString("state")).isEqualTo("WITHDRAWN");
        assertThat(outboxTypes(em, verifying)).containsExactly("complaint.verification-requested", "complaint.rated");
        assertThat(outboxTypes(em, withdrawn)).containsExactly("complaint.rated");
    }

    @Test
    void theCollectorSeesTheSatisfactionRateAndReopensByCitizensPerDepartmentAndOfficer() {
        double ratedBefore = metrics.counter("verification.closures.rated").count();
        double satisfiedBefore = metrics.counter("verification.closures.rated.satisfied").count();
        double reopenedBefore = metrics.counter("verification.reopened.by.citizen").count();
        // FOREST's complaints are this test's alone.
        closedIn("JAL-2026-870011", "FOREST");
        closedIn("JAL-2026-870012", "FOREST");
        closedIn("JAL-2026-870013", "FOREST");
        publishReply("JAL-2026-870011", typedRating("JAL-2026-870011", 5));
        publishReply("JAL-2026-870012", typedRating("JAL-2026-870012", 3));
        publishReply("JAL-2026-870013", tap("JAL-2026-870013", Satisfaction.NOT_SATISFIED));
        awaitEvents(EventType.COMPLAINT_REOPENED, ComplaintReopened.class, "JAL-2026-870013", 1);
        rated("JAL-2026-870011", 1);
        rated("JAL-2026-870012", 1);

        JsonPath figures = given().auth().preemptive().basic("collector", "collector-secret").get("/api/accountability")
                .then().statusCode(200).extract().jsonPath();
        assertThat(figures.getInt("departments.find { it.department == 'FOREST' }.rated")).isEqualTo(3);
        assertThat(figures.getInt("departments.find { it.department == 'FOREST' }.ratedSatisfied")).isEqualTo(2);
        assertThat(figures.getDouble("departments.find { it.department == 'FOREST' }.satisfactionRate"))
                .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(figures.getInt("departments.find { it.department == 'FOREST' }.reopenedByCitizen")).isEqualTo(1);
        assertThat(figures.getInt("officers.find { it.department == 'FOREST' && it.officer == 'Range Officer Jalore' }.rated"))
                .isEqualTo(3);
        assertThat(figures.getInt("officers.find { it.department == 'FOREST' && it.officer == 'Range Officer Jalore' }.reopenedByCitizen"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(metrics.counter("verification.closures.rated").count()).isGreaterThanOrEqualTo(ratedBefore + 3);
            assertThat(metrics.counter("verification.closures.rated.satisfied").count()).isGreaterThanOrEqualTo(satisfiedBefore + 2);
            assertThat(metrics.counter("verification.reopened.by.citizen").count()).isGreaterThanOrEqualTo(reopenedBefore + 1);
        });
    }

    @Test
    void aRatingWithoutAValidRatingGoesToTheDeadLetterTopic() {
        String id = "JAL-2026-870021";
        CitizenReplied bad = new CitizenReplied(id, CITIZEN, "wamid." + UUID.randomUUID(), CitizenReplied.RATING, null,
                "9", Instant.now(), null, "hi", null, 9);
        var sent = publishReply(id, bad);
        await().atMost(Duration.ofSeconds(60)).until(() -> TestEvents.readAll(prefix() + "dead-letter.verification-service")
                .stream().anyMatch(rec -> rec.value().contains(sent.id().toString())));
        assertThat(events(EventType.COMPLAINT_RATED, ComplaintRated.class, id)).isEmpty();
    }

    static void closedIn(String id, String department) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, department, "2026000" + id.substring(9), "API", Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, "ATR-" + id,
                department, "2026000" + id.substring(9), DisposalOutcome.RELIEF, "fallen tree removed from the road",
                "Range Officer Jalore", "REST", List.of(), Instant.now()));
        awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 1);
        publishAnswer(id, FIXED);
        awaitEvents(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, id, 1);
    }

    static String stateOf(String id) {
        var r = given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", id);
        return r.statusCode() == 200 ? r.jsonPath().getString("state") : null;
    }
}
