package org.samparksetu.verification.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.verification.fieldcheck.ExifJpeg;
import org.samparksetu.web.evidence.EvidenceHashes;
import org.samparksetu.web.evidence.EvidenceVerifier;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.samparksetu.verification.verification.TestComplaints.*;

/**
 * The field-check half of the IT-Act evidence: what the department reported, what the citizen answered and what the
 * verifier found where, with the verifier's photo as bytes, signed so that it is checked offline like intake's export;
 * a changed verdict or a swapped photo no longer verifies. Only the authorised officer gets it.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class FieldCheckEvidenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void theVerifiersFindingAndPhotoAreExportedSignedAndATamperedCopyFails() throws Exception {
        String id = "JAL-2026-890001";
        routedWithPin(em, id, DEPARTMENT);
        awaitingCitizen(id);
        publishAnswer(id, VerificationAnswer.NOT_FIXED);
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("fieldChecks").size() == 1);
        JsonPath v = view(id);
        byte[] photo = ExifJpeg.withGps(PIN.latitude(), PIN.longitude());
        given().auth().preemptive().basic(v.getString("fieldChecks[0].verifier"), "verifier-secret")
                .contentType("application/json")
                .body(Map.of("verdict", "NOT_FIXED", "remarks", "हैंडपंप अभी भी खराब है",
                        "photoBase64", Base64.getEncoder().encodeToString(photo), "photoType", "image/jpeg",
                        "deviceLatitude", PIN.latitude(), "deviceLongitude", PIN.longitude()))
                .post("/api/field-checks/{id}/verdict", v.getString("fieldChecks[0].fieldCheckId"))
                .then().statusCode(200);

        byte[] export = given().auth().preemptive().basic("evidence-officer", "evidence-secret")
                .get("/officer/evidence/field-checks?complaint={id}", id).then().statusCode(200).extract().asByteArray();
        // checked with the key the service publishes (the environment's SAMPARK_EVIDENCE_SIGNING_KEY, if set, wins
        // over the test profile's)
        String publicKey = given().auth().preemptive().basic("evidence-officer", "evidence-secret")
                .get("/officer/evidence/field-checks/public-key").then().statusCode(200).extract().path("publicKey");
        assertThat(JSON.readTree(export).at("/signature/publicKey").asText()).isEqualTo(publicKey);
        assertThat(EvidenceVerifier.verify(export, publicKey)).isEmpty();
        JsonNode evidence = JSON.readTree(export).path("evidence");
        assertThat(evidence.path("kind").asText()).isEqualTo("field-checks");
        assertThat(evidence.path("exportedBy").asText()).isEqualTo("evidence-officer");
        JsonNode check = evidence.path("fieldChecks").get(0);
        assertThat(check.path("complaintId").asText()).isEqualTo(id);
        assertThat(check.path("verdict").asText()).isEqualTo("NOT_FIXED");
        assertThat(check.path("remarks").asText()).isEqualTo("हैंडपंप अभी भी खराब है");
        assertThat(check.path("deviceLatitude").asDouble()).isEqualTo(PIN.latitude());
        assertThat(evidence.path("actionReportChecks").get(0).path("citizenAnswer").asText()).isEqualTo("NOT_FIXED");
        JsonNode media = evidence.path("media").get(0);
        assertThat(Base64.getDecoder().decode(media.path("bytesBase64").asText())).isEqualTo(photo);
        assertThat(media.path("mediaSha256").asText()).isEqualTo(EvidenceHashes.sha256(photo))
                .isEqualTo(check.path("photoSha256").asText());

        // changed after signing: the verdict, or the photo swapped together with its hash
        ObjectNode changed = (ObjectNode) JSON.readTree(export);
        ((ObjectNode) changed.path("evidence").path("fieldChecks").get(0)).put("verdict", "FIXED");
        assertThat(EvidenceVerifier.verify(JSON.writeValueAsBytes(changed), publicKey))
                .anyMatch(p -> p.contains("signature does not match"));
        ObjectNode swapped = (ObjectNode) JSON.readTree(export);
        byte[] other = ExifJpeg.withGps(25.2, 72.6);
        ((ObjectNode) swapped.path("evidence").path("media").get(0))
                .put("bytesBase64", Base64.getEncoder().encodeToString(other));
        assertThat(EvidenceVerifier.verify(JSON.writeValueAsBytes(swapped), publicKey))
                .anyMatch(p -> p.contains("do not have this SHA-256"));
    }

    @Test
    void onlyTheAuthorisedOfficerExportsAndABadRequestSaysWhy() {
        given().get("/officer/evidence/field-checks?complaint=JAL-2026-890001").then().statusCode(401);
        given().auth().preemptive().basic("collector", "collector-secret")
                .get("/officer/evidence/field-checks?complaint=JAL-2026-890001").then().statusCode(403);
        given().auth().preemptive().basic("evidence-officer", "evidence-secret")
                .get("/officer/evidence/field-checks").then().statusCode(400).body("error", containsString("?complaint="));
        given().auth().preemptive().basic("evidence-officer", "evidence-secret")
                .get("/officer/evidence/field-checks?complaint=not-a-number").then().statusCode(400)
                .body("error", containsString("'complaint'"));
        given().auth().preemptive().basic("evidence-officer", "evidence-secret")
                .get("/officer/evidence/field-checks?complaint=JAL-2026-899999").then().statusCode(404);
    }
}
