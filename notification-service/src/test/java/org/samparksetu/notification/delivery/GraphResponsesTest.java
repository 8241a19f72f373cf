package org.samparksetu.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the Graph API's answer; what each error code means is {@link GraphErrorRuleTest}. */
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
    void acceptedWithoutAnIdIsStillAccepted() {
        assertThat(GraphResponses.classify(200, "{}")).isEqualTo(new SendResult.Accepted(null));
    }

    @Test
    void anErrorGivesItsCodeAndTheDetailsToRecord() {
        var r = GraphResponses.classify(400, error(131026));
        assertThat(r).isEqualTo(new SendResult.NotAccepted(131026, GraphErrorRule.Meaning.PERMANENT, "(#131026) x: why"));
    }

    @Test
    void theCodeDecidesWhateverTheHttpStatus() {
        assertThat(GraphResponses.classify(400, error(130429))).isEqualTo(GraphResponses.classify(429, error(130429)));
        assertThat(((SendResult.NotAccepted) GraphResponses.classify(429, error(131056))).meaning())
                .isEqualTo(GraphErrorRule.Meaning.CITIZEN_RATE_LIMITED);
    }

    @Test
    void withoutACodeTheHttpStatusDecides() {
        assertThat(GraphResponses.classify(503, "<html>busy</html>"))
                .isEqualTo(new SendResult.NotAccepted(null, GraphErrorRule.Meaning.TRY_AGAIN_LATER, "HTTP 503"));
        assertThat(GraphResponses.classify(404, ""))
                .isEqualTo(new SendResult.NotAccepted(null, GraphErrorRule.Meaning.PERMANENT, "HTTP 404"));
    }

    @Test
    void theQualityRatingIsReadFromThePhoneNumbersNode() {
        assertThat(GraphResponses.qualityRating(200, "{\"quality_rating\":\"YELLOW\",\"id\":\"106540352242922\"}")).isEqualTo("YELLOW");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GraphResponses.qualityRating(200, "{\"id\":\"1\"}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no quality_rating");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GraphResponses.qualityRating(401, error(190)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("#190");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GraphResponses.qualityRating(502, "<html>"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("502");
    }
}
