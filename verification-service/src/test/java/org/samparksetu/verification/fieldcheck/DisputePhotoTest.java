package org.samparksetu.verification.fieldcheck;

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
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A photo the citizen sends after "not fixed" (citizen.replied kind IMAGE) is kept with the dispute for the verifier. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class DisputePhotoTest {
    static final String CITIZEN = "919876543210";
    static final String SHA_A = "a".repeat(64);
    static final String SHA_B = "0123456789abcdef".repeat(4);

    @Inject
    EntityManager em;

    static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    static JsonPath view(String id) {
        var r = given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", id);
        return r.statusCode() == 200 ? r.jsonPath() : null;
    }

    static EventEnvelope<CitizenReplied> reply(String id, String kind, String replyId, String text, List<String> media) {
        return TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, new CitizenReplied(id, CITIZEN,
                "wamid." + UUID.randomUUID(), kind, replyId, text, Instant.now(), null, "hi", media));
    }

    static void reported(String id) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED",
                "2026" + id.substring(9), "API", Instant.now(), "handpump"));
        TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, "ATR-" + id,
                "PHED", "2026" + id.substring(9), DisposalOutcome.RELIEF, "handpump repaired", "JEN PHED Sayla", "REST",
                List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id) != null && view(id).getList("verifications").size() == 1);
    }

    void awaitHandled(EventEnvelope<?> event) {
        await().atMost(Duration.ofSeconds(60)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                        .setParameter(1, event.id()).getSingleResult()).intValue() == 1));
    }

    @Test
    void photosAfterNotFixedReachTheFieldVerifierOnceEach() {
        String id = "JAL-2026-740001";
        reported(id);
        reply(id, "BUTTON", ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, id), "नहीं", null);
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("fieldChecks").size() == 1);
        String verifier = view(id).getString("fieldChecks[0].verifier");
        String checkId = view(id).getString("fieldChecks[0].fieldCheckId");

        reply(id, "IMAGE", null, "अभी भी सूखा", List.of(SHA_A));
        reply(id, "TEXT", null, "हैंडपंप से पानी नहीं आता", null);
        EventEnvelope<CitizenReplied> again = reply(id, "IMAGE", null, null, List.of(SHA_A, SHA_B)); // A delivered twice
        awaitHandled(again);

        JsonPath check = given().auth().preemptive().basic(verifier, "verifier-secret")
                .get("/api/field-checks/{id}", checkId).then().statusCode(200).extract().jsonPath();
        assertThat(check.getList("citizenPhotos.sha256")).containsExactly(SHA_A, SHA_B);
        assertThat(check.getString("citizenPhotos[0].caption")).isEqualTo("अभी भी सूखा");
        assertThat(check.getString("disputeReason")).isEqualTo("हैंडपंप से पानी नहीं आता");
        // no media location configured: named by hash, no made-up URL
        assertThat(check.getString("citizenPhotos[0].url")).isNull();
        // the photos count against nothing and change nothing: the complaint waits for the verifier at L1
        assertThat(view(id).getString("state")).isEqualTo("VERIFYING");
        assertThat(view(id).getInt("escalationLevel")).isEqualTo(1);
        assertThat(view(id).getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");

        // the verifier's verdict still works with the citizen's photos attached
        given().auth().preemptive().basic(verifier, "verifier-secret").contentType("application/json")
                .body(Map.of("verdict", "NOT_FIXED", "deviceLatitude", 25.3457, "deviceLongitude", 72.6174))
                .post("/api/field-checks/{id}/verdict", checkId).then().statusCode(200)
                .body("citizenPhotos.size()", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void aPhotoAboutAFixNobodyDisputedIsNotKept() {
        String id = "JAL-2026-740002";
        reported(id);
        awaitHandled(reply(id, "IMAGE", null, null, List.of(SHA_A)));
        long kept = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from dispute_photo where complaint_id = ?1").setParameter(1, id).getSingleResult()).longValue());
        assertThat(kept).isZero();
        assertThat(view(id).getString("verifications[0].state")).isEqualTo("AWAITING_CITIZEN");
    }
}
