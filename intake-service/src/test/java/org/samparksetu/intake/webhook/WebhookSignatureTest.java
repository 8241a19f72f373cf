package org.samparksetu.intake.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {
    private static final byte[] BODY = "{\"url\":\"https:\\/\\/example.org\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAKnownHmac() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the RFC-style reference value
        assertThat(WebhookSignature.sign("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII), "key"))
                .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void acceptsOnlyTheRightSecretOverTheExactBytes() {
        String good = WebhookSignature.sign(BODY, "s3cret");
        assertThat(WebhookSignature.isValid(BODY, good, "s3cret")).isTrue();
        assertThat(WebhookSignature.isValid(BODY, good.toUpperCase().replace("SHA256=", "sha256="), "s3cret")).isTrue();
        assertThat(WebhookSignature.isValid(BODY, good, "other")).isFalse();
        byte[] reserialised = "{\"url\":\"https://example.org\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.isValid(reserialised, good, "s3cret")).as("unescaped slashes are other bytes").isFalse();
    }

    @Test
    void missingOrMalformedHeadersAreInvalid() {
        String hex = WebhookSignature.sign(BODY, "s3cret").substring("sha256=".length());
        assertThat(WebhookSignature.isValid(BODY, null, "s3cret")).isFalse();
        assertThat(WebhookSignature.isValid(BODY, "", "s3cret")).isFalse();
        assertThat(WebhookSignature.isValid(BODY, hex, "s3cret")).as("without the sha256= prefix").isFalse();
        assertThat(WebhookSignature.isValid(BODY, "sha1=" + hex, "s3cret")).isFalse();
        assertThat(WebhookSignature.isValid(BODY, "sha256=", "s3cret")).isFalse();
    }
}
