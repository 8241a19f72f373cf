package org.samparksetu.intake.media;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.decision.DecisionLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Media that could not be fetched while the webhook waited (Graph down, timeouts) is fetched again later, by media
 * id (each attempt gets a fresh five-minute URL), with exponential backoff, until it is stored, or the attempts or
 * the media id's seven days run out. The complaint was filed without it meanwhile: nothing the citizen sent is lost,
 * and a download that finally fails is recorded on the complaint part, in the decision log and in metrics.
 * The download runs outside any transaction: a row is leased first, so a second instance leaves it alone.
 */
@ApplicationScoped
public class MediaRetryQueue {
    private static final Logger LOG = Logger.getLogger(MediaRetryQueue.class);
    /** Webhook media ids expire after seven days: after that no retry can succeed. */
    static final Duration MEDIA_ID_LIFETIME = Duration.ofDays(7);
    /** How long a leased row is left alone by other sweeps (longer than any download takes). */
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    MediaFetcher fetcher;
    @Inject
    org.samparksetu.intake.citizen.AbuseControls abuse;
    @Inject
    IntakeConfig config;
    @Inject
    DecisionLog decisions;
    @Inject
    MeterRegistry metrics;

    record Due(long id, String complaintId, String wamid, String type, String mediaId, String declaredSha256,
               int attempts, Instant firstFailedAt) {
    }

    /** Queues a part's media for another try; called in the transaction that files the part. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String complaintId, String wamid, String type, String mediaId, String declaredSha256, String error) {
        em.createNativeQuery("""
                        insert into media_retry (complaint_id, wamid, media_type, media_id, declared_sha256, next_attempt_at, last_error)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (wamid, media_id) do nothing""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, complaintId).setParameter(2, wamid).setParameter(3, type).setParameter(4, mediaId)
                .setParameter(5, declaredSha256, String.class)
                .setParameter(6, Instant.now(clock).plus(config.media().retryBackoff()), Instant.class)
                .setParameter(7, error, String.class)
                .executeUpdate();
        metrics.counter("intake.media.retry", "outcome", "queued").increment();
    }

    @Scheduled(every = "${intake.media.retry-sweep-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        for (Due due : leaseDue()) {
            try {
                retry(due);
            } catch (RuntimeException e) {
                LOG.warnf(e, "media retry %d failed unexpectedly; it comes round again after its lease", due.id());
            }
        }
    }

    void retry(Due due) {
        if (blockedSince(due)) {
            return;
        }
        StoredMedia media = fetcher.fetch(due.type(), due.mediaId(), due.declaredSha256());
        if (media == null) {
            return; // downloads switched off meanwhile
        }
        record(due, media);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<Due> leaseDue() {
        Instant now = Instant.now(clock);
        List<Object[]> rows = em.createNativeQuery("""
                        update media_retry set next_attempt_at = ?1
                        where id in (select id from media_retry where outcome is null and next_attempt_at <= ?2
                                     order by next_attempt_at limit 20 for update skip locked)
                        returning id, complaint_id, wamid, media_type, media_id, declared_sha256, attempts, first_failed_at""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, now.plus(LEASE)).setParameter(2, now).getResultList();
        return rows.stream().map(r -> new Due(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).intValue(), org.samparksetu.intake.citizen.Citizens.instant(r[7]))).toList();
    }

    @Transactional
    void record(Due due, StoredMedia media) {
        int attempts = due.attempts() + 1;
        if (media.stored()) {
            em.createNativeQuery("""
                            insert into media_object (sha256, mime_type, size_bytes) values (?1, ?2, ?3)
                            on conflict (sha256) do nothing""")
                    .unwrap(org.hibernate.query.NativeQuery.class)
                    .setParameter(1, media.sha256()).setParameter(2, media.mimeType(), String.class)
                    .setParameter(3, media.size()).executeUpdate();
            em.createNativeQuery("""
                            update complaint_part set media_sha256 = ?1, media_size = ?2, media_error = null
                            where wamid = ?3 and media_id = ?4""")
                    .setParameter(1, media.sha256()).setParameter(2, media.size())
                    .setParameter(3, due.wamid()).setParameter(4, due.mediaId()).executeUpdate();
            done(due, attempts, "STORED", null);
            decisions.record(citizenOf(due), due.complaintId(), due.wamid(), "MEDIA_STORED_ON_RETRY",
                    "after " + attempts + " queued attempt(s)", DecisionLog.SYSTEM);
            metrics.counter("intake.media.retry", "outcome", "stored").increment();
            LOG.infof("media of complaint %s stored on queued attempt %d", due.complaintId(), attempts);
            return;
        }
        boolean idExpired = Instant.now(clock).plus(backoff(attempts)).isAfter(due.firstFailedAt().plus(MEDIA_ID_LIFETIME));
        if (media.retryable() && attempts < config.media().retryMaxAttempts() && !idExpired) {
            em.createNativeQuery("update media_retry set attempts = ?1, next_attempt_at = ?2, last_error = ?3 where id = ?4")
                    .unwrap(org.hibernate.query.NativeQuery.class)
                    .setParameter(1, attempts).setParameter(2, Instant.now(clock).plus(backoff(attempts)), Instant.class)
                    .setParameter(3, media.error()).setParameter(4, due.id()).executeUpdate();
            metrics.counter("intake.media.retry", "outcome", "again").increment();
            return;
        }
        String why = "gave up after " + attempts + " queued attempt(s): " + media.error();
        em.createNativeQuery("update complaint_part set media_error = ?1 where wamid = ?2 and media_id = ?3")
                .setParameter(1, why).setParameter(2, due.wamid()).setParameter(3, due.mediaId()).executeUpdate();
        done(due, attempts, "GAVE_UP", media.error());
        decisions.record(citizenOf(due), due.complaintId(), due.wamid(), "MEDIA_DOWNLOAD_FAILED", why, DecisionLog.SYSTEM);
        metrics.counter("intake.media.retry", "outcome", "gave-up").increment();
        LOG.warnf("media of complaint %s not stored: %s", due.complaintId(), why);
    }

    /** A number blocked after its media was queued: nothing more is fetched for it, and the queue entry ends. */
    @Transactional
    boolean blockedSince(Due due) {
        String citizen = citizenOf(due);
        if (citizen == null || !abuse.blocked(citizen)) {
            return false;
        }
        done(due, due.attempts(), "BLOCKED", "the number was blocked");
        metrics.counter("intake.media.skipped", "reason", "blocked").increment();
        return true;
    }

    /** The wait before queued attempt {@code attempts + 1}: the base backoff, doubled per attempt so far. */
    Duration backoff(int attempts) {
        return config.media().retryBackoff().multipliedBy(1L << Math.min(attempts, 16));
    }

    private void done(Due due, int attempts, String outcome, String error) {
        em.createNativeQuery("""
                        update media_retry set attempts = ?1, outcome = ?2, done_at = ?5, last_error = coalesce(?3, last_error)
                        where id = ?4""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, attempts).setParameter(2, outcome).setParameter(3, error, String.class)
                .setParameter(4, due.id()).setParameter(5, Instant.now(clock)).executeUpdate();
    }

    private String citizenOf(Due due) {
        return (String) em.createNativeQuery("select citizen_wa_id from complaint where complaint_id = ?1")
                .setParameter(1, due.complaintId()).getSingleResult();
    }
}
