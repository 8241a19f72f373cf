package org.samparksetu.intake.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The raw-body archive. Each method commits on its own: a body is stored (and committed) before the webhook
 * is answered, whatever happens to the processing after it.
 */
@ApplicationScoped
public class RawWebhookStore {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long store(byte[] body, String signature, Instant receivedAt) {
        RawWebhook raw = new RawWebhook();
        raw.receivedAt = receivedAt;
        raw.signature = signature;
        raw.body = body;
        raw.bodySha256 = sha256(body);
        raw.persist();
        return raw.id;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markInvalid(long id, String error) {
        RawWebhook raw = RawWebhook.findById(id);
        raw.outcome = RawWebhook.Outcome.INVALID_JSON;
        raw.error = error;
        raw.processedAt = Instant.now();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markAccepted(long id) {
        RawWebhook raw = RawWebhook.findById(id);
        raw.outcome = RawWebhook.Outcome.ACCEPTED;
        raw.processedAt = Instant.now();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
