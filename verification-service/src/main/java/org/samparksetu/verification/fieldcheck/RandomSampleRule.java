package org.samparksetu.verification.fieldcheck;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

/**
 * The random field-check sample, drawn so that a department cannot game it: an HMAC-SHA256, keyed with a secret only
 * the service holds ({@code sampark.verification.sample-secret}), of verification's own id for the check (a random
 * UUID the department never sees before it reports, and cannot choose). The report id, which the department writes,
 * plays no part: re-wording or re-numbering a report does not change the draw. The same check draws the same number
 * on every redelivery and every replica.
 * <p>
 * In production the secret must be set, long enough not to be guessed, and not the development default: a
 * committed or guessable key would let anyone compute which checks are sampled.
 */
public final class RandomSampleRule {
    /** Set by the dev and test profiles only; refused in production. */
    public static final String DEVELOPMENT_SECRET = "dev-only-sample-secret-not-for-production";
    public static final int MIN_SECRET_LENGTH = 16;

    private RandomSampleRule() {
    }

    /** A number in [0, 1), uniform over check ids, from the HMAC of the check's id under the secret. */
    public static double draw(String secret, UUID verificationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal(verificationId.toString().getBytes(StandardCharsets.US_ASCII));
            long bits = 0;
            for (int i = 0; i < 7; i++) {
                bits = (bits << 8) | (h[i] & 0xff);
            }
            return (bits >>> 3) / (double) (1L << 53);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public static boolean sampled(String secret, UUID verificationId, double rate) {
        return draw(secret, verificationId) < rate;
    }

    /**
     * Why the secret may not be used, or empty when it may.
     *
     * @param production a production run (not dev mode, not a test): the secret must be the district's own
     */
    public static Optional<String> secretProblem(boolean production, Optional<String> secret) {
        String s = secret.map(String::strip).orElse("");
        if (s.isEmpty()) {
            return Optional.of("sampark.verification.sample-secret is not set (environment variable "
                    + "SAMPARK_VERIFICATION_SAMPLE_SECRET): without it the random field-check sample cannot be drawn");
        }
        if (!production) {
            return Optional.empty();
        }
        if (s.equals(DEVELOPMENT_SECRET)) {
            return Optional.of("sampark.verification.sample-secret is the development default, which is in the source: "
                    + "set the district's own secret");
        }
        if (s.length() < MIN_SECRET_LENGTH) {
            return Optional.of("sampark.verification.sample-secret is shorter than " + MIN_SECRET_LENGTH
                    + " characters: a short secret can be guessed");
        }
        return Optional.empty();
    }
}
