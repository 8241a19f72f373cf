package org.samparksetu.verification.fieldcheck;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The field verifier's API as their page (now the console's /field) uses it: the check as they see it, and their
 * verdict with the phone's location.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class FieldCheckApiTest {

    static JsonPath view(String id) {
        var r = given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", id);
        return r.statusCode() == 200 ? r.jsonPath() : null;
    }

    @Test
    void aVerifierOnSiteRecordsThatTheFixIsNotReal() {
        String id = "JAL-2026-810001";
        String prefix = ServiceInfrastructure.topicPrefix();
        TestEvents.publish(prefix, EventType.COMPLAINT_ROUTED, id, new ComplaintRouted(id, "PHED", 0.9, List.of(), List.of(),
                "CLASSIFIER", "handpump", "hi", null, new GeoPoint(25.345678, 72.617432, null, null), "Sayla", "Sayla",
                "Posana", Instant.now()));
        TestEvents.publish(prefix, EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "2026810001", "API", Instant.now()));
        TestEvents.publish(prefix, EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, "ATR-810001", "PHED",
                "2026810001", DisposalOutcome.FALSE_CASE, "no fault found", "JEN PHED Sayla", "REST", List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id) != null && view(id).getList("fieldChecks").size() == 1);
        String verifier = view(id).getString("fieldChecks[0].verifier");
        String checkId = view(id).getString("fieldChecks[0].fieldCheckId");
        // the collector's list carries routing's tehsil, for pendency by tehsil
        assertThat(given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints")
                .then().statusCode(200).extract().jsonPath().getString("find { it.complaintId == '" + id + "' }.tehsil"))
                .isEqualTo("Sayla");

        JsonPath seen = given().auth().preemptive().basic(verifier, "verifier-secret")
                .get("/api/field-checks/{id}", checkId).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("complaintId")).isEqualTo(id);
        assertThat(seen.getString("reportOutcome")).isEqualTo("FALSE_CASE");
        assertThat(seen.getString("reportRemarks")).isEqualTo("no fault found");
        // on site, a few dozen metres from the citizen's pin
        JsonPath done = given().auth().preemptive().basic(verifier, "verifier-secret").contentType("application/json")
                .body(java.util.Map.of("verdict", "NOT_FIXED", "remarks", "handpump still dry",
                        "deviceLatitude", 25.3459, "deviceLongitude", 72.6176))
                .post("/api/field-checks/{id}/verdict", checkId).then().statusCode(200).extract().jsonPath();
        assertThat(done.getString("state")).isEqualTo("FAILED");
        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("REOPENED");
        assertThat(v.getString("fieldChecks[0].state")).isEqualTo("FAILED");
        assertThat(v.getDouble("fieldChecks[0].distanceMetres")).isLessThan(100);
    }

    @Test
    void theVerifierSeesWhatTheCitizenSaidAndThePhotoTheySent() {
        String id = "JAL-2026-810002";
        String sha = "c0ffee".repeat(10) + "abcd";
        String prefix = ServiceInfrastructure.topicPrefix();
        TestEvents.publish(prefix, EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "2026810002", "API", Instant.now()));
        TestEvents.publish(prefix, EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, "ATR-810002", "PHED",
                "2026810002", DisposalOutcome.RELIEF, "handpump repaired", "JEN PHED Sayla", "REST", List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id) != null && view(id).getList("verifications").size() == 1);
        TestEvents.publish(prefix, EventType.CITIZEN_REPLIED, id, new org.samparksetu.contract.events.CitizenReplied(id,
                "919876543210", "wamid.810002a", "BUTTON", org.samparksetu.contract.ReplyIds.verification(
                org.samparksetu.contract.ReplyIds.VerificationAnswer.NOT_FIXED, id), null, Instant.now()));
        TestEvents.publish(prefix, EventType.CITIZEN_REPLIED, id, new org.samparksetu.contract.events.CitizenReplied(id,
                "919876543210", "wamid.810002b", "TEXT", null, "पानी अब भी नहीं आता", Instant.now()));
        TestEvents.publish(prefix, EventType.CITIZEN_REPLIED, id, new org.samparksetu.contract.events.CitizenReplied(id,
                "919876543210", "wamid.810002c", "IMAGE", null, "सूखा हैंडपंप", Instant.now(), null, "hi", List.of(sha)));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("fieldChecks").size() == 1);
        String verifier = view(id).getString("fieldChecks[0].verifier");
        String checkId = view(id).getString("fieldChecks[0].fieldCheckId");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().preemptive().basic(verifier, "verifier-secret")
                .get("/api/field-checks/{id}", checkId).jsonPath().getList("citizenPhotos").size() == 1);

        JsonPath seen = given().auth().preemptive().basic(verifier, "verifier-secret")
                .get("/api/field-checks/{id}", checkId).then().statusCode(200).extract().jsonPath();
        // why the check was sent depends on PHED's record so far (every "not fixed" is checked, or all of PHED's are)
        assertThat(seen.getString("reason")).isNotBlank();
        assertThat(seen.getString("reportRemarks")).isEqualTo("handpump repaired");
        assertThat(seen.getString("disputeReason")).contains("पानी अब भी नहीं आता");
        assertThat(seen.getString("citizenPhotos[0].sha256")).isEqualTo(sha);
        assertThat(seen.getString("citizenPhotos[0].caption")).contains("सूखा हैंडपंप");
    }
}
