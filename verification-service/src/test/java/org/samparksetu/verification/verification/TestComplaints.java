package org.samparksetu.verification.verification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Input events as the bridge and intake would publish them, and ways to look at the service's effects (shared by the features' tests). */
public final class TestComplaints {
    public static final String CITIZEN = "919876543210";
    public static final String DEPARTMENT = "PHED";

    private TestComplaints() {
    }

    public static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    public static ComplaintRegistered registered(String complaintId) {
        return new ComplaintRegistered(complaintId, DEPARTMENT, "2026000" + complaintId.substring(9), "API",
                Instant.parse("2026-03-01T10:15:30Z"));
    }

    public static ComplaintActionReported report(String complaintId, String reportId) {
        return new ComplaintActionReported(complaintId, reportId, DEPARTMENT, "2026000" + complaintId.substring(9),
                DisposalOutcome.RELIEF, "pipeline repaired, supply restored", "AEn PHED Jalore", "REST", List.of(),
                Instant.now());
    }

    public static CitizenReplied button(String complaintId, VerificationAnswer answer) {
        return new CitizenReplied(complaintId, CITIZEN, "wamid." + UUID.randomUUID(), "BUTTON",
                ReplyIds.verification(answer, complaintId), null, Instant.now());
    }

    /** A typed answer intake understood as the button it stands for. */
    public static CitizenReplied typedAnswer(String complaintId, VerificationAnswer answer, String text) {
        return new CitizenReplied(complaintId, CITIZEN, "wamid." + UUID.randomUUID(), CitizenReplied.ANSWER,
                ReplyIds.verification(answer, complaintId), text, Instant.now(), null, "hi", null, null);
    }

    public static EventEnvelope<ComplaintRegistered> publishRegistered(String complaintId) {
        return TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, complaintId, registered(complaintId));
    }

    public static EventEnvelope<ComplaintActionReported> publishReport(String complaintId, String reportId) {
        return TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, complaintId, report(complaintId, reportId));
    }

    public static EventEnvelope<CitizenReplied> publishAnswer(String complaintId, VerificationAnswer answer) {
        return publishReply(complaintId, button(complaintId, answer));
    }

    public static EventEnvelope<CitizenReplied> publishReply(String complaintId, CitizenReplied reply) {
        return TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, complaintId, reply);
    }

    /** Registered, reported and the citizen asked: the complaint is waiting for the answer. */
    public static EventEnvelope<VerificationRequested> awaitingCitizen(String complaintId) {
        publishRegistered(complaintId);
        publishReport(complaintId, "ATR-" + complaintId);
        return awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, complaintId, 1).get(0);
    }

    public static <T> List<EventEnvelope<T>> awaitEvents(EventType type, Class<T> data, String complaintId, int atLeast) {
        return TestEvents.awaitEvents(prefix(), type, data, e -> complaintId.equals(e.subject()), atLeast);
    }

    public static <T> List<EventEnvelope<T>> events(EventType type, Class<T> data, String complaintId) {
        return TestEvents.events(prefix(), type, data).stream().filter(e -> complaintId.equals(e.subject())).toList();
    }

    /** The complaint as {@code GET /api/complaints/{id}} shows it. */
    public static JsonPath view(String complaintId) {
        return given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", complaintId).then().statusCode(200).extract().jsonPath();
    }

    /** The citizen's pin near Sayla bus stand, as routing sends it. */
    public static final GeoPoint PIN = new GeoPoint(25.345678, 72.617432, "Sayla bus stand", null);

    /**
     * Routing's event with the citizen's pin, and the service has the place: a verifier's evidence is then compared
     * with the pin rather than flagged for want of a place (routing's event comes on another topic, so it is awaited).
     */
    public static void routedWithPin(EntityManager em, String complaintId, String department) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, complaintId, new ComplaintRouted(complaintId, department,
                0.9, List.of(), List.of("पानी"), "CLASSIFIER", "हैंडपंप खराब", "hi", "+919829012345", PIN, "Sayla",
                "Sayla", "Posana", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from complaint_place where complaint_id = ?1")
                .setParameter(1, complaintId).getSingleResult()).intValue() == 1));
    }

    /** The citizen said "not fixed"; once the verifier is sent, they give {@code verdict} standing at the pin. */
    public static void disputedThenFieldVerdictAtPin(String complaintId, String verdict) {
        publishAnswer(complaintId, VerificationAnswer.NOT_FIXED);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonPath v = view(complaintId);
            return "FIELD_CHECK_PENDING".equals(v.getString("verifications[-1].state"))
                    && v.getList("fieldChecks").size() == 1;
        });
        JsonPath v = view(complaintId);
        given().auth().preemptive().basic(v.getString("fieldChecks[0].verifier"), "verifier-secret")
                .contentType("application/json")
                .body(Map.of("verdict", verdict, "remarks", "seen at the handpump",
                        "deviceLatitude", PIN.latitude(), "deviceLongitude", PIN.longitude()))
                .post("/api/field-checks/{id}/verdict", v.getString("fieldChecks[0].fieldCheckId"))
                .then().statusCode(200).body("state", org.hamcrest.Matchers.not("FLAGGED"));
    }

    /** Routed with a pin, reported, disputed, and found not fixed by the verifier: reopened one level up. */
    public static void disputedAndFoundNotFixed(EntityManager em, String complaintId) {
        routedWithPin(em, complaintId, DEPARTMENT);
        awaitingCitizen(complaintId);
        disputedThenFieldVerdictAtPin(complaintId, "NOT_FIXED");
        await().atMost(Duration.ofSeconds(60)).until(() -> "REOPENED".equals(view(complaintId).getString("state")));
    }

    /** Waits until the service committed its handling of the event (the inbox row commits with the effect). */
    public static void awaitHandled(EntityManager em, String consumer, UUID eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                        .setParameter(1, consumer).setParameter(2, eventId).getSingleResult()).intValue() == 1));
    }

    /** The events the service has committed to emit about a complaint, published or not: the outbox is the truth. */
    public static List<String> outboxTypes(EntityManager em, String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select e.eventType from OutboxEvent e where e.messageKey = :k order by e.id", String.class)
                .setParameter("k", complaintId).getResultList());
    }
}
