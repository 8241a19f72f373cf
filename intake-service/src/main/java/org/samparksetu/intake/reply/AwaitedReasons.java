package org.samparksetu.intake.reply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which citizen owes us the reason for a disputed fix, and until when. Kept in intake because intake alone
 * decides whether an inbound text or photo is a new complaint or an answer.
 */
@ApplicationScoped
public class AwaitedReasons {

    /** A reason is awaited from this number about this complaint; {@code reasonGiven} once the text has come. */
    public record Awaited(String complaintId, Instant expiresAt, boolean reasonGiven) {
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void await(String citizenWaId, String complaintId, Instant askedAt, Instant expiresAt) {
        em.createNativeQuery("""
                        insert into awaited_reason (citizen_wa_id, complaint_id, asked_at, expires_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict (citizen_wa_id) do update set complaint_id = excluded.complaint_id,
                          asked_at = excluded.asked_at, expires_at = excluded.expires_at, reason_given_at = null""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, citizenWaId)
                .setParameter(2, complaintId)
                .setParameter(3, askedAt, Instant.class)
                .setParameter(4, expiresAt, Instant.class)
                .executeUpdate();
    }

    /** The reason this number still owes at {@code at}, if any. The caller holds the citizen's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Awaited> awaitedFrom(String citizenWaId, Instant at) {
        List<?> rows = em.createNativeQuery("""
                        select complaint_id, expires_at, reason_given_at is not null from awaited_reason
                        where citizen_wa_id = ?1 and expires_at > ?2""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, citizenWaId)
                .setParameter(2, at, Instant.class)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Awaited((String) r[0], toInstant(r[1]), Boolean.TRUE.equals(r[2])));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reasonGiven(String citizenWaId, Instant at) {
        em.createNativeQuery("update awaited_reason set reason_given_at = ?2 where citizen_wa_id = ?1")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, citizenWaId)
                .setParameter(2, at, Instant.class)
                .executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
