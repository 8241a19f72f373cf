package org.samparksetu.intake.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.web.ApiException;
import org.samparksetu.web.FieldLimits;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Evidence holds: a number in a court case or under an FIR keeps its messages, bodies and media past the retention
 * period until the hold is lifted. Placing and lifting are decisions, logged with who took them.
 */
@ApplicationScoped
public class EvidenceHolds {
    private static final Logger LOG = Logger.getLogger(EvidenceHolds.class);
    public static final int REASON_LIMIT = 500;

    @Inject
    EntityManager em;
    @Inject
    DecisionLog decisions;
    @Inject
    Clock clock;

    public record Hold(String waId, String reason, String heldBy, Instant heldAt) {
    }

    /** Places (or restates) the hold on the number. */
    @Transactional
    public Hold place(String waId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("say why the number is held in 'reason' (a case or FIR number); it is kept as evidence");
        }
        String why = FieldLimits.atMost("reason", reason.strip(), REASON_LIMIT);
        Instant now = Instant.now(clock);
        em.createNativeQuery("""
                        insert into evidence_hold (wa_id, reason, held_by, held_at) values (?1, ?2, ?3, ?4)
                        on conflict (wa_id) do update set reason = excluded.reason, held_by = excluded.held_by,
                          held_at = excluded.held_at""")
                .setParameter(1, waId).setParameter(2, why).setParameter(3, by).setParameter(4, now).executeUpdate();
        decisions.record(waId, null, null, "EVIDENCE_HOLD_PLACED", why, by);
        LOG.infof("evidence hold on %s placed by %s", Mask.phone(waId), by);
        return new Hold(waId, why, by, now);
    }

    /** Lifts the hold; false when the number was not held. */
    @Transactional
    public boolean lift(String waId, String by) {
        int lifted = em.createNativeQuery("delete from evidence_hold where wa_id = ?1").setParameter(1, waId).executeUpdate();
        if (lifted > 0) {
            decisions.record(waId, null, null, "EVIDENCE_HOLD_LIFTED", null, by);
            LOG.infof("evidence hold on %s lifted by %s", Mask.phone(waId), by);
        }
        return lifted > 0;
    }

    @Transactional
    public Optional<Hold> find(String waId) {
        return all("where wa_id = ?1", waId).stream().findFirst();
    }

    @Transactional
    public List<Hold> list() {
        return all("", null);
    }

    @SuppressWarnings("unchecked")
    private List<Hold> all(String where, String waId) {
        var q = em.createNativeQuery("select wa_id, reason, held_by, held_at from evidence_hold " + where + " order by held_at desc");
        if (waId != null) {
            q.setParameter(1, waId);
        }
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new Hold((String) r[0], (String) r[1], (String) r[2], EvidenceChain.instant(r[3]))).toList();
    }
}
