package org.samparksetu.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphResponsesTest {

    private static String error(int code) {
        return "{\"error\":{\"message\":\"(#" + code + ") x\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"why\"}}}";
    }

    @Test
    void acceptedGivesTheWamid() {
        var r = GraphResponses.classify(200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"+91\",\"wa_id\":\"91\"}],"
                + "\"messages\":[{\"id\":\"wamid.ABC\"}]}");
        assertThat(r).isEqualTo(new SendResult.Accepted("wamid.ABC"));
    }

    @Test
    void throttlingAndMaintenanceAreRetriedWhateverTheHttpStatus() {
        for (int code : new int[]{130429, 131056, 131057}) {
            assertThat(GraphResponses.classify(400, error(code))).isInstanceOf(SendResult.Retry.class);
            assertThat(GraphResponses.classify(429, error(code))).isInstanceOf(SendResult.Retry.class);
        }
    }

    @Test
    void windowClosedAndUndeliverableAreFinal() {
        for (int code : new int[]{131047, 131026, 100, 131030}) {
            var r = GraphResponses.classify(400, error(code));
            assertThat(r).isInstanceOf(SendResult.Failed.class);
            assertThat(((SendResult.Failed) r).errorCode()).isEqualTo(code);
            assertThat(((SendResult.Failed) r).reason()).contains("why");
        }
    }

    @Test
    void serverErrorsWithoutACodeAreRetried() {
        assertThat(GraphResponses.classify(503, "<html>busy</html>")).isInstanceOf(SendResult.Retry.class);
        assertThat(GraphResponses.classify(500, "")).isInstanceOf(SendResult.Retry.class);
        assertThat(GraphResponses.classify(404, "")).isInstanceOf(SendResult.Failed.class);
    }
}
