package org.samparksetu.notification.delivery;

import org.samparksetu.contract.WhatsAppAddress;
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
import org.samparksetu.notification.message.ComplaintFacts;
import org.samparksetu.notification.message.GraphMessageBody;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.message.MessageComposer;
import org.samparksetu.notification.message.MessageKind;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
    /** complaint_id of a message about no complaint: an answer to a citizen who has none with us, a blocked number. */
    public static final String NO_COMPLAINT = "-";

    @Inject
    OutgoingMessageRepository messages;
    @Inject
    Event<MessageQueued> queued;
    @Inject
    DeliveryConfig config;

    @Inject
    MessageComposer composer;
    @Inject
    ComplaintFacts facts;
    @Inject
    Clock clock;

    /** Queues the message an event gives, if any; at most one per event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String complaintId, EventEnvelope<?> cause, Optional<CitizenContact> citizen) {
        Optional<MessageKind> kind = composer.kindFor(cause.data());
        if (kind.isEmpty() || messages.byCause(cause.id()).isPresent()) {
            return;
        }
        OutgoingMessage m = newMessage(complaintId, cause.id(), cause, kind.get());
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

    /**
     * Queues the leader's event for one co-complainant. Its key is derived from (event, member), so it stays
     * "at most one message per (complaint, event)" under redelivery.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueForCoComplainant(String memberId, EventEnvelope<?> leaderEvent, Optional<CitizenContact> citizen) {
        UUID key = UUID.nameUUIDFromBytes((leaderEvent.id() + "/" + memberId).getBytes(StandardCharsets.UTF_8));
        if (composer.progress(leaderEvent.data(), Language.HI).isEmpty() || messages.byCause(key).isPresent()) {
            return;
        }
        OutgoingMessage m = newMessage(memberId, key, leaderEvent, MessageKind.CO_COMPLAINANT_UPDATE);
        if (citizen.isPresent()) {
            compose(m, leaderEvent, citizen.get());
        } else {
            m.state = OutgoingMessage.State.WAITING_FOR_CITIZEN;
        }
        messages.persist(m);
    }

    /** Queues an answer to a citizen's command (the cause is their citizen.replied event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueReply(String complaintId, EventEnvelope<?> cause, String waId, Language lang, CitizenMessage reply,
                           Optional<CitizenMessage.Template> template, String inReplyTo) {
        if (messages.byCause(cause.id()).isPresent()) {
            return;
        }
        OutgoingMessage m = newMessage(complaintId, cause.id(), cause, reply.kind());
        String digits = WhatsAppAddress.normalise(waId);
        m.recipient = digits;
        m.language = lang.code();
        m.body = GraphMessageBody.toJson(reply, digits, m.id, inReplyTo);
        m.templateBody = template.map(t -> GraphMessageBody.toJson(t, digits, m.id)).orElse(null);
        m.state = OutgoingMessage.State.PENDING;
        m.nextAttemptAt = clock.instant();
        queued.fire(MessageQueued.INSTANCE);
        messages.persist(m);
        LOG.infof("reply %s (%s) queued to %s", m.id, m.kind, Mask.phone(digits));
    }

    /**
     * Queues a notice to an officer: always its approved template (business-initiated, no window to rely on), through
     * the same queue, rate limits and exactly-once key (the notice's event id) as a citizen's message, but marked as
     * the officer's, so that nothing meant for citizens (call list, status answers) ever counts it.
     *
     * @return false when this notice was queued before (a redelivery)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queueToOfficer(String complaintId, EventEnvelope<?> cause, String waId, Language lang,
                                  CitizenMessage.Template template) {
        if (messages.byCause(cause.id()).isPresent()) {
            return false;
        }
        OutgoingMessage m = newMessage(complaintId, cause.id(), cause, template.kind());
        String address = WhatsAppAddress.normalise(waId);
        m.audience = OutgoingMessage.Audience.OFFICER;
        m.recipient = address;
        m.language = lang.code();
        m.body = GraphMessageBody.toJson(template, address, m.id);
        m.templateBody = m.body;
        m.forceTemplate = true;
        m.state = OutgoingMessage.State.PENDING;
        m.nextAttemptAt = clock.instant();
        queued.fire(MessageQueued.INSTANCE);
        messages.persist(m);
        LOG.infof("officer notice %s for %s (%s) queued to %s", m.id, complaintId, template.name(), Mask.phone(address));
        return true;
    }

    private OutgoingMessage newMessage(String complaintId, UUID key, EventEnvelope<?> cause, MessageKind kind) {
        OutgoingMessage m = new OutgoingMessage();
        m.id = UUID.randomUUID();
        m.complaintId = complaintId;
        m.causeEventId = key;
        m.causeType = cause.type();
        m.causeTime = cause.time();
        m.orderAt = cause.time();
        m.priority = (short) (kind == MessageKind.ACKNOWLEDGEMENT ? 0 : 1);
        m.causePayload = EventCodec.encode(cause);
        m.kind = kind.name();
        m.audience = OutgoingMessage.Audience.CITIZEN;
        m.attempts = 0;
        m.createdAt = clock.instant();
        m.nextAttemptAt = m.createdAt;
        return m;
    }

    private void compose(OutgoingMessage m, EventEnvelope<?> cause, CitizenContact citizen) {
        Language lang = Language.of(citizen.language);
        CitizenMessage message;
        Optional<CitizenMessage.Template> template;
        if (MessageKind.CO_COMPLAINANT_UPDATE.name().equals(m.kind)) {
            message = composer.coComplainant(cause, m.complaintId, lang)
                    .orElseThrow(() -> new IllegalStateException("no co-complainant message for " + cause.type()));
            template = composer.coComplainantTemplate(cause, m.complaintId, lang);
        } else {
            message = composer.compose(cause, lang, facts)
                    .orElseThrow(() -> new IllegalStateException("no message for " + cause.type()));
            template = composer.template(cause, lang, facts);
        }
        m.recipient = citizen.waId;
        m.language = lang.code();
        m.body = GraphMessageBody.toJson(message, citizen.waId, m.id);
        m.templateBody = template.map(t -> GraphMessageBody.toJson(t, citizen.waId, m.id)).orElse(null);
        m.state = OutgoingMessage.State.PENDING;
        // not at once: events of this complaint consumed from other topics a moment later may come first
        m.nextAttemptAt = clock.instant().plus(config.settleDelay());
        queued.fire(MessageQueued.INSTANCE);
        LOG.infof("message %s for %s (%s, %s) queued to %s, %s", m.id, m.complaintId, m.kind, m.language,
                Mask.phone(citizen.waId), Mask.text(m.body));
    }
}
