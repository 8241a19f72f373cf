package org.samparksetu.intake.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>}. Computed over the bytes exactly
 * as they arrived: Meta escapes {@code /} and non-ASCII, so any re-serialised JSON would hash differently.
 */
public final class WebhookSignature {
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A missing or malformed header is simply invalid; the comparison takes the same time wherever the bytes differ. */
    public static boolean isValid(byte[] body, String header, String secret) {
        if (header == null || body == null) {
            return false;
        }
        String given = header.trim();
        if (!given.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        // Meta sends lowercase hex; accept uppercase too, it is the same digest.
        given = PREFIX + given.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        return MessageDigest.isEqual(sign(body, secret).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
