package org.samparksetu.intake.evidence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samparksetu.intake.evidence.EvidenceExportTest.officer;

/** The archive refuses edits, its chain verifies, and an edit made past the trigger is found. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class EvidenceChainTest {

    @Inject
    AgroalDataSource db;
    @Inject
    EvidenceChain chain;

    @Test
    void concurrentWebhooksFormOneUnbrokenChain() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bodies.add(Webhooks.text(Webhooks.citizen(), Webhooks.wamid(), "सड़क पर गड्ढे " + i).getBytes(StandardCharsets.UTF_8));
        }
        Webhooks.postEachTwiceConcurrently(bodies, new Random(19));
        EvidenceChain.Verification v = chain.verify();
        assertThat(v.problems()).isEmpty();
        assertThat(v.rows()).isGreaterThanOrEqualTo(12);
        officer().when().get("/officer/evidence/archive/chain").then().statusCode(200)
                .body("problems", org.hamcrest.Matchers.empty());
    }

    @Test
    void archivedEvidenceCannotBeChangedOrDeletedButTheQueueColumnsCan() throws Exception {
        long id = archive("बिजली का खंभा गिरा है");
        assertThatThrownBy(() -> exec("update raw_webhook set body = convert_to('{}', 'UTF8') where id = " + id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> exec("update raw_webhook set received_at = received_at - interval '1 day' where id = " + id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> exec("delete from raw_webhook where id = " + id)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execAsOwner("truncate raw_webhook cascade")).hasMessageContaining("append-only");
        // filing still records its outcome on the row
        exec("update raw_webhook set attempts = attempts where id = " + id);
        // the retention switch is for one transaction only, and only to empty a body
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local sampark.retention = 'on'");
                assertThatThrownBy(() -> s.executeUpdate("update raw_webhook set body = convert_to('{}', 'UTF8') where id = " + id))
                        .hasMessageContaining("append-only");
            } finally {
                c.rollback();
            }
        }
        assertThat(chain.verify().problems()).isEmpty();
    }

    @Test
    void anEditMadePastTheTriggerIsFoundByTheVerification() throws Exception {
        long id = archive("पानी की टंकी लीक है");
        long later = archive("स्कूल की छत टूटी है");
        assertThat(chain.verify().problems()).isEmpty();
        String original;
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select encode(body, 'base64') from raw_webhook where id = " + id)) {
            r.next();
            original = r.getString(1);
        }
        try {
            // the schema's owner (not the service) can switch the trigger off; the chain still tells
            execAsOwner("alter table raw_webhook disable trigger raw_webhook_append_only");
            execAsOwner("update raw_webhook set body = convert_to(replace(convert_from(body, 'UTF8'), 'लीक', 'ठीक'), 'UTF8') where id = " + id);
            assertThat(chain.verify().problems()).anySatisfy(p -> assertThat(p).contains("webhook " + id + ": its body"));
            execAsOwner("update raw_webhook set body_sha256 = encode(sha256(body), 'hex') where id = " + id);
            assertThat(chain.verify().problems()).anySatisfy(p -> assertThat(p).contains("webhook " + id + ": its hash"));
            execAsOwner("update raw_webhook set row_hash = evidence_row_hash(prev_hash, body_sha256, received_at, id) where id = " + id);
            assertThat(chain.verify().problems())
                    .as("rehashing the row breaks the link from the next one")
                    .anySatisfy(p -> assertThat(p).contains("webhook " + later + " does not link"));
        } finally {
            execAsOwner("update raw_webhook set body = decode('" + original + "', 'base64'), body_sha256 = encode(sha256(decode('"
                    + original + "', 'base64')), 'hex') where id = " + id);
            execAsOwner("update raw_webhook set row_hash = evidence_row_hash(prev_hash, body_sha256, received_at, id) where id = " + id);
            execAsOwner("alter table raw_webhook enable trigger raw_webhook_append_only");
        }
        assertThat(chain.verify().problems()).isEmpty();
    }

    private long archive(String text) {
        return Webhooks.post(Webhooks.text(Webhooks.citizen(), Webhooks.wamid(), text)).statusCode(200).extract()
                .<Number>path("webhookId").longValue();
    }

    /** As the role that owns intake's schema: what someone with the database's keys, not the service, could do. */
    private static void execAsOwner(String sql) throws SQLException {
        try (Connection c = org.samparksetu.testing.Infrastructure.ownerConnection(
                org.samparksetu.testing.Infrastructure.databaseName("intake_service_test"));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }
}
