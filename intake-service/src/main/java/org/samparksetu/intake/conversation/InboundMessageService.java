package org.samparksetu.intake.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.citizen.AbuseControls;
import org.samparksetu.intake.citizen.AbuseRule;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.command.CommandService;
import org.samparksetu.intake.complaint.ComplaintAssembly;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.othermessage.OtherMessages;
import org.samparksetu.intake.text.CitizenCommand;
import org.samparksetu.intake.reply.ReasonReplyService;
import org.samparksetu.messaging.logging.Mask;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One inbound WhatsApp message, in the webhook's transaction: what it is (a message from a blocked number, a command,
 * the reason we asked for, a follow-up about an existing complaint, a part of a complaint or a new one, a button tap,
 * or another type of message) and what it does. The message id is claimed first with
 * {@code insert ... on conflict do nothing}: of any number of concurrent or later deliveries of the same wamid,
 * exactly one insert wins, and only the winner acts. A loser waits for the winner's transaction and then sees
 * the conflict; if the winner rolls back, the loser's insert goes through and it acts instead.
 */
@ApplicationScoped
public class InboundMessageService {
    private static final Logger LOG = Logger.getLogger(InboundMessageService.class);

    /**
     * UNSUPPORTED: a message type we cannot take (sticker, reaction, contact card, order, a tap not ours …) that the
     * citizen was answered for; IGNORED: recorded and deliberately not answered (a removed reaction, a system note, a
     * second sticker within the notice period); ECHO: sent by the business itself from its phone app.
     */
    public enum Outcome { COMPLAINT, REPLY, COMMAND, BLOCKED, IGNORED, DUPLICATE, UNSUPPORTED, ECHO }

    public record Handled(Outcome outcome, String complaintId) {
    }

    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    ComplaintAssembly complaints;
    @Inject
    CitizenReplyService replies;
    @Inject
    ReasonReplyService reasons;
    @Inject
    MeterRegistry metrics;
    @Inject
    Citizens citizens;
    @Inject
    AbuseControls abuse;
    @Inject
    CommandService commands;
    @Inject
    DecisionLog decisions;
    @Inject
    FollowUpService followUps;
    @Inject
    OtherMessages otherMessages;

    @Transactional
    public Handled handle(long rawWebhookId, InboundMessage m, Instant receivedAt, StoredMedia media) {
        String type = m.type() == null ? "unknown" : m.type();
        if (!claim(rawWebhookId, m, type)) {
            metrics.counter("intake.duplicates", "kind", "message").increment();
            LOG.debugf("message %s delivered again; already handled", m.wamid());
            return new Handled(Outcome.DUPLICATE, null);
        }
        // One citizen's messages are handled one at a time (albums arrive as parallel webhooks).
        citizens.lock(m.citizenId());
        Optional<CitizenCommand> command = "text".equals(type) ? CitizenCommand.parse(m.text()) : Optional.empty();
        // the same rule as at every other door: a blocked number files nothing (its limits are weighed when complete)
        Optional<Citizens.Blocked> blocked = ComplaintAssembly.filesComplaint(type)
                && abuse.check(AbuseRule.Door.WHATSAPP, m.citizenId(), null, receivedAt, false).outcome() == AbuseRule.Outcome.REFUSE
                ? citizens.blocked(m.citizenId()) : Optional.empty();
        Handled handled;
        if (blocked.isPresent()) {
            decisions.record(m.citizenId(), null, m.wamid(), "MESSAGE_FROM_BLOCKED_NUMBER", blocked.get().reason(), DecisionLog.SYSTEM);
            metrics.counter("intake.messages.blocked").increment();
            LOG.infof("%s message from blocked number %s recorded only", type, Mask.phone(m.citizenId()));
            handled = new Handled(Outcome.BLOCKED, null);
        } else if (command.isPresent()) {
            handled = new Handled(Outcome.COMMAND, commands.handle(m, command.get(), receivedAt));
        } else {
            // the reason or photo we asked for after "not fixed" is an answer about that complaint, not a new one
            handled = reasons.onReason(m, media, receivedAt).map(id -> new Handled(Outcome.REPLY, id))
                    .orElseGet(() -> fileOrRecord(m, type, receivedAt, media));
        }
        em.createNativeQuery("update inbound_message set outcome = ?1, complaint_id = ?2 where wamid = ?3")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, handled.outcome().name())
                .setParameter(2, handled.complaintId(), String.class)
                .setParameter(3, m.wamid())
                .executeUpdate();
        return handled;
    }

    /**
     * A message that is neither a command nor an awaited reason: a follow-up about the citizen's existing complaints
     * (an answer, a status question, an addition…), a complaint (part), a button tap, or nothing.
     */
    private Handled fileOrRecord(InboundMessage m, String type, Instant receivedAt, StoredMedia media) {
        if (ComplaintAssembly.filesComplaint(type)) {
            Optional<FollowUpService.Outcome> followUp = followUps.onMessage(m, receivedAt, media);
            if (followUp.isPresent()) {
                return new Handled(followUp.get().kind() == FollowUpService.Kind.IGNORED ? Outcome.IGNORED : Outcome.REPLY,
                        followUp.get().complaintId());
            }
            return new Handled(Outcome.COMPLAINT, complaints.fileFromWhatsApp(m, receivedAt, media).complaintId);
        }
        Optional<String> about = Optional.ofNullable(m.tap()).flatMap(t -> replies.onTap(m, t, receivedAt));
        if (about.isPresent()) {
            return new Handled(Outcome.REPLY, about.get());
        }
        // a sticker, reaction, contact card, order, a message WhatsApp could not show us, or a tap that is not ours
        return new Handled(otherMessages.answer(m, type, receivedAt) ? Outcome.UNSUPPORTED : Outcome.IGNORED, null);
    }

    /**
     * A message the business sent from the WhatsApp Business app on its phone: not from a citizen, so it is kept (to
     * whom, when, which type) and never answered or filed. Its id is claimed like a citizen's message.
     * @return false when it was recorded before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordEcho(long rawWebhookId, String phoneNumberId, String wamid, String citizenId, String type,
                              Instant sentAt) {
        return em.createNativeQuery("""
                        insert into inbound_message (wamid, citizen_id, message_type, phone_number_id, raw_webhook_id, sent_at, outcome, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 'ECHO', ?7) on conflict (wamid) do nothing""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, wamid)
                .setParameter(2, citizenId)
                .setParameter(3, type == null ? "unknown" : type)
                .setParameter(4, phoneNumberId, String.class)
                .setParameter(5, rawWebhookId)
                .setParameter(6, sentAt, Instant.class)
                .setParameter(7, Instant.now(clock), Instant.class)
                .executeUpdate() == 1;
    }

    private boolean claim(long rawWebhookId, InboundMessage m, String type) {
        return em.createNativeQuery("""
                        insert into inbound_message (wamid, citizen_id, message_type, phone_number_id, raw_webhook_id, sent_at, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (wamid) do nothing""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, m.wamid())
                .setParameter(2, m.citizenId())
                .setParameter(3, type)
                .setParameter(4, m.phoneNumberId(), String.class)
                .setParameter(5, rawWebhookId)
                .setParameter(6, m.sentAt(), Instant.class)
                .setParameter(7, Instant.now(clock), Instant.class)
                .executeUpdate() == 1;
    }
}
