package org.samparksetu.routing.ops;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * A complaint whose event was dead-lettered during an outage is not lost: ops find it on the service's dead-letter
 * topic with the reason, replay it once the cause is gone, and it is routed; a second replay sends nothing again, and
 * the same event reaching the consumer twice is applied once.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class DeadLetterReplayTest {
    private static final String ID = "JAL-2026-990001";

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static io.restassured.specification.RequestSpecification ops() {
        return given().auth().preemptive().basic("ops", "ops-secret").header("X-Requested-With", "fetch");
    }

    @Test
    void aDeadLetteredComplaintIsListedReplayedOnceAndRouted() {
        EventEnvelope<ComplaintReceived> received = EventEnvelope.of(EventType.COMPLAINT_RECEIVED, "intake-service", ID,
                new ComplaintReceived(ID, "919876500991", "WHATSAPP", "hi",
                        "तीन दिन से गांव में पानी नहीं आ रहा है, पाइपलाइन टूटी है", null, List.of(), null, Instant.now()),
                Instant.now());
        String failedOn = prefix() + EventType.COMPLAINT_RECEIVED.topic();
        // as SmallRye's dead-letter queue wrote it when the database was down
        TestEvents.publishRaw(prefix() + "dead-letter.routing-service", ID, EventCodec.encode(received), Map.of(
                "dead-letter-topic", failedOn, "dead-letter-reason", "Unable to acquire JDBC Connection",
                "dead-letter-partition", "0", "dead-letter-offset", "7"));

        await("listed").atMost(Duration.ofSeconds(60)).until(() -> ops().get("/ops/dead-letters?type=complaint.received")
                .then().statusCode(200).extract().jsonPath().getList("eventId").contains(received.id().toString()));
        JsonPath listed = ops().get("/ops/dead-letters?type=complaint.received").then().extract().jsonPath();
        int i = listed.getList("eventId").indexOf(received.id().toString());
        int partition = listed.getInt("[" + i + "].partition");
        long offset = listed.getLong("[" + i + "].offset");
        assertThat(listed.getString("[" + i + "].reason")).isEqualTo("Unable to acquire JDBC Connection");
        assertThat(listed.getString("[" + i + "].failedTopic")).isEqualTo(failedOn);
        assertThat(listed.getString("[" + i + "].replayedAt")).isNull();
        assertThat(listed.getString("[" + i + "].payload")).as("the list leaves payloads out").isNull();
        assertThat(ops().get("/ops/dead-letters/{p}/{o}", partition, offset).then().statusCode(200).extract()
                .jsonPath().getString("payload")).contains(ID);
        assertThat(routed()).isEmpty();

        JsonPath replayed = ops().post("/ops/dead-letters/{p}/{o}/replay", partition, offset)
                .then().statusCode(200).extract().jsonPath();
        assertThat(replayed.getString("replayedBy")).isEqualTo("ops");
        await("routed after the replay").atMost(Duration.ofSeconds(60)).until(() -> routed().size() == 1);

        // again: answered with the first replay, nothing sent; the event itself once more is a duplicate to the inbox
        String first = replayed.getString("replayedAt");
        assertThat(ops().post("/ops/dead-letters/{p}/{o}/replay", partition, offset).then().statusCode(200)
                .extract().jsonPath().getString("replayedAt")).isEqualTo(first);
        TestEvents.publishRaw(failedOn, ID, EventCodec.encode(received));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).until(() -> routed().size() == 1);
        assertThat(ops().get("/ops/dead-letters?type=complaint.received").then().extract().jsonPath()
                .getString("[" + i + "].replayedAt")).isEqualTo(first);
    }

    @Test
    void onlyOpsSeeDeadLettersAndABadRequestSaysWhatIsWrong() {
        given().get("/ops/dead-letters").then().statusCode(401);
        given().auth().preemptive().basic("triage-operator", "operator-secret").get("/ops/dead-letters").then().statusCode(403);
        ops().get("/ops/dead-letters/0/999999").then().statusCode(404).body("error", containsString("no dead letter"));
        ops().post("/ops/dead-letters/replay").then().statusCode(400).body("error", containsString("?type="));
        ops().get("/ops/dead-letters?type=Not A Type").then().statusCode(400).body("error", containsString("'type'"));
    }

    private static List<EventEnvelope<ComplaintRouted>> routed() {
        return TestEvents.events(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class).stream()
                .filter(e -> ID.equals(e.subject())).toList();
    }
}
