package org.samparksetu.intake.webhook;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The raw-body archive, which is also the processing queue: every signed body is kept byte for byte with its
 * signature and receive time, as evidence and for re-processing, and waits as PENDING until a worker has filed it.
 */
@ApplicationScoped
public class RawWebhookStore {

    @Inject
    Clock clock;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;

    /** An archived webhook as the worker needs it. */
    public record Archived(long id, byte[] body, Instant receivedAt) {
    }

    /**
     * Commits the body as PENDING on its own, before the caller is answered. Plain JDBC on purpose: this is the one
     * statement on the path Meta waits for, and it needs neither a persistence context nor a JTA transaction.
     */
    public long archive(byte[] body, String signature, Instant receivedAt, int shardKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     insert into raw_webhook (received_at, signature, body, body_sha256, outcome, shard_key)
                     values (?, ?, ?, ?, 'PENDING', ?) returning id""")) {
            insert.setTimestamp(1, Timestamp.from(receivedAt));
            insert.setString(2, signature);
            insert.setBytes(3, body);
            insert.setString(4, sha256(body));
            insert.setInt(5, shardKey);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw new ArchiveUnavailableException(e);
        }
    }

    /** Commits on its own: a body that cannot be processed at all (not JSON) is still kept before the caller is answered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long storeRejected(byte[] body, String signature, Instant receivedAt, RawWebhook.Outcome outcome, String error) {
        RawWebhook raw = new RawWebhook();
        raw.receivedAt = receivedAt;
        raw.signature = signature;
        raw.body = body;
        raw.bodySha256 = sha256(body);
        raw.outcome = outcome;
        raw.error = error;
        raw.processedAt = Instant.now(clock);
        raw.persist();
        return raw.id;
    }

    /**
     * The webhooks a worker should file next, oldest first, with their bodies (one query for the round, not one per
     * webhook): its share of the queue whose (re)try is due, after id {@code after}.
     */
    @Transactional
    public List<Archived> due(int worker, int workers, long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, body, received_at from raw_webhook
                        where outcome = 'PENDING' and id > ?4 and mod(shard_key, ?1) = ?2
                          and (next_attempt_at is null or next_attempt_at <= ?5)
                        order by id limit ?3""")
                .setParameter(1, workers).setParameter(2, worker).setParameter(3, limit).setParameter(4, after)
                .setParameter(5, Instant.now(clock))
                .getResultList();
        return rows.stream().map(r -> new Archived(((Number) r[0]).longValue(), (byte[]) r[1], toInstant(r[2]))).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /**
     * In the processing transaction: locks the row so that a second instance (or a second pass) skips it, and says
     * whether it is still waiting. Its effects then commit together with the outcome, or not at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(long id) {
        return !em.createNativeQuery("select id from raw_webhook where id = ?1 and outcome = 'PENDING' for update skip locked")
                .setParameter(1, id).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markProcessed(long id, String effectsJson) {
        em.createNativeQuery("""
                        update raw_webhook set outcome = 'ACCEPTED', processed_at = ?3, error = null,
                          attempts = attempts + 1, effects = cast(?2 as jsonb) where id = ?1""")
                .setParameter(1, id).setParameter(2, effectsJson).setParameter(3, Instant.now(clock)).executeUpdate();
    }

    /**
     * Commits on its own after the processing transaction rolled back: the next try is due after the backoff
     * (doubling), and after the last allowed attempt the webhook is FAILED and waits for an operator.
     * @return true when it was the last attempt
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markAttemptFailed(long id, String error, Duration backoff, int maxAttempts) {
        RawWebhook raw = em.find(RawWebhook.class, id);
        if (raw == null || raw.outcome != RawWebhook.Outcome.PENDING) {
            return false;
        }
        raw.attempts++;
        raw.error = error;
        if (raw.attempts >= maxAttempts) {
            raw.outcome = RawWebhook.Outcome.FAILED;
            raw.processedAt = Instant.now(clock);
            raw.nextAttemptAt = null;
            return true;
        }
        raw.nextAttemptAt = Instant.now(clock).plus(backoff.multipliedBy(1L << Math.min(raw.attempts - 1, 20)));
        return false;
    }

    @Transactional
    public long pendingCount() {
        return ((Number) em.createNativeQuery("select count(*) from raw_webhook where outcome = 'PENDING'")
                .getSingleResult()).longValue();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The archive could not take the body: the caller must be told to deliver it again. */
    public static final class ArchiveUnavailableException extends RuntimeException {
        ArchiveUnavailableException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
