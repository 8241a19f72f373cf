package org.samparksetu.verification.fieldcheck;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.verification.VerificationConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A uniform draw derived from a secret seed and the report id: unpredictable to a department that does
 * not know the seed, yet the same on every redelivery and every replica, so a retried report is never
 * sampled once and not the next time.
 */
@ApplicationScoped
@DefaultBean
public class SeededFieldCheckSampler implements FieldCheckSampler {
    @Inject
    VerificationConfig config;

    @Override
    public boolean sample(String complaintId, String reportId) {
        return draw(config.fieldCheck().sampleSeed(), reportId) < config.fieldCheck().sampleRate();
    }

    /** A number in [0, 1) from the SHA-256 of seed and key. */
    static double draw(String seed, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((seed + "\n" + key).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 7; i++) {
                bits = (bits << 8) | (h[i] & 0xff);
            }
            return (bits >>> 3) / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
