package org.samparksetu.notification.quality;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samparksetu.notification.WhatsAppSimulatorResource;
import org.samparksetu.testing.ServiceInfrastructure;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The gauge {@code notification_whatsapp_quality_rating} follows the number's rating as the WhatsApp simulator's Graph
 * API reports it, read on the service's own schedule (every second in tests): GREEN 3, then RED 1, then YELLOW 2.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class QualityRatingGaugeTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static void simulatorSays(String rating) {
        given().baseUri(WhatsAppSimulatorResource.baseUrl()).contentType("application/json")
                .body("{\"rating\":\"" + rating + "\"}")
                .post("/simulator/whatsapp/quality-rating")
                .then().statusCode(200).body("quality_rating", equalTo(rating));
    }

    private static void awaitGauge(int value) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("(?m)^notification_whatsapp_quality_rating(\\{[^}]*\\})? " + value + "\\.0$"));
    }

    @AfterEach
    void backToGreen() {
        simulatorSays("GREEN");
    }

    @Test
    void theGaugeFollowsTheNumbersRating() {
        simulatorSays("GREEN");
        awaitGauge(3);
        simulatorSays("RED");
        awaitGauge(1);
        simulatorSays("YELLOW");
        awaitGauge(2);
    }
}
