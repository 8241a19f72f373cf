package org.samparksetu.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * One WhatsApp complaint through all five services, each its own process, on the real broker and
 * PostgreSQL: the citizen's messages in order, and the state each service keeps in its own database. The journeys
 * ({@link ComplaintJourneys}) run here on the shared system and in {@link TwoOfEverythingIT} on two of each service.
 */
class ComplaintLifecycleIT {

    @Test
    void aWaterComplaintIsRegisteredReportedVerifiedAndClosed() {
        ComplaintJourneys.waterComplaintRegisteredReportedVerifiedAndClosed(TheSystem.get());
    }

    @Test
    void theSameWebhookTwiceAndConcurrentlyMakesOneComplaintAndOneAcknowledgement() throws Exception {
        ComplaintJourneys.sameWebhookTwiceAndConcurrentlyMakesOneComplaintAndOneAcknowledgement(TheSystem.get());
    }

    @Test
    void aBadSignatureIsRefusedAndCreatesNothing() {
        ComplaintJourneys.badSignatureIsRefusedAndCreatesNothing(TheSystem.get());
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
