package org.samparksetu.intake.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The raw-body archive: every signed body is kept byte for byte with its signature and receive time, as evidence
 * and for re-processing.
 */
@ApplicationScoped
public class RawWebhookStore {

    /** In the webhook's own transaction: the body commits together with what it caused, or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long storeAccepted(byte[] body, String signature, Instant receivedAt) {
        RawWebhook raw = newRaw(body, signature, receivedAt);
        raw.outcome = RawWebhook.Outcome.ACCEPTED;
        raw.processedAt = receivedAt;
        raw.persist();
        return raw.id;
    }

    /** Commits on its own: a body that could not be processed is still kept before the caller is answered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long storeRejected(byte[] body, String signature, Instant receivedAt, RawWebhook.Outcome outcome, String error) {
        RawWebhook raw = newRaw(body, signature, receivedAt);
        raw.outcome = outcome;
        raw.error = error;
        raw.processedAt = Instant.now();
        raw.persist();
        return raw.id;
    }

    private static RawWebhook newRaw(byte[] body, String signature, Instant receivedAt) {
        RawWebhook raw = new RawWebhook();
        raw.receivedAt = receivedAt;
        raw.signature = signature;
        raw.body = body;
        raw.bodySha256 = sha256(body);
        return raw;
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
