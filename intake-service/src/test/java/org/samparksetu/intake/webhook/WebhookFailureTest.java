package org.samparksetu.intake.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceInfrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Webhooks are answered once archived and filed afterwards, so two failures matter: the archive refusing the body
 * (the caller must deliver again, nothing half-stored), and filing failing half-way through (a trigger stands in for
 * any failure after the first statements of the transaction): nothing of it may be half-applied, the body stays
 * PENDING and is tried again until it goes through once, or is kept as FAILED after the last attempt.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class WebhookFailureTest {
    private static final String POISON = "poison-for-the-failure-test";
    private static final String UNSTORABLE = "unstorable-for-the-failure-test";

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    // Each table's trigger is changed in a transaction of its own: filers may still be retrying a poisoned webhook of
    // the previous test, and a filing transaction locks raw_webhook, then complaint_part, then raw_webhook again. A
    // test transaction holding DDL locks on both tables would deadlock with it; one table at a time only waits.
    // Triggers are the schema's, so they are made as the database's owner role: the service's own role may not.
    @BeforeEach
    void databaseRefusesThePoisonText() {
        refuse("refuse_unstorable", "raw_webhook", "convert_from(new.body, 'UTF8')", UNSTORABLE, "simulated archive failure");
        refuse("refuse_poison", "complaint_part", "coalesce(new.text, '')", POISON, "simulated database failure");
    }

    /** A trigger that makes inserts into {@code table} fail when {@code column} holds {@code marker}. */
    private static void refuse(String name, String table, String column, String marker, String message) {
        asOwner("create or replace function " + name + "() returns trigger language plpgsql as $$ "
                        + "begin if position('" + marker + "' in " + column + ") > 0 then "
                        + "raise exception '" + message + "'; end if; return new; end $$",
                "drop trigger if exists " + name + " on " + table,
                "create trigger " + name + " before insert on " + table + " for each row execute function " + name + "()");
    }

    @AfterEach
    void dropTriggers() {
        asOwner("drop trigger if exists refuse_unstorable on raw_webhook");
        asOwner("drop trigger if exists refuse_poison on complaint_part");
    }

    /** The statements in one transaction, as the owner role of the test's database. */
    private static void asOwner(String... statements) {
        try (Connection c = Infrastructure.ownerConnection(Infrastructure.databaseName("intake_service_test"))) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWebhookWhoseFilingFailsIsRolledBackWholeKeptAndFiledOnceOnALaterAttempt() {
        String citizen = Webhooks.citizen();
        String wamid = Webhooks.wamid();
        byte[] body = Webhooks.text(citizen, wamid, "नाली जाम है " + POISON).getBytes(StandardCharsets.UTF_8);

        long id = postAndGetId(body);
        await().atMost(Duration.ofSeconds(45)).until(() -> Webhooks.archive(id).extract().<Integer>path("attempts") >= 2);
        Webhooks.archive(id).body("outcome", equalTo("PENDING")).body("error", containsString("simulated database failure"));
        assertThat(count("select count(*) from inbound_message where wamid = ?1", wamid))
                .as("the message is not claimed, so a later attempt is not mistaken for a duplicate").isZero();
        assertThat(count("select count(*) from citizen where wa_id = ?1", citizen))
                .as("nothing of the failed transaction remains").isZero();

        dropTriggers();
        var filed = Webhooks.filed(given().contentType("application/json")
                .header("X-Hub-Signature-256", WebhookSignature.sign(body, Webhooks.SECRET)).body(body)
                .when().post(Webhooks.PATH).then());
        await().atMost(Duration.ofSeconds(45)).until(() -> "ACCEPTED".equals(Webhooks.archive(id).extract().path("outcome")));
        // whichever is filed first (the retry of the first delivery or the redelivery) files it, the other is a duplicate
        int fromFirst = Webhooks.archive(id).extract().<List<String>>path("complaintIds").size();
        int fromRedelivery = filed.extract().<List<String>>path("complaintIds").size();
        assertThat(fromFirst + fromRedelivery).isEqualTo(1);
        assertThat(Webhooks.archive(id).extract().<Integer>path("duplicates") + filed.extract().<Integer>path("duplicates"))
                .isEqualTo(1);

        assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", citizen)).isEqualTo(1);
        assertThat(count("select count(*) from raw_webhook where body_sha256 = ?1", RawWebhookStore.sha256(body)))
                .as("every delivery is archived").isEqualTo(2);
    }

    @Test
    void aWebhookThatKeepsFailingIsKeptAsFailedAfterTheLastAttempt() {
        String citizen = Webhooks.citizen();
        byte[] body = Webhooks.text(citizen, Webhooks.wamid(), "सड़क टूटी है " + POISON).getBytes(StandardCharsets.UTF_8);

        long id = postAndGetId(body);
        // 8 attempts, 100 ms doubling in the test profile: about 13 s
        await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(Webhooks.archive(id).extract().path("outcome")));
        Webhooks.archive(id).body("attempts", equalTo(8)).body("error", containsString("simulated database failure"));
        assertThat(count("select count(*) from citizen where wa_id = ?1", citizen)).isZero();
        assertThat(count("select count(*) from raw_webhook where body_sha256 = ?1 and outcome = 'FAILED'",
                RawWebhookStore.sha256(body))).as("the body is kept as evidence").isEqualTo(1);
    }

    @Test
    void aBodyTheArchiveCannotTakeIsAnswered503AndTakenOnRedelivery() {
        String citizen = Webhooks.citizen();
        byte[] body = Webhooks.text(citizen, Webhooks.wamid(), "हैंडपंप खराब " + UNSTORABLE).getBytes(StandardCharsets.UTF_8);

        Webhooks.post(body).statusCode(503).body("error", containsString("deliver it again"));
        assertThat(count("select count(*) from raw_webhook where body_sha256 = ?1", RawWebhookStore.sha256(body))).isZero();

        dropTriggers();
        Webhooks.post(body).statusCode(200).body("outcome", equalTo("ACCEPTED")).body("complaintIds", hasSize(1));
        assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", citizen)).isEqualTo(1);
    }

    @Test
    void aWebhookArchivedButNeverFiledIsFoundAndFiled() {
        // As after a crash between the commit of the body and its filing: the row is there, PENDING, nobody woke.
        String citizen = Webhooks.citizen();
        byte[] body = Webhooks.text(citizen, Webhooks.wamid(), "बिजली नहीं आ रही").getBytes(StandardCharsets.UTF_8);
        long id = QuarkusTransaction.requiringNew().call(() -> archivedUnwoken(body));

        await().atMost(Duration.ofSeconds(45)).until(() -> "ACCEPTED".equals(Webhooks.archive(id).extract().path("outcome")));
        Webhooks.archive(id).body("complaintIds", hasSize(1));
        assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", citizen)).isEqualTo(1);
    }

    @Test
    void webhooksWaitingTogetherAreFiledInOneBatchAndOneThatFailsCostsTheOthersNothing() {
        // Five webhooks become visible at once (one transaction) for the same worker (one shard key), as a backlog
        // does: the worker files them in one batch. The third fails, so the batch is rolled back and each is filed
        // alone: four are filed once, with one attempt each, and only the third waits for its retry.
        List<String> citizens = List.of(Webhooks.citizen(), Webhooks.citizen(), Webhooks.citizen(), Webhooks.citizen(),
                Webhooks.citizen());
        double splitBefore = batches("split");
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> citizens.stream().map(citizen -> {
            String text = citizen.equals(citizens.get(2)) ? "नाली जाम है " + POISON : "बिजली नहीं आ रही";
            return archivedUnwoken(Webhooks.text(citizen, Webhooks.wamid(), text).getBytes(StandardCharsets.UTF_8));
        }).toList());

        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (i == 2) {
                await().atMost(Duration.ofSeconds(45)).until(() -> Webhooks.archive(id).extract().<Integer>path("attempts") >= 1);
                Webhooks.archive(id).body("outcome", equalTo("PENDING")).body("error", containsString("simulated database failure"));
            } else {
                await().atMost(Duration.ofSeconds(45)).until(() -> "ACCEPTED".equals(Webhooks.archive(id).extract().path("outcome")));
                Webhooks.archive(id).body("complaintIds", hasSize(1))
                        .body("attempts", equalTo(1)); // the failed batch is not counted against the webhooks in it
                assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", citizens.get(i))).isEqualTo(1);
            }
        }
        assertThat(count("select count(*) from citizen where wa_id = ?1", citizens.get(2))).isZero();
        assertThat(batches("split")).as("the five were tried as one batch first").isGreaterThan(splitBefore);
    }

    @Test
    void aBatchOfHealthyWebhooksIsFiledTogether() {
        List<String> citizens = List.of(Webhooks.citizen(), Webhooks.citizen(), Webhooks.citizen());
        double filedBefore = batches("filed");
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> citizens.stream().map(citizen -> archivedUnwoken(
                Webhooks.text(citizen, Webhooks.wamid(), "हैंडपंप खराब है").getBytes(StandardCharsets.UTF_8))).toList());

        for (long id : ids) {
            await().atMost(Duration.ofSeconds(45)).until(() -> "ACCEPTED".equals(Webhooks.archive(id).extract().path("outcome")));
            Webhooks.archive(id).body("complaintIds", hasSize(1)).body("attempts", equalTo(1));
        }
        for (String citizen : citizens) {
            assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", citizen)).isEqualTo(1);
        }
        assertThat(batches("filed")).isGreaterThan(filedBefore);
    }

    /** A webhook archived as PENDING without waking a worker (as a crash or a backlog leaves it), shard key 7. */
    private long archivedUnwoken(byte[] body) {
        return ((Number) em.createNativeQuery("""
                        insert into raw_webhook (received_at, signature, body, body_sha256, outcome, shard_key)
                        values (now(), ?1, ?2, ?3, 'PENDING', 7) returning id""")
                .setParameter(1, WebhookSignature.sign(body, Webhooks.SECRET)).setParameter(2, body)
                .setParameter(3, RawWebhookStore.sha256(body)).getSingleResult()).longValue();
    }

    private double batches(String outcome) {
        var counter = metrics.find("intake.webhooks.batches").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theArchiveEntryIsForTheGrievanceCellOnly() {
        given().when().get(Webhooks.PATH + "/archive/1").then().statusCode(401);
        given().auth().preemptive().basic("operator", "operator-secret").when().get(Webhooks.PATH + "/archive/999999999")
                .then().statusCode(404).body("error", containsString("999999999"));
        given().auth().preemptive().basic("operator", "operator-secret").when().get(Webhooks.PATH + "/archive/abc")
                .then().statusCode(400).body("error", containsString("webhookId"));
    }

    private static long postAndGetId(byte[] body) {
        return given().contentType("application/json").header("X-Hub-Signature-256", WebhookSignature.sign(body, Webhooks.SECRET))
                .body(body).when().post(Webhooks.PATH).then().statusCode(200).body("status", equalTo("accepted"))
                .extract().<Number>path("webhookId").longValue();
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
