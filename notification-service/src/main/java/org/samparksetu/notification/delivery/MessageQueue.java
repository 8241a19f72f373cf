package org.samparksetu.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.notification.citizen.CitizenContact;
import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.message.GraphMessageBody;
import org.samparksetu.notification.message.Language;
import org.samparksetu.notification.message.MessageComposer;
import org.samparksetu.notification.message.MessageKind;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts messages into {@code outgoing_message} inside the consumer's transaction. A message whose
 * citizen is not known yet waits, with its cause event, and is composed when complaint.received
 * arrives; it is never dropped.
 */
@ApplicationScoped
public class MessageQueue {
    private static final Logger LOG = Logger.getLogger(MessageQueue.class);

    @Inject
    OutgoingMessageRepository messages;
    @Inject
    Event<MessageQueued> queued;
    @Inject
    DeliveryConfig config;

    private final MessageComposer composer = new MessageComposer();

    /** Queues the message an event gives, if any; at most one per event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String complaintId, EventEnvelope<?> cause, Optional<CitizenContact> citizen) {
        Optional<MessageKind> kind = composer.kindFor(cause.data());
        if (kind.isEmpty() || messages.byCause(cause.id()).isPresent()) {
            return;
        }
        OutgoingMessage m = new OutgoingMessage();
        m.id = UUID.randomUUID();
        m.complaintId = complaintId;
        m.causeEventId = cause.id();
        m.causeType = cause.type();
        m.causeTime = cause.time();
        m.orderAt = cause.time();
        m.priority = (short) (kind.get() == MessageKind.ACKNOWLEDGEMENT ? 0 : 1);
        m.causePayload = EventCodec.encode(cause);
        m.kind = kind.get().name();
        m.attempts = 0;
        m.createdAt = Instant.now();
        m.nextAttemptAt = m.createdAt;
        if (citizen.isPresent()) {
            compose(m, cause, citizen.get());
        } else {
            m.state = OutgoingMessage.State.WAITING_FOR_CITIZEN;
            LOG.infof("message %s for %s (%s) waits: citizen not known yet", m.id, complaintId, m.kind);
        }
        messages.persist(m);
    }

    /**
     * The citizen of a complaint became known: compose and release every message that waited for them,
     * ordered after the acknowledgement (whose event is {@code receivedAt}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int release(CitizenContact citizen, Instant receivedAt) {
        int released = 0;
        for (OutgoingMessage m : messages.waitingFor(citizen.complaintId)) {
            compose(m, EventCodec.decode(m.causePayload), citizen);
            if (m.orderAt.isBefore(receivedAt)) {
                m.orderAt = receivedAt;
            }
            released++;
        }
        if (released > 0) {
            LOG.infof("released %d waiting message(s) for %s to %s", released, citizen.complaintId, Mask.phone(citizen.waId));
        }
        return released;
    }

    private void compose(OutgoingMessage m, EventEnvelope<?> cause, CitizenContact citizen) {
        Language lang = Language.of(citizen.language);
        CitizenMessage message = composer.compose(cause, lang)
                .orElseThrow(() -> new IllegalStateException("no message for " + cause.type()));
        m.recipient = citizen.waId;
        m.language = lang.code();
        m.body = GraphMessageBody.toJson(message, citizen.waId, m.id);
        m.state = OutgoingMessage.State.PENDING;
        // not at once: events of this complaint consumed from other topics a moment later may come first
        m.nextAttemptAt = Instant.now().plus(config.settleDelay());
        queued.fire(MessageQueued.INSTANCE);
        LOG.infof("message %s for %s (%s, %s) queued to %s, %s", m.id, m.complaintId, m.kind, m.language,
                Mask.phone(citizen.waId), Mask.text(m.body));
    }
}
