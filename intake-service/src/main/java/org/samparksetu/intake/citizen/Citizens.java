package org.samparksetu.intake.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.decision.DecisionLog;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row per citizen number. Locking it serialises everything one citizen sends (an album arrives as several
 * parallel webhooks), which makes the complaint window, the caps and the duplicate check race-free.
 */
@ApplicationScoped
public class Citizens {

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    DecisionLog decisions;
    @Inject
    AbuseControls abuse;

    public record Blocked(String waId, String reason, String blockedBy, Instant blockedAt) {
    }

    public record Flag(int falseCaseCount, Instant flaggedAt, String reason) {
    }

    /** A flagged number, as the grievance cell sees it. */
    public record Flagged(String waId, int falseCaseCount, Instant flaggedAt, String reason, Instant clearedAt,
                          String clearedBy, String clearReason) {
    }

    /**
     * Creates the citizen's row if needed and locks it until the transaction ends. Creating it is the number's first
     * contact through any door, watched for floods of new numbers ({@link AbuseControls}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String waId) {
        Instant now = Instant.now(clock);
        boolean first = em.createNativeQuery("insert into citizen (wa_id, first_seen_at) values (?1, ?2) on conflict (wa_id) do nothing")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, waId).setParameter(2, now, Instant.class).executeUpdate() == 1;
        em.createNativeQuery("select wa_id from citizen where wa_id = ?1 for update").setParameter(1, waId).getSingleResult();
        if (first) {
            abuse.firstContact(waId, now);
        }
    }

    /**
     * True exactly once per number: for the first complaint we acknowledge, which therefore carries the welcome,
     * the privacy notice and the false-complaint warning.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean welcomeIfFirst(String waId) {
        em.createNativeQuery("insert into citizen (wa_id) values (?1) on conflict (wa_id) do nothing")
                .setParameter(1, waId).executeUpdate();
        return em.createNativeQuery("update citizen set welcomed_at = ?2 where wa_id = ?1 and welcomed_at is null")
                .setParameter(1, waId).setParameter(2, Instant.now(clock)).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Blocked> blocked(String waId) {
        List<?> rows = em.createNativeQuery("select wa_id, reason, blocked_by, blocked_at from blocked_number where wa_id = ?1")
                .setParameter(1, waId).getResultList();
        return rows.stream().findFirst().map(r -> toBlocked((Object[]) r));
    }

    @Transactional
    public List<Blocked> blocklist() {
        List<?> rows = em.createNativeQuery("select wa_id, reason, blocked_by, blocked_at from blocked_number order by blocked_at")
                .getResultList();
        return rows.stream().map(r -> toBlocked((Object[]) r)).toList();
    }

    /** Blocking again is a new blocking: the number is told again (once) when it next writes. */
    @Transactional
    public Blocked block(String waId, String reason, String by) {
        em.createNativeQuery("""
                        insert into blocked_number (wa_id, reason, blocked_by, blocked_at) values (?1, ?2, ?3, ?4)
                        on conflict (wa_id) do update set reason = excluded.reason, blocked_by = excluded.blocked_by,
                        blocked_at = excluded.blocked_at, notified_at = null""")
                .setParameter(1, waId).setParameter(2, reason).setParameter(3, by)
                .setParameter(4, Instant.now(clock)).executeUpdate();
        decisions.record(waId, null, null, "BLOCKLISTED", reason, by);
        return blocked(waId).orElseThrow();
    }

    @Transactional
    public boolean unblock(String waId, String by) {
        boolean removed = em.createNativeQuery("delete from blocked_number where wa_id = ?1").setParameter(1, waId)
                .executeUpdate() == 1;
        if (removed) {
            decisions.record(waId, null, null, "UNBLOCKED", null, by);
        }
        return removed;
    }

    /** A field check found a complaint from this number false: count it and flag the number. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flagFalseCase(String waId, String complaintId, String reason) {
        em.createNativeQuery("insert into citizen (wa_id) values (?1) on conflict (wa_id) do nothing")
                .setParameter(1, waId).executeUpdate();
        em.createNativeQuery("""
                        update citizen set false_case_count = false_case_count + 1, flagged_at = ?3, flag_reason = ?2
                        where wa_id = ?1""")
                .setParameter(1, waId).setParameter(2, reason).setParameter(3, Instant.now(clock)).executeUpdate();
        decisions.record(waId, complaintId, null, "FLAGGED_FALSE_CASE", reason, DecisionLog.SYSTEM);
    }

    /** The numbers flagged now, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Flagged> flagged() {
        List<?> rows = em.createNativeQuery("""
                        select wa_id, false_case_count, flagged_at, flag_reason from citizen where flagged_at is not null
                        order by flagged_at desc limit 500""").getResultList();
        return rows.stream().map(r -> {
            Object[] a = (Object[]) r;
            return new Flagged((String) a[0], ((Number) a[1]).intValue(), instant(a[2]), (String) a[3], null, null, null);
        }).toList();
    }

    /**
     * Clears the number's flag (its complaints are no longer held for it); the count of false cases stays as history,
     * and the clearing is logged with who did it and why. Empty when the number is not flagged.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Flagged> clearFlag(String waId, String reason, String by) {
        Optional<Flag> flag = flag(waId);
        if (flag.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        em.createNativeQuery("update citizen set flagged_at = null, flag_reason = null where wa_id = ?1")
                .setParameter(1, waId).executeUpdate();
        decisions.record(waId, null, null, "FLAG_CLEARED", reason, by);
        Flag was = flag.get();
        return Optional.of(new Flagged(waId, was.falseCaseCount(), was.flaggedAt(), was.reason(), now, by, reason));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Flag> flag(String waId) {
        List<?> rows = em.createNativeQuery("select false_case_count, flagged_at, flag_reason from citizen where wa_id = ?1 and flagged_at is not null")
                .setParameter(1, waId).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] a = (Object[]) r;
            return new Flag(((Number) a[0]).intValue(), instant(a[1]), (String) a[2]);
        });
    }

    private static Blocked toBlocked(Object[] r) {
        return new Blocked((String) r[0], (String) r[1], (String) r[2], instant(r[3]));
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(o.toString());
    }
}
