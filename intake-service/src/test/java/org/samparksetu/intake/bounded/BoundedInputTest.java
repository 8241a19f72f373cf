package org.samparksetu.intake.bounded;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.intake.webhook.WebhookSignature;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.messaging.outbox.EventTooLargeException;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.messaging.outbox.OutboxRelay;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Nothing a caller sends can stop the service: every free-text field has a limit enforced at the door (a 400 naming
 * the field and the limit), JSON nested thousands of levels deep is a 400, an event over the outbox's budget is never
 * written, and a row the broker refuses anyway is set aside without holding up the events behind it.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class BoundedInputTest {
    private static final String LONG = "अ".repeat(20_000);
    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    MeterRegistry metrics;

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator-secret").contentType("application/json");
    }

    private static RequestSpecification open311() {
        return given().contentType("application/x-www-form-urlencoded; charset=utf-8")
                .formParam("api_key", "sim-open311-key").formParam("service_code", "PHED")
                .formParam("phone", "9829011111").formParam("description", "hand pump kharab hai");
    }

    @Test
    void open311FieldsOverTheirLimitAreRefusedByName() {
        open311().formParam("address_string", LONG).when().post("/open311/v2/requests.json").then()
                .statusCode(400).body("[0].description", equalTo("'address_string' is longer than 300 characters"));
        open311().formParam("address_string", "Ward 4").formParam("first_name", LONG).when().post("/open311/v2/requests.json")
                .then().statusCode(400).body("[0].description", equalTo("'first_name' is longer than 100 characters"));
        open311().formParam("address_string", "Ward 4").formParam("attribute[village]", LONG)
                .when().post("/open311/v2/requests.json").then()
                .statusCode(400).body("[0].description", equalTo("'attribute[village]' is longer than 100 characters"));
    }

    @Test
    void operatorIntakeNameAndPlaceOverTheirLimitsAreRefusedByName() {
        Map<String, Object> complaint = Map.of("source", "PHONE", "phone", "9829011111", "text", "nali jam hai",
                "place", "Sayla", "name", "Ramesh");
        operator().body(with(complaint, "name", LONG)).when().post("/operator/complaints").then()
                .statusCode(400).body("error", equalTo("'name' is longer than 100 characters"));
        operator().body(with(complaint, "place", LONG)).when().post("/operator/complaints").then()
                .statusCode(400).body("error", equalTo("'place' is longer than 200 characters"));
        operator().body(with(complaint, "text", LONG)).when().post("/operator/complaints").then()
                .statusCode(400).body("error", equalTo("'text' is longer than 4000 characters"));
    }

    @Test
    void blocklistAndDecisionReasonsOverTheirLimitAreRefusedByName() {
        operator().body(Map.of("reason", LONG)).when().put("/operator/blocklist/919829099999").then()
                .statusCode(400).body("error", equalTo("'reason' is longer than 500 characters"));
        operator().body(Map.of("reason", LONG)).when().post("/operator/quarantine/JAL-2026-999999/reject").then()
                .statusCode(400).body("error", equalTo("'reason' is longer than 500 characters"));
        operator().body(Map.of("note", LONG)).when().post("/operator/quarantine/JAL-2026-999999/release").then()
                .statusCode(400).body("error", equalTo("'note' is longer than 500 characters"));
    }

    @Test
    void aSignedWebhookNestedThreeThousandLevelsDeepIsA400() {
        byte[] body = ("{\"object\":\"whatsapp_business_account\",\"entry\":" + "[".repeat(3000) + "]".repeat(3000) + "}")
                .getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json").header("X-Hub-Signature-256", WebhookSignature.sign(body, Webhooks.SECRET))
                .body(body).when().post(Webhooks.PATH).then()
                .statusCode(400).body("error", containsString("nesting depth (65) exceeds the maximum allowed (64)"));
    }

    @Test
    void aJsonDoorRefusesDeepNestingWithA400() {
        String deep = "{\"source\":\"PHONE\",\"extra\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
        operator().body(deep).when().post("/operator/complaints").then()
                .statusCode(400).body("error", equalTo("request body refused: Document nesting depth (65) exceeds the maximum allowed (64)"));
    }

    @Test
    void anEventOverTheBudgetNeverReachesTheOutbox() {
        String id = complaintId();
        ComplaintRated huge = new ComplaintRated(id, "PHED", 1, false, "x".repeat(300_000), Instant.now());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.emit(EventType.COMPLAINT_RATED, id, huge)))
                .isInstanceOf(EventTooLargeException.class)
                .hasMessageContaining("more than the 262144 bytes an event may carry");
        assertThat(outboxRows(id)).isZero();
    }

    @Test
    void aRowTheBrokerRefusesIsSetAsideAndTheNextEventStillGoesOut() {
        String big = complaintId();
        String next = complaintId();
        // Written past Outbox#emit, as a row from before the budget (or a budget set too high) would be: 1.2 MB, over
        // the producer's and the broker's 1 MB record limit.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into outbox_event (event_id, topic, message_key, event_type, payload, created_at)
                        values (gen_random_uuid(), 'complaint.rated', ?1, 'complaint.rated', repeat('x', 1200000), now())""")
                .setParameter(1, big).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> outbox.emit(EventType.COMPLAINT_RATED, next,
                new ComplaintRated(next, "PHED", 5, false, null, Instant.now())));

        var published = TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RATED,
                ComplaintRated.class, e -> next.equals(e.subject()), 1);
        assertThat(published).hasSize(1);
        List<Object[]> row = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select set_aside_at, set_aside_reason, published_at from outbox_event where message_key = ?1")
                .setParameter(1, big).getResultList());
        assertThat(row).hasSize(1);
        assertThat(row.get(0)[0]).as("set aside").isNotNull();
        assertThat((String) row.get(0)[1]).startsWith("RecordTooLargeException");
        assertThat(row.get(0)[2]).as("never stamped published").isNull();

        relay.countPending();
        assertThat(metrics.get("sampark.outbox.set.aside").gauge().value()).isEqualTo(1.0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            relay.countPending();
            assertThat(metrics.get("sampark.outbox.backlog").gauge().value()).as("the set-aside row is not backlog").isZero();
        });

        // ops see it with the broker's reason (not its payload), and once the cause is gone put it back in the queue
        var listed = ops().get("/ops/outbox/set-aside").then().statusCode(200).extract().jsonPath();
        int i = listed.getList("key").indexOf(big);
        assertThat(i).as("listed: %s", listed.prettify()).isNotNegative();
        assertThat(listed.getString("[" + i + "].reason")).startsWith("RecordTooLargeException");
        assertThat(listed.getInt("[" + i + "].payloadChars")).isEqualTo(1_200_000);
        assertThat(listed.getString("[" + i + "]")).doesNotContain("xxxx");
        long id = listed.getLong("[" + i + "].id");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update outbox_event set payload = ?1, topic = ?2 where id = ?3")
                .setParameter(1, small(big))
                .setParameter(2, ServiceInfrastructure.topicPrefix() + EventType.COMPLAINT_RATED.topic())
                .setParameter(3, id).executeUpdate());
        ops().post("/ops/outbox/set-aside/{id}/retry", id).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select published_at from outbox_event where id = ?1").setParameter(1, id).getSingleResult()) != null);
        ops().post("/ops/outbox/set-aside/{id}/retry", id).then().statusCode(404);
        io.restassured.RestAssured.given().auth().preemptive().basic("operator", "operator-secret")
                .get("/ops/outbox/set-aside").then().statusCode(403);
    }

    private static RequestSpecification ops() {
        return given().auth().preemptive().basic("ops", "ops-secret").header("X-Requested-With", "fetch");
    }

    /** The set-aside event made small again, as if what made it too large had been fixed. */
    private static String small(String complaintId) {
        return org.samparksetu.messaging.codec.EventCodec.encode(org.samparksetu.contract.EventEnvelope.of(
                EventType.COMPLAINT_RATED, "intake-service", complaintId,
                new ComplaintRated(complaintId, "PHED", 4, false, null, Instant.now()), Instant.now()));
    }

    private long outboxRows(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where message_key = ?1").setParameter(1, complaintId)
                .getSingleResult()).longValue());
    }

    private static String complaintId() {
        return "JAL-2099-" + String.format("%06d", SEQ.incrementAndGet() % 1_000_000);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        var copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
