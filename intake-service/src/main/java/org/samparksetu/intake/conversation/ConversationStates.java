package org.samparksetu.intake.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.samparksetu.intake.citizen.Citizens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads and keeps one number's conversation state in intake's own database: its complaints (from intake's complaint
 * table) joined with what the other services last asked or told about each (complaint_conversation, filled from
 * their events).
 */
@ApplicationScoped
public class ConversationStates {
    /** Enough history to find what was asked; a number with more complaints than this is answered about its newest. */
    private static final int HISTORY = 30;

    @Inject
    EntityManager em;
    @ConfigProperty(name = "intake.conversation.question-valid-for", defaultValue = "P7D")
    Duration questionValidFor;
    @ConfigProperty(name = "intake.conversation.rating-valid-for", defaultValue = "P7D")
    Duration ratingValidFor;

    /** The number's state at {@code now}; the caller holds the citizen's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConversationState of(String citizenWaId, Instant now) {
        List<?> rows = em.createNativeQuery("""
                        select c.complaint_id, c.status, c.received_at,
                          greatest(c.received_at, (select max(p.received_at) from complaint_part p where p.complaint_id = c.complaint_id)),
                          v.verification_requested_at, v.reason_requested_at, v.closed_at, v.reopened_at, v.withdrawn_at,
                          v.answered_at
                        from complaint c left join complaint_conversation v on v.complaint_id = c.complaint_id
                        where c.citizen_wa_id = ?1 and c.status <> 'LINKED'
                        order by c.received_at desc, c.complaint_id desc limit\s""" + HISTORY)
                .setParameter(1, citizenWaId).getResultList();
        List<ConversationState.OwnComplaint> complaints = rows.stream().map(r -> {
            Object[] a = (Object[]) r;
            return new ConversationState.OwnComplaint((String) a[0], (String) a[1], Citizens.instant(a[2]),
                    Citizens.instant(a[3]), Citizens.instant(a[4]), Citizens.instant(a[5]), Citizens.instant(a[6]),
                    Citizens.instant(a[7]), Citizens.instant(a[8]), Citizens.instant(a[9]));
        }).toList();
        return ConversationState.of(complaints, now, questionValidFor, ratingValidFor);
    }

    /** Which step of the complaint's life an event records (the column it sets). */
    public enum Step {
        VERIFICATION_REQUESTED("verification_requested_at"), REASON_REQUESTED("reason_requested_at"),
        CLOSED("closed_at"), REOPENED("reopened_at"), WITHDRAWN("withdrawn_at"), ANSWERED("answered_at");

        private final String column;

        Step(String column) {
            this.column = column;
        }
    }

    /**
     * Records that a step happened to a complaint at {@code at}; the later time wins, so a replayed or late event
     * changes nothing. A complaint not filed here with a number (another district's, an Open311 one) is skipped.
     *
     * @return whether the complaint is one of ours
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(String complaintId, Step step, Instant at) {
        String column = step.column; // from the enum only, never from input
        return em.createNativeQuery("""
                        insert into complaint_conversation (complaint_id, citizen_wa_id, %1$s)
                        select complaint_id, citizen_wa_id, ?2 from complaint where complaint_id = ?1 and citizen_wa_id is not null
                        on conflict (complaint_id) do update set
                          %1$s = greatest(complaint_conversation.%1$s, excluded.%1$s), updated_at = now()""".formatted(column))
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, complaintId)
                .setParameter(2, at, Instant.class)
                .executeUpdate() == 1;
    }
}
