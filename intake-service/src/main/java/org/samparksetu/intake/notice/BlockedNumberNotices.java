package org.samparksetu.intake.notice;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.inbound.ArchivedMessages;
import org.samparksetu.messaging.schedule.RoundClaim;
import org.samparksetu.intake.text.LanguageGuess;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A blocked number is told once per blocking, not once per message: whoever floods us from it gets one answer.
 * The webhook path only records a blocked number's message (outcome BLOCKED); this sweep finds blockings that have
 * been written to since they began and not yet answered, marks each answered and emits its notice in one
 * transaction ({@code update ... where notified_at is null}: of two instances, one wins). Blocking a number again
 * starts a new blocking, which is told again.
 */
@ApplicationScoped
public class BlockedNumberNotices {
    private static final Logger LOG = Logger.getLogger(BlockedNumberNotices.class);

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    CitizenNotices notices;
    @Inject
    ArchivedMessages archivedMessages;
    @Inject
    IntakeConfig config;
    @Inject
    RoundClaim rounds;

    /**
     * One instance per round. {@link #tell} already lets only one instance answer a blocking, but a sweep that
     * sends a citizen something runs on one instance at a time by design, not only by that row's guard; and two
     * sweeps would read the same hundred blockings.
     */
    @Scheduled(every = "${intake.abuse.block-notice-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (rounds.claim("blocked-number-notices", config.abuse().blockNoticeInterval())) {
            sweep();
        }
    }

    void sweep() {
        for (Object[] due : unanswered()) {
            try {
                tell((String) due[0], ((Number) due[1]).longValue(), (String) due[2]);
            } catch (RuntimeException e) {
                LOG.warnf(e, "blocked-number notice not sent yet; will retry");
            }
        }
    }

    /** (wa_id, raw webhook id, wamid) of the first message since each unanswered blocking. */
    @Transactional
    @SuppressWarnings("unchecked")
    List<Object[]> unanswered() {
        return em.createNativeQuery("""
                        select b.wa_id, m.raw_webhook_id, m.wamid from blocked_number b
                        join lateral (select raw_webhook_id, wamid from inbound_message im
                                      where im.citizen_id = b.wa_id and im.outcome = 'BLOCKED' and im.received_at >= b.blocked_at
                                      order by im.received_at limit 1) m on true
                        where b.notified_at is null limit 100""")
                .getResultList();
    }

    @Transactional
    public void tell(String waId, long rawWebhookId, String wamid) {
        @SuppressWarnings("unchecked")
        List<String> claimed = em.createNativeQuery(
                        "update blocked_number set notified_at = ?2 where wa_id = ?1 and notified_at is null returning reason")
                .setParameter(1, waId).setParameter(2, Instant.now(clock)).getResultList();
        if (claimed.isEmpty()) {
            return; // unblocked meanwhile, or another instance answered it
        }
        notices.blocked(waId, claimed.get(0), languageOf(rawWebhookId, wamid));
    }

    /** The language the citizen wrote the message in, read back from the archived webhook. */
    private String languageOf(long rawWebhookId, String wamid) {
        return archivedMessages.find(rawWebhookId, wamid)
                .map(m -> "text".equals(m.type()) ? m.text() : m.caption())
                .map(LanguageGuess::of).orElse(LanguageGuess.HINDI);
    }
}
