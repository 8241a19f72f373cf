package org.samparksetu.notification.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.WhatsAppAddress;
import org.samparksetu.messaging.codec.MalformedEventException;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The 24-hour customer-service window per citizen, from their last inbound message (complaint.received from
 * WhatsApp, citizen.replied). Inside it we may write free-form; outside it only approved templates.
 */
@ApplicationScoped
public class CustomerServiceWindows {
    @Inject
    EntityManager em;
    @Inject
    WindowConfig config;

    /**
     * The citizen an event is about has just written to us ({@code citizen.replied}, {@code citizen.notice}): their
     * window opens from {@code wroteAt}, or from the event's time when it does not say. An event naming no citizen
     * is poison: no retry would give it one.
     *
     * @return the citizen's address as we store it and send to
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String citizenWrote(EventEnvelope<?> event, String waId, Instant wroteAt) {
        if (waId == null || waId.isBlank()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no citizen");
        }
        String address = WhatsAppAddress.normalise(waId);
        citizenWrote(address, wroteAt != null ? wroteAt : event.time());
        return address;
    }

    /** The citizen wrote at {@code at}; the window only ever moves forward (events arrive out of order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void citizenWrote(String waId, Instant at) {
        if (waId == null || waId.isBlank() || at == null) {
            return;
        }
        em.createNativeQuery("""
                        insert into citizen_window (wa_id, last_inbound_at, updated_at) values (?1, ?2, now())
                        on conflict (wa_id) do update set last_inbound_at = greatest(citizen_window.last_inbound_at, excluded.last_inbound_at),
                                                          updated_at = now()""")
                .setParameter(1, WhatsAppAddress.normalise(waId))
                .setParameter(2, Timestamp.from(at))
                .executeUpdate();
    }

    /** Whether a free-form message to this citizen may go out now. */
    public boolean isOpen(String waId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select last_inbound_at from citizen_window where wa_id = ?1")
                .setParameter(1, waId)
                .getResultList();
        Instant last = rows.isEmpty() ? null : toInstant(rows.get(0));
        return CustomerServiceWindowRule.isOpen(last, now, config.length(), config.safetyMargin());
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        } else if (o instanceof Instant i) {
            return i;
        } else if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }
}
