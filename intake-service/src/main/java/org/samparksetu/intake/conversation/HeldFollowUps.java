package org.samparksetu.intake.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.inbound.InboundMessage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Texts held while the citizen is asked "a new complaint, or about JAL-…?", by the token the two buttons carry. The
 * text itself is read back from the archived webhook when the citizen taps (so exactly what was written is filed);
 * {@code message_json} keeps intake's reading of it for an operator.
 */
@ApplicationScoped
public class HeldFollowUps {

    public record Held(String token, String citizenWaId, String wamid, String phoneNumberId, String messageType,
                       String messageJson, Instant sentAt, String relatedComplaintId, String resolution,
                       String resolvedComplaintId) {
        public boolean resolved() {
            return resolution != null;
        }
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** @return the token for the buttons */
    @Transactional(Transactional.TxType.MANDATORY)
    public String hold(InboundMessage m, String relatedComplaintId, Instant at) {
        String token = UUID.randomUUID().toString();
        em.createNativeQuery("""
                        insert into held_follow_up (token, citizen_wa_id, wamid, phone_number_id, message_type, message_json,
                          sent_at, related_complaint_id, held_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, token)
                .setParameter(2, m.citizenId())
                .setParameter(3, m.wamid())
                .setParameter(4, m.phoneNumberId(), String.class)
                .setParameter(5, m.type())
                .setParameter(6, asJson(m))
                .setParameter(7, m.sentAt(), Instant.class)
                .setParameter(8, relatedComplaintId)
                .setParameter(9, at, Instant.class)
                .executeUpdate();
        return token;
    }

    private String asJson(InboundMessage m) {
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message " + m.wamid() + " cannot be written as JSON", e);
        }
    }

    /** The held text with this token, locked until the transaction ends (two taps at once decide once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Held> find(String token) {
        List<?> rows = em.createNativeQuery("""
                        select token, citizen_wa_id, wamid, phone_number_id, message_type, message_json, sent_at,
                          related_complaint_id, resolution, resolved_complaint_id
                        from held_follow_up where token = ?1 for update""")
                .setParameter(1, token).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] a = (Object[]) r;
            return new Held((String) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4], (String) a[5],
                    Citizens.instant(a[6]), (String) a[7], (String) a[8], (String) a[9]);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(String token, String resolution, String complaintId, Instant at) {
        em.createNativeQuery("""
                        update held_follow_up set resolution = ?2, resolved_complaint_id = ?3, resolved_at = ?4
                        where token = ?1 and resolution is null""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, token)
                .setParameter(2, resolution)
                .setParameter(3, complaintId)
                .setParameter(4, at, Instant.class)
                .executeUpdate();
    }
}
