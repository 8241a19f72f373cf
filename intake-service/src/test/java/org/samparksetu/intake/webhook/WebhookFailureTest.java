package org.samparksetu.intake.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.ServiceInfrastructure;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

/**
 * A webhook whose processing fails half-way through: the database refuses the complaint's part (a trigger stands in
 * for any failure after the first statements of the transaction). Nothing of it may be half-applied, the raw body
 * must still be kept, the caller must be told to deliver again, and the redelivery must file the complaint once.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class WebhookFailureTest {
    private static final String POISON = "poison-for-the-failure-test";

    @Inject
    EntityManager em;

    @BeforeEach
    void databaseRefusesThePoisonText() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("create or replace function refuse_poison() returns trigger language plpgsql as $$ "
                    + "begin if position('" + POISON + "' in coalesce(new.text, '')) > 0 then "
                    + "raise exception 'simulated database failure'; end if; return new; end $$").executeUpdate();
            em.createNativeQuery("drop trigger if exists refuse_poison on complaint_part").executeUpdate();
            em.createNativeQuery("""
                    create trigger refuse_poison before insert on complaint_part
                    for each row execute function refuse_poison()""").executeUpdate();
        });
    }

    @AfterEach
    void dropTrigger() {
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("drop trigger if exists refuse_poison on complaint_part").executeUpdate());
    }

    @Test
    void aFailedWebhookIsKeptRolledBackWholeAndTakenOnRedelivery() {
        String citizen = Webhooks.citizen();
        String wamid = Webhooks.wamid();
        byte[] body = Webhooks.text(citizen, wamid, "नाली जाम है " + POISON).getBytes(StandardCharsets.UTF_8);

        Webhooks.post(body).statusCode(503).body("error", containsString("deliver it again"));

        assertThat(count("select count(*) from raw_webhook where body_sha256 = ?1 and outcome = 'FAILED'",
                RawWebhookStore.sha256(body))).as("the body is kept as evidence").isEqualTo(1);
        assertThat(count("select count(*) from inbound_message where wamid = ?1", wamid))
                .as("the message is not claimed, so a redelivery is not mistaken for a duplicate").isZero();
        assertThat(count("select count(*) from citizen where wa_id = ?1", citizen))
                .as("nothing of the failed transaction remains").isZero();

        dropTrigger();
        Webhooks.post(body).statusCode(200).body("complaintIds", hasSize(1));
        Webhooks.post(body).statusCode(200).body("complaintIds", hasSize(0));

        assertThat(count("select count(*) from complaint where citizen_wa_id = ?1", citizen)).isEqualTo(1);
        assertThat(count("select count(*) from raw_webhook where body_sha256 = ?1", RawWebhookStore.sha256(body)))
                .as("every delivery is archived, the failed one included").isEqualTo(3);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
