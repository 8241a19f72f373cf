package org.samparksetu.intake.evidence;

import org.samparksetu.web.evidence.EvidenceHashes;
import org.samparksetu.web.evidence.EvidenceVerifier;
import org.samparksetu.web.evidence.EvidenceHashes;
import org.samparksetu.web.evidence.EvidenceVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintMarkedFalse;
import org.samparksetu.intake.media.MediaStore;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.intake.testsupport.IntakeEvents.prefix;
import static org.samparksetu.intake.testsupport.StoredComplaints.operator;

/**
 * The export for a number holds that number's messages and nothing of the citizens WhatsApp batched with it, and it
 * is signed so that the offline verifier finds any change.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class EvidenceExportTest {
    /**
     * The key that checks this service's exports, as the district publishes it: the service's own answer (the test
     * profile has a key of its own, but SAMPARK_EVIDENCE_SIGNING_KEY from the environment, as deploy/ exports it,
     * takes precedence).
     */
    static String publicKey() {
        return officer().when().get("/officer/evidence/public-key").then().statusCode(200)
                .body("algorithm", org.hamcrest.Matchers.equalTo("Ed25519")).extract().path("publicKey");
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;
    @Inject
    MediaStore mediaStore;

    @Test
    void aBatchedWebhookExportsOnlyTheNumbersOwnMessageContactAndStatus() throws Exception {
        String ramesh = Webhooks.citizen();
        String sunita = Webhooks.citizen();
        String rameshText = "हैंडपंप तीन दिन से खराब है रमेश";
        String sunitaText = "सुनीता के गांव में राशन नहीं मिला";
        byte[] body = batched(ramesh, rameshText, sunita, sunitaText);
        var filed = Webhooks.post(body).statusCode(200).extract();
        assertThat(filed.<List<String>>path("complaintIds")).as("both citizens filed from one body").hasSize(2);

        String text = officer().when().get("/officer/evidence/" + ramesh).then().statusCode(200).extract().asString();
        assertThat(text).doesNotContain(sunita).doesNotContain(sunitaText).doesNotContain("Sunita");
        JsonNode evidence = JSON.readTree(text).get("evidence");
        assertThat(evidence.path("rawWebhooks").isMissingNode()).as("whole bodies are never handed out").isTrue();
        JsonNode webhook = evidence.get("webhooks").get(0);
        assertThat(evidence.get("webhooks")).hasSize(1);
        assertThat(webhook.get("bodySha256").asText()).isEqualTo(EvidenceHashes.sha256(body));
        JsonNode pieces = webhook.get("pieces");
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).get("position").asText()).isEqualTo("entry[0].changes[0].value.messages[0]");
        assertThat(pieces.get(0).get("message").get("text").get("body").asText()).isEqualTo(rameshText);
        assertThat(pieces.get(0).get("contact").get("wa_id").asText()).isEqualTo(ramesh);
        assertThat(pieces.get(1).get("position").asText()).isEqualTo("entry[0].changes[1].value.statuses[0]");
        assertThat(pieces.get(1).get("status").get("recipient_id").asText()).isEqualTo(ramesh);

        // each piece is the very element at its position in the archived body
        JsonNode archived = JSON.readTree(body);
        assertThat(pieces.get(0).get("message"))
                .isEqualTo(archived.at("/entry/0/changes/0/value/messages/0"));
        assertThat(pieces.get(1).get("status"))
                .isEqualTo(archived.at("/entry/0/changes/1/value/statuses/0"));
        // and the archive row it cites is in the chain with these hashes
        assertThat(EvidenceHashes.rowHash(webhook.get("prevHash").asText(null), webhook.get("bodySha256").asText(),
                Instant.parse(webhook.get("receivedAt").asText()), webhook.get("webhookId").asLong()))
                .isEqualTo(webhook.get("rowHash").asText());

        String other = officer().when().get("/officer/evidence/" + sunita).then().statusCode(200).extract().asString();
        assertThat(other).contains(sunitaText).doesNotContain(ramesh).doesNotContain(rameshText);
    }

    @Test
    void theExportCarriesDecisionsWarningsMediaAndFieldChecksAndIsSigned() throws Exception {
        String citizen = Webhooks.citizen();
        String complaintId = Webhooks.fileText(citizen, "नाली का पानी सड़क पर बह रहा है");
        byte[] photo = ("photo of the drain " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String sha = mediaStore.put(photo);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into complaint_part (complaint_id, message_type, media_id, media_mime_type, media_sha256,
                          media_size, received_at) values (?1, 'image', 'media-1', 'image/jpeg', ?2, ?3, now())""")
                .setParameter(1, complaintId).setParameter(2, sha).setParameter(3, photo.length).executeUpdate());
        String fieldCheck = UUID.randomUUID().toString();
        TestEvents.publish(prefix(), EventType.COMPLAINT_MARKED_FALSE, complaintId,
                new ComplaintMarkedFalse(complaintId, "PHED", fieldCheck, "je-sayla", "no water on the road", null, 12.0,
                        Instant.now()));

        await().atMost(Duration.ofSeconds(60)).until(() -> officer().when().get("/officer/evidence/" + citizen)
                .then().extract().asString().contains("FLAGGED_FALSE\""));
        byte[] export = officer().when().get("/officer/evidence/" + citizen).then().statusCode(200).extract().asByteArray();
        JsonNode evidence = JSON.readTree(export).get("evidence");

        assertThat(evidence.get("decisions").findValuesAsText("decision")).contains("FLAGGED_FALSE_CASE");
        assertThat(evidence.get("warningsSent").findValuesAsText("kind")).contains("FLAGGED_FALSE")
                .doesNotContain("LINKED");
        JsonNode media = evidence.get("media").get(0);
        assertThat(Base64.getDecoder().decode(media.get("bytesBase64").asText())).isEqualTo(photo);
        assertThat(media.get("mediaSha256").asText()).isEqualTo(sha);
        assertThat(evidence.at("/fieldChecks/heldBy").asText()).isEqualTo("verification-service");
        assertThat(evidence.at("/fieldChecks/complaints/0/complaintId").asText()).isEqualTo(complaintId);
        assertThat(evidence.at("/fieldChecks/complaints/0/fieldCheckIds/0").asText()).isEqualTo(fieldCheck);

        // kept for trying deploy/evidence-verify by hand on a real export (with the test public key above)
        java.nio.file.Files.write(java.nio.file.Path.of("target/evidence-export-sample.json"), export);
        // the verifier: the export as served verifies, and so does a reformatted copy of it
        String publicKey = publicKey();
        assertThat(JSON.readTree(export).at("/signature/publicKey").asText()).isEqualTo(publicKey);
        assertThat(EvidenceVerifier.verify(export, publicKey)).isEmpty();
        byte[] pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(JSON.readTree(export));
        assertThat(EvidenceVerifier.verify(pretty, publicKey)).isEmpty();

        // one changed word is found
        ObjectNode changed = (ObjectNode) JSON.readTree(export);
        ((ObjectNode) changed.at("/evidence/complaints/0")).put("text", "नाली ठीक है");
        assertThat(EvidenceVerifier.verify(JSON.writeValueAsBytes(changed), publicKey))
                .anySatisfy(p -> assertThat(p).contains("signature does not match"));
        // a swapped photo is found twice over: by the signature and by its own hash
        ObjectNode swapped = (ObjectNode) JSON.readTree(export);
        ((ObjectNode) swapped.at("/evidence/media/0")).put("bytesBase64",
                Base64.getEncoder().encodeToString("another photo".getBytes(StandardCharsets.UTF_8)));
        assertThat(EvidenceVerifier.verify(JSON.writeValueAsBytes(swapped), publicKey))
                .anySatisfy(p -> assertThat(p).contains("do not have this SHA-256"))
                .anySatisfy(p -> assertThat(p).contains("signature does not match"));
        // another key does not verify it
        String otherKey = Base64.getEncoder().encodeToString(
                java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
        assertThat(EvidenceVerifier.verify(export, otherKey)).isNotEmpty();
    }

    @Test
    void onlyAnEvidenceOfficerExportsAndNothingReceivedIsNotFound() {
        String citizen = Webhooks.citizen();
        Webhooks.fileText(citizen, "बिजली नहीं है");
        given().when().get("/officer/evidence/" + citizen).then().statusCode(401);
        operator().when().get("/officer/evidence/" + citizen).then().statusCode(403);
        officer().when().get("/officer/evidence/919000000001").then().statusCode(404);
        officer().when().get("/officer/evidence/" + citizen).then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from intake_decision where citizen_wa_id = ?1 and decision = 'EVIDENCE_EXPORTED'")
                .setParameter(1, citizen).getSingleResult()).intValue())).as("the export is logged").isEqualTo(1);
    }

    static io.restassured.specification.RequestSpecification officer() {
        return given().auth().preemptive().basic("evidence-officer", "evidence-secret").header("X-Requested-With", "fetch");
    }

    /**
     * A real batched webhook (two changes, fixture netflie__multi_change_two_texts) made to carry two citizens: the
     * first change Ramesh's text, the second Sunita's text and a delivery status of a message we sent Ramesh.
     */
    private static byte[] batched(String ramesh, String rameshText, String sunita, String sunitaText) throws Exception {
        JsonNode root;
        try (InputStream in = EvidenceExportTest.class.getResourceAsStream("/fixtures/more-sources/netflie__multi_change_two_texts.json")) {
            root = JSON.readTree(in);
        }
        ArrayNode changes = (ArrayNode) root.at("/entry/0/changes");
        address((ObjectNode) changes.get(0).get("value"), ramesh, "Ramesh", rameshText);
        ObjectNode second = (ObjectNode) changes.get(1).get("value");
        address(second, sunita, "Sunita", sunitaText);
        second.putArray("statuses").addObject().put("id", "wamid.OUT" + Webhooks.wamid()).put("status", "delivered")
                .put("timestamp", "1669233780").put("recipient_id", ramesh);
        return JSON.writeValueAsBytes(root);
    }

    private static void address(ObjectNode value, String waId, String name, String text) {
        ((ObjectNode) value.get("metadata")).put("phone_number_id", Webhooks.OUR_NUMBER_ID);
        ObjectNode contact = (ObjectNode) value.get("contacts").get(0);
        contact.put("wa_id", waId);
        ((ObjectNode) contact.get("profile")).put("name", name);
        ObjectNode message = (ObjectNode) value.get("messages").get(0);
        message.put("from", waId).put("id", Webhooks.wamid());
        ((ObjectNode) message.get("text")).put("body", text);
    }
}
