package org.samparksetu.verification.fieldcheck;

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
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;
import org.samparksetu.verification.deadline.DeadlineScheduler;
import org.samparksetu.verification.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.samparksetu.verification.verification.TestComplaints.outboxTypes;
import static org.samparksetu.verification.verification.TestComplaints.prefix;
import static org.samparksetu.verification.verification.TestComplaints.publishAnswer;
import static org.samparksetu.verification.verification.TestComplaints.view;

/**
 * Field checks that take effect without the citizen's pin (compared with the village routing found), verifiers
 * chosen by tehsil from the district's directory, the grievance cell's review of a flagged check, and the clocks
 * that keep a field check from waiting for ever.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class FieldCheckReviewTest {
    /** Posana village, Sayla tehsil: its centroid, as routing takes it from the gazetteer. */
    static final GeoPoint POSANA = new GeoPoint(25.3457, 72.6174, null, null);
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

    static RequestSpecification cell() {
        return as("grievance-cell", "grievance-cell-secret");
    }

    /** A typed complaint: no pin, only the village (with its point and kind) and tehsil routing found. */
    void routedWithoutPin(String id, String tehsil, String village, GeoPoint placePoint, String placeKind) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, id, new ComplaintRouted(id, "PHED", 0.9, List.of(),
                List.of("हैंडपंप"), "CLASSIFIER", village + " गांव का हैंडपंप खराब", "hi", "+919829012345", null, tehsil,
                tehsil, village, Instant.now(), null, "drinking-water", null, village, List.of(), placePoint, placeKind,
                null, null));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, "PHED", "2026000" + id.substring(9), "API", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> as("collector", "collector-secret")
                .get("/api/complaints/{id}", id).statusCode() == 200 && placeKnown(id));
    }

    boolean placeKnown(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.find(ComplaintPlace.class, id) != null);
    }

    void report(String id, DisposalOutcome outcome) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, "ATR-" + id,
                "PHED", "2026000" + id.substring(9), outcome, "handpump repaired", "JEN PHED", "REST", List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("verifications").size() == 1);
    }

    /** The ASSIGNED field check of the complaint, once there is one. */
    Map<String, Object> assigned(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getMap("fieldChecks.find { it.state == 'ASSIGNED' }") != null);
        return view(id).getMap("fieldChecks.find { it.state == 'ASSIGNED' }");
    }

    /** The verifier's verdict from where they stand (null: the phone gave no location). */
    JsonPath verdict(Map<String, Object> check, String verdict, Double lat, Double lon) {
        Map<String, Object> body = new HashMap<>();
        body.put("verdict", verdict);
        body.put("remarks", "seen on site");
        body.put("deviceLatitude", lat);
        body.put("deviceLongitude", lon);
        return as((String) check.get("verifier"), "verifier-secret").body(body)
                .post("/api/field-checks/{id}/verdict", check.get("fieldCheckId")).then().statusCode(200).extract().jsonPath();
    }

    void advanceAndTick(Duration d) {
        clock.advance(d);
        scheduler.tick();
    }

    @Test
    void aTypedComplaintWithoutAPinIsCheckedAtItsVillageAndReopened() {
        String id = "JAL-2026-860001";
        routedWithoutPin(id, "Sayla", "Posana", POSANA, "village");
        report(id, DisposalOutcome.RELIEF);
        publishAnswer(id, VerificationAnswer.DONT_KNOW);
        Map<String, Object> check = assigned(id);
        // the tehsil's own verifier goes, with a week to visit
        assertThat(check.get("verifier")).isEqualTo("verifier-sayla");
        assertThat(check.get("districtWide")).isEqualTo(false);
        assertThat(Duration.between(clock.instant(), Instant.parse((String) check.get("dueAt"))))
                .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
        assertThat(as("verifier-sayla", "verifier-secret").get("/api/field-checks/{id}", check.get("fieldCheckId"))
                .then().statusCode(200).extract().jsonPath().getString("place.placeKind")).isEqualTo("village");

        // a dhani 2.2 km from Posana's centroid: within the village, so the verdict takes effect
        JsonPath result = verdict(check, "NOT_FIXED", 25.3657, 72.6174);
        assertThat(result.getString("state")).isEqualTo("FAILED");
        JsonPath v = view(id);
        assertThat(v.getString("fieldChecks[0].comparedWith")).isEqualTo("VILLAGE");
        assertThat(v.getDouble("fieldChecks[0].radiusMetres")).isEqualTo(3000.0);
        assertThat(v.getDouble("fieldChecks[0].distanceMetres")).isBetween(2000.0, 2400.0);
        assertThat(v.getString("state")).isEqualTo("REOPENED");
        assertThat(v.getInt("escalationLevel")).isEqualTo(2);
        assertThat(outboxTypes(em, id)).endsWith("complaint.verified", "complaint.reopened");
    }

    @Test
    void aFlaggedCheckChangesNothingUntilTheGrievanceCellAcceptsIt() {
        String id = "JAL-2026-860002";
        routedWithoutPin(id, "Sayla", "Posana", POSANA, "village");
        report(id, DisposalOutcome.FALSE_CASE);
        Map<String, Object> check = assigned(id);
        String checkId = (String) check.get("fieldCheckId");

        // 4.4 km from the centroid: another village, as far as the service can tell
        assertThat(verdict(check, "FIXED", 25.3857, 72.6174).getString("state")).isEqualTo("FLAGGED");
        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("VERIFYING");
        assertThat(v.getString("fieldChecks[0].flagReason")).startsWith("TOO_FAR").contains("village's centre");
        assertThat(outboxTypes(em, id)).as("a False Case is looked at first: the citizen is not asked, nothing changes").isEmpty();

        List<Map<String, Object>> queue = cell().get("/api/field-check-reviews").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.complaintId == '" + id + "' }");
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0)).containsEntry("comparedWith", "VILLAGE").containsEntry("verdict", "FIXED")
                .containsEntry("verifierName", "Field verifier Sayla");
        assertThat(queue.get(0).get("reviewDueAt")).isNotNull();
        // only the grievance cell and the collector review
        as("phed-officer", "phed-secret").get("/api/field-check-reviews").then().statusCode(403);
        as("verifier-sayla", "verifier-secret").body(Map.of("note", "x"))
                .post("/api/field-check-reviews/{id}/accept", checkId).then().statusCode(403);

        cell().body(Map.of()).post("/api/field-check-reviews/{id}/accept", checkId)
                .then().statusCode(400).body("error", containsString("note"));
        cell().body(Map.of("note", "x".repeat(501))).post("/api/field-check-reviews/{id}/accept", checkId)
                .then().statusCode(400).body("error", containsString("note is at most 500"));
        cell().body(Map.of("note", "the Meghwalon ki dhani of Posana is 4 km out; the patwari confirms it"))
                .post("/api/field-check-reviews/{id}/accept", checkId)
                .then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("PASSED"))
                .body("review", org.hamcrest.Matchers.equalTo("ACCEPTED"))
                .body("reviewedBy", org.hamcrest.Matchers.equalTo("grievance-cell"));
        assertThat(view(id).getString("state")).isEqualTo("CLOSED");
        assertThat(outboxTypes(em, id)).endsWith("complaint.verified", "complaint.closed");
        // a second click changes nothing
        cell().body(Map.of("note", "again")).post("/api/field-check-reviews/{id}/accept", checkId).then().statusCode(409);
    }

    @Test
    void aTehsilNoOneCoversGoesDistrictWideAndAFlagIsReassignedOrRedone() {
        String id = "JAL-2026-860003";
        // routing found the tehsil but no village with a point: nothing to compare evidence with
        routedWithoutPin(id, "Chitalwana", null, null, null);
        report(id, DisposalOutcome.FALSE_CASE);
        Map<String, Object> check = assigned(id);
        assertThat(check.get("verifier")).isEqualTo("verifier-district");
        assertThat(check.get("districtWide")).isEqualTo(true);
        assertThat((String) check.get("assignmentNote")).isEqualTo("DISTRICT_WIDE: no field verifier covers tehsil Chitalwana");

        // evidence with a location, but no point to compare it with: flagged, never accepted on trust
        assertThat(verdict(check, "FIXED", 24.9, 71.5).getString("flagReason")).startsWith("NO_COMPLAINT_PLACE");
        String first = (String) check.get("fieldCheckId");
        cell().body(Map.of("verifier", "verifier-nobody")).post("/api/field-check-reviews/{id}/reassign", first)
                .then().statusCode(400).body("error", containsString("verifier"));
        cell().body(Map.of("verifier", "verifier-district")).post("/api/field-check-reviews/{id}/reassign", first)
                .then().statusCode(400).body("error", containsString("verifier"));
        JsonPath second = cell().body(Map.of("verifier", "verifier-bhinmal", "note", "Bhinmal's verifier is nearer"))
                .post("/api/field-check-reviews/{id}/reassign", first).then().statusCode(200).extract().jsonPath();
        assertThat(second.getString("state")).isEqualTo("ASSIGNED");
        assertThat(second.getString("verifier")).isEqualTo("verifier-bhinmal");
        assertThat(second.getString("replaces")).isEqualTo(first);
        JsonPath v = view(id);
        assertThat(v.getString("fieldChecks.find { it.fieldCheckId == '" + first + "' }.state")).isEqualTo("SET_ASIDE");
        assertThat(v.getString("fieldChecks.find { it.fieldCheckId == '" + first + "' }.review")).isEqualTo("REASSIGNED");
        assertThat(as("verifier-bhinmal", "verifier-secret").get("/api/field-checks").then().statusCode(200).extract()
                .jsonPath().getList("fieldCheckId")).contains(second.getString("fieldCheckId"));
        assertThat(as("verifier-district", "verifier-secret").get("/api/field-checks").then().statusCode(200).extract()
                .jsonPath().getList("fieldCheckId")).doesNotContain(first);

        // the phone gave no location this time: flagged again, and redone by the same verifier
        Map<String, Object> secondCheck = assigned(id);
        assertThat(verdict(secondCheck, "FALSE_COMPLAINT", null, null).getString("flagReason")).startsWith("NO_LOCATION");
        String secondId = second.getString("fieldCheckId");
        cell().body(Map.of("verifier", "verifier-sayla")).post("/api/field-check-reviews/{id}/redo", secondId)
                .then().statusCode(400);
        JsonPath third = cell().body(Map.of()).post("/api/field-check-reviews/{id}/redo", secondId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(third.getString("verifier")).isEqualTo("verifier-bhinmal");
        assertThat(third.getString("replaces")).isEqualTo(secondId);
        assertThat(view(id).getString("state")).isEqualTo("VERIFYING");
        assertThat(outboxTypes(em, id)).as("nothing changes while the check is flagged").isEmpty();
    }

    @Test
    void aComplaintTheCitizenCouldNotJudgeNeverWaitsForever() {
        String id = "JAL-2026-860004";
        routedWithoutPin(id, "Sayla", "Posana", POSANA, "village");
        report(id, DisposalOutcome.RELIEF);
        publishAnswer(id, VerificationAnswer.DONT_KNOW);
        Map<String, Object> check = assigned(id);
        String first = (String) check.get("fieldCheckId");
        Instant due = Instant.parse((String) check.get("dueAt"));

        // the verifier does not go: a minute before the week is up nothing happens, then the grievance cell hears of it
        advanceAndTick(Duration.between(clock.instant(), due).minus(MINUTE));
        assertThat(view(id).getString("fieldChecks[0].state")).isEqualTo("ASSIGNED");
        advanceAndTick(MINUTE);
        JsonPath v = view(id);
        assertThat(v.getString("fieldChecks[0].state")).isEqualTo("FLAGGED");
        assertThat(v.getString("fieldChecks[0].flagReason")).startsWith("VISIT_OVERDUE");
        assertThat(v.getString("state")).isEqualTo("VERIFYING");
        Instant reviewDue = Instant.parse(v.getString("fieldChecks[0].reviewDueAt"));
        // there is no verdict to accept
        cell().body(Map.of("note", "accept")).post("/api/field-check-reviews/{id}/accept", first).then().statusCode(409);

        // nor does the grievance cell look in three days: another verifier (Sayla has only one) is sent
        advanceAndTick(Duration.between(clock.instant(), reviewDue).minus(MINUTE));
        assertThat(view(id).getString("fieldChecks[0].state")).isEqualTo("FLAGGED");
        advanceAndTick(MINUTE);
        v = view(id);
        assertThat(v.getString("fieldChecks.find { it.fieldCheckId == '" + first + "' }.review")).isEqualTo("REVIEW_OVERDUE");
        Map<String, Object> next = assigned(id);
        assertThat(next.get("verifier")).isEqualTo("verifier-district");
        assertThat(next.get("replaces")).isEqualTo(first);
        assertThat(Instant.parse((String) next.get("dueAt"))).isAfter(clock.instant().plus(Duration.ofDays(6)));

        // the district verifier goes and finds the hand-pump working: verified by the field, closed
        verdict(next, "FIXED", 25.3470, 72.6180);
        assertThat(view(id).getString("state")).isEqualTo("CLOSED");
        assertThat(outboxTypes(em, id)).endsWith("complaint.verified", "complaint.closed");
    }
}
