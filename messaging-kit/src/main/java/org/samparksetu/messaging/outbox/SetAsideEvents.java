package org.samparksetu.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.web.ApiException;

import java.time.Instant;
import java.util.List;

/**
 * Outbox rows the broker would not take (too large, an invalid topic), set aside so that they never block the rows
 * behind them: ops see them with the broker's reason and, once the cause is fixed (a broker limit raised, a topic
 * made), put one back in the relay's queue. One the broker still refuses is set aside again.
 */
@ApplicationScoped
public class SetAsideEvents {
    private static final Logger LOG = Logger.getLogger(SetAsideEvents.class);
    static final int MAX_LISTED = 500;

    @Inject
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<OutboxWritten> written;

    /** What ops see of a set-aside row (the payload's size, not the payload: it may carry a citizen's words). */
    public record SetAside(long id, String eventId, String eventType, String topic, String key, int payloadChars,
                           Instant createdAt, Instant setAsideAt, String reason) {
    }

    @Transactional
    public List<SetAside> list() {
        return em.createQuery("""
                        select e from OutboxEvent e where e.publishedAt is null and e.setAsideAt is not null
                        order by e.id""", OutboxEvent.class)
                .setMaxResults(MAX_LISTED).getResultStream().map(SetAsideEvents::view).toList();
    }

    /** Back in the relay's queue, in its place by id; the relay is woken. */
    @Transactional
    public SetAside retry(long id, String by) {
        OutboxEvent e = em.find(OutboxEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || e.publishedAt != null) {
            throw ApiException.notFound("no unpublished outbox event " + id);
        }
        if (e.setAsideAt == null) {
            throw ApiException.conflict("outbox event " + id + " is not set aside: the relay has it already");
        }
        SetAside before = view(e);
        e.setAsideAt = null;
        e.setAsideReason = null;
        LOG.infof("outbox event %d (%s) put back in the relay's queue by %s", id, e.eventType, by);
        written.fire(OutboxWritten.INSTANCE); // the relay wakes once this commits
        return before;
    }

    private static SetAside view(OutboxEvent e) {
        return new SetAside(e.id, String.valueOf(e.eventId), e.eventType, e.topic, e.messageKey,
                e.payload == null ? 0 : e.payload.length(), e.createdAt, e.setAsideAt, e.setAsideReason);
    }
}
