package org.samparksetu.intake.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.intake.media.MediaStore;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.samparksetu.intake.evidence.EvidenceExportTest.officer;
import static org.samparksetu.intake.testsupport.StoredComplaints.operator;

/**
 * The retention job deletes the messages, bodies and media of numbers whose complaints closed before the cut-off,
 * keeps held and open ones, and leaves the archive's chain verifiable.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class RetentionTest {

    @Inject
    EntityManager em;
    @Inject
    RetentionJob retention;
    @Inject
    EvidenceChain chain;
    @Inject
    MediaStore mediaStore;

    @Test
    void aNumberClosedLongAgoIsDeletedExceptUnderAHoldOrWithAnOpenComplaint() throws Exception {
        String gone = Webhooks.citizen();
        String held = Webhooks.citizen();
        String open = Webhooks.citizen();
        String goneComplaint = Webhooks.fileText(gone, "पुलिया टूटी है चार साल पुरानी बात");
        long goneBody = webhookOf(gone);
        byte[] photo = ("old photo " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String sha = mediaStore.put(photo);
        sql("insert into complaint_part (complaint_id, message_type, media_id, media_sha256, received_at) "
                + "values ('" + goneComplaint + "', 'image', 'm-old', '" + sha + "', now())");
        String heldComplaint = Webhooks.fileText(held, "पट्टा नहीं मिला, कोर्ट में केस है");
        String openComplaint = Webhooks.fileText(open, "आंगनवाड़ी बंद है");
        for (var c : Map.of(gone, goneComplaint, held, heldComplaint, open, openComplaint).entrySet()) {
            // four years old: received, and (but for the open one) closed then
            sql("update inbound_message set received_at = now() - interval '4 years' where citizen_id = '" + c.getKey() + "'");
            sql("update complaint set received_at = now() - interval '4 years' where complaint_id = '" + c.getValue() + "'");
            if (!c.getKey().equals(open)) {
                sql("insert into complaint_conversation (complaint_id, citizen_wa_id, closed_at) values ('" + c.getValue()
                        + "', '" + c.getKey() + "', now() - interval '3 years 6 months')");
            }
        }
        officer().contentType("application/json").body(Map.of("reason", "FIR 112/2026, Sayla thana"))
                .when().put("/officer/evidence/holds/" + held).then().statusCode(200).body("heldBy", equalTo("evidence-officer"));

        RetentionJob.Run run = retention.run();

        assertThat(run.deleted()).contains(gone).doesNotContain(held, open);
        assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", gone)).isZero();
        assertThat(count("select count(*) from inbound_message where citizen_id = ?1", gone)).isZero();
        assertThat(count("select count(*) from complaint_part where complaint_id = ?1", goneComplaint)).isZero();
        assertThat(count("select count(*) from raw_webhook where id = " + goneBody + " and length(body) = 0 and body_purged_at is not null", gone))
                .as("the body is emptied, its row stays in the chain").isEqualTo(1);
        assertThat(mediaStore.find(sha)).as("the photo is deleted from the media store").isEmpty();
        assertThat(count("select count(*) from media_object where sha256 = ?1", sha)).as("and its row with it").isZero();
        assertThat(count("select count(*) from intake_decision where citizen_wa_id = ?1 and decision = 'RETENTION_DELETED'", gone))
                .isEqualTo(1);
        assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", held)).isEqualTo(1);
        assertThat(count("select count(*) from inbound_message where citizen_id = ?1", held)).isEqualTo(1);
        assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", open)).isEqualTo(1);
        assertThat(chain.verify().problems()).as("the chain verifies after the purge").isEmpty();

        // lifting the hold lets the next run take it
        officer().when().delete("/officer/evidence/holds/" + held).then().statusCode(204);
        assertThat(retention.run().deleted()).contains(held).doesNotContain(open);
        assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", held)).isZero();
    }

    @Test
    void holdsArePlacedAndLiftedByAnEvidenceOfficerWithAReason() {
        String citizen = Webhooks.citizen();
        operator().contentType("application/json").body(Map.of("reason", "x"))
                .when().put("/officer/evidence/holds/" + citizen).then().statusCode(403);
        officer().contentType("application/json").body("{}")
                .when().put("/officer/evidence/holds/" + citizen).then().statusCode(400);
        officer().contentType("application/json").body(Map.of("reason", "x".repeat(501)))
                .when().put("/officer/evidence/holds/" + citizen).then().statusCode(400)
                .body("error", org.hamcrest.Matchers.containsString("500"));
        officer().contentType("application/json").body(Map.of("reason", "सिविल वाद 45/2026"))
                .when().put("/officer/evidence/holds/" + citizen).then().statusCode(200).body("waId", equalTo(citizen));
        officer().when().get("/officer/evidence/holds").then().statusCode(200)
                .body("waId", org.hamcrest.Matchers.hasItem(citizen));
        officer().when().delete("/officer/evidence/holds/" + citizen).then().statusCode(204);
        officer().when().delete("/officer/evidence/holds/" + citizen).then().statusCode(404);
        assertThat(count("select count(*) from intake_decision where citizen_wa_id = ?1 and decision like 'EVIDENCE_HOLD_%'", citizen))
                .isEqualTo(2);
    }

    private long webhookOf(String waId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select raw_webhook_id from inbound_message where citizen_id = ?1").setParameter(1, waId)
                .getSingleResult()).longValue());
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private long count(String sql, String param) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            if (sql.contains("?1")) {
                q.setParameter(1, param);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
