package org.samparksetu.intake.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.complaint.ComplaintAssembly;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.intake.inbound.ArchivedMessages;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.reply.ReasonReplyService;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a citizen's message after the complaint window does, decided from the conversation state and the follow-up
 * classifier: a typed answer to "is it fixed?" goes to verification as the button it stands for, a status question
 * or reminder is answered like the STATUS command, an addition (and any text while a complaint waits for
 * transcription, and a photo or pin soon after an open complaint) is added to that complaint, a rating or a request
 * to reopen goes to verification, and a text we cannot place is held while the citizen is asked. Only a new
 * complaint is left to be filed. Everything here is about complaints filed from the sender's own number. Runs in
 * the webhook's transaction, with the citizen's lock held; the message id was claimed first, so a replay does
 * nothing.
 */
@ApplicationScoped
public class FollowUpService {
    private static final Logger LOG = Logger.getLogger(FollowUpService.class);
    static final String CITIZEN = "CITIZEN";
    /** While a letter or voice note waits for a person, the citizen's words join it: the transcriber reads them too. */
    private static final Set<FollowUpIntent> JOIN_AWAITING_TRANSCRIPTION = EnumSet.of(FollowUpIntent.ADDITION,
            FollowUpIntent.NEW_COMPLAINT, FollowUpIntent.AMBIGUOUS, FollowUpIntent.REMINDER);

    /** What became of the message: answered or added (REPLY), or only recorded (IGNORED). */
    public enum Kind { REPLY, IGNORED, FILED }

    public record Outcome(Kind kind, String complaintId) {
    }

    private final FollowUpClassifier classifier = new FollowUpClassifier();

    @Inject
    Clock clock;
    @Inject
    ConversationStates states;
    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintAssembly assembly;
    @Inject
    ComplaintParts parts;
    @Inject
    HeldFollowUps held;
    @Inject
    ReasonReplyService reasons;
    @Inject
    Outbox outbox;
    @Inject
    DecisionLog decisions;
    @Inject
    MeterRegistry metrics;
    @Inject
    EntityManager em;
    @Inject
    ArchivedMessages archivedMessages;
    @ConfigProperty(name = "intake.conversation.media-joins-within", defaultValue = "PT24H")
    Duration mediaJoinsWithin;

    /**
     * For a text, photo or pin that is neither a command nor an awaited reason.
     *
     * @return what was done with it, or empty when it is to be filed as usual (a new complaint, or a part of the
     * complaint still being put together)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Outcome> onMessage(InboundMessage m, Instant receivedAt, StoredMedia media) {
        String type = m.type();
        boolean text = "text".equals(type);
        if (!text && !"image".equals(type) && !"location".equals(type)) {
            return Optional.empty();
        }
        ConversationState state = states.of(m.citizenId(), receivedAt);
        if (state.draft().isPresent() || state.complaints().isEmpty()) {
            return Optional.empty(); // joins the complaint being put together, or the number's first complaint
        }
        return text ? onText(m, state, receivedAt) : onMediaOrPin(m, state, receivedAt, media);
    }

    private Optional<Outcome> onText(InboundMessage m, ConversationState state, Instant receivedAt) {
        String body = m.text();
        FollowUp f = classifier.classify(body, state.context());
        String language = LanguageGuess.of(body);
        metrics.counter("intake.follow-ups", "intent", f.intent().name()).increment();
        Optional<ConversationState.OwnComplaint> awaiting = state.awaitingTranscription();
        if (awaiting.isPresent() && JOIN_AWAITING_TRANSCRIPTION.contains(f.intent())) {
            // we told them a person will read their letter; what they write now belongs to it
            return Optional.of(addTo(awaiting.get().complaintId(), m, body, receivedAt, null, language, f));
        }
        Optional<String> target = FollowUpTarget.of(f, state);
        Instant at = m.sentAt() != null ? m.sentAt() : receivedAt;
        switch (f.intent()) {
            case VERIFY_FIXED, VERIFY_NOT_FIXED, VERIFY_DONT_KNOW -> {
                if (target.isEmpty()) {
                    break;
                }
                String id = target.get();
                ReplyIds.VerificationAnswer answer = ReplyIds.VerificationAnswer.valueOf(f.intent().name().substring("VERIFY_".length()));
                reply(id, m, CitizenReplied.ANSWER, ReplyIds.verification(answer, id), body, at, null, language, null);
                if (answer == ReplyIds.VerificationAnswer.NOT_FIXED) {
                    reasons.awaitReason(m.citizenId(), id, at); // as after the tap: the next text is the reason
                }
                states.record(id, ConversationStates.Step.ANSWERED, receivedAt);
                return done(id, m, f);
            }
            case STATUS, REMINDER -> {
                String id = target.orElse(null);
                outbox.emit(EventType.CITIZEN_REPLIED, id != null ? id : m.citizenId(), new CitizenReplied(id,
                        m.citizenId(), m.wamid(), CitizenReplied.COMMAND, null, body, at, "STATUS", language));
                return done(id, m, f);
            }
            case ADDITION -> {
                if (target.isPresent()) {
                    return Optional.of(addTo(target.get(), m, body, receivedAt, null, language, f));
                }
            }
            case RATING -> {
                if (target.isPresent()) {
                    reply(target.get(), m, CitizenReplied.RATING, null, body, at, null, language, f.rating());
                    states.record(target.get(), ConversationStates.Step.ANSWERED, receivedAt);
                    return done(target.get(), m, f);
                }
            }
            case REOPEN -> {
                if (target.isPresent()) {
                    reply(target.get(), m, CitizenReplied.REOPEN_REQUEST, null, body, at, null, language, null);
                    states.record(target.get(), ConversationStates.Step.ANSWERED, receivedAt);
                    return done(target.get(), m, f);
                }
                LOG.infof("request to reopen from %s, who has no closed complaint; recorded only", Mask.phone(m.citizenId()));
                return done(null, m, f, Kind.IGNORED);
            }
            case THANKS -> {
                return done(null, m, f, Kind.IGNORED);
            }
            case AMBIGUOUS -> {
                Optional<ConversationState.Pending> pending = state.pending()
                        .filter(p -> p.question() == ConversationState.Question.VERIFICATION);
                if (pending.isPresent()) {
                    notice(m.citizenId(), pending.get().complaintId(), CitizenNotice.ANSWER_NOT_UNDERSTOOD, null,
                            language, "text", null);
                    return done(pending.get().complaintId(), m, f);
                }
                if (target.isPresent()) {
                    String token = held.hold(m, target.get(), receivedAt);
                    notice(m.citizenId(), null, CitizenNotice.ASK_NEW_OR_EXISTING, target.get(), language, "text", token);
                    return done(target.get(), m, f);
                }
            }
            case NEW_COMPLAINT -> {
            }
        }
        return Optional.empty();
    }

    /** A photo or pin after the window: joins the open complaint it follows closely, unless its caption is a new complaint. */
    private Optional<Outcome> onMediaOrPin(InboundMessage m, ConversationState state, Instant receivedAt,
                                           StoredMedia media) {
        String caption = "image".equals(m.type()) ? m.caption() : null;
        FollowUp f = caption == null ? null : classifier.classify(caption, state.context());
        if (f != null && f.intent() == FollowUpIntent.NEW_COMPLAINT) {
            return Optional.empty();
        }
        Optional<ConversationState.OwnComplaint> about = state.awaitingTranscription()
                .or(() -> state.latestOpen().filter(c -> c.lastActivityAt() != null
                        && !c.lastActivityAt().plus(mediaJoinsWithin).isBefore(receivedAt)));
        if (about.isEmpty()) {
            return Optional.empty();
        }
        Complaint c = complaints.findById(about.get().complaintId());
        return Optional.of(addTo(c.complaintId, m, caption, receivedAt, media, c.language, f));
    }

    /** The citizen tapped "new complaint" or "about JAL-…" under the question we asked about a held text. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Outcome> onChoice(InboundMessage tap, ReplyIds.FollowUpChoice choice, Instant receivedAt) {
        Optional<HeldFollowUps.Held> found = held.find(choice.token());
        if (found.isEmpty() || !found.get().citizenWaId().equals(tap.citizenId())) {
            LOG.infof("choice from %s for a held message that is not theirs or not known; ignored", Mask.phone(tap.citizenId()));
            return Optional.empty();
        }
        HeldFollowUps.Held h = found.get();
        if (h.resolved()) {
            return Optional.of(new Outcome(Kind.REPLY, h.resolvedComplaintId())); // the first tap decided
        }
        InboundMessage original = original(h);
        if (choice.newComplaint()) {
            Complaint c = assembly.fileFromWhatsApp(original, receivedAt, null);
            held.resolve(h.token(), "NEW", c.complaintId, receivedAt);
            em.createNativeQuery("update inbound_message set outcome = 'COMPLAINT', complaint_id = ?1 where wamid = ?2")
                    .setParameter(1, c.complaintId).setParameter(2, h.wamid()).executeUpdate();
            decisions.record(tap.citizenId(), c.complaintId, h.wamid(), "FOLLOW_UP_CHOSEN_NEW", null, CITIZEN);
            return Optional.of(new Outcome(Kind.FILED, c.complaintId));
        }
        if (!h.relatedComplaintId().equals(choice.complaintId())) {
            // only the complaint we offered, which is the sender's own, can be named
            LOG.infof("choice from %s names a complaint we did not offer; ignored", Mask.phone(tap.citizenId()));
            return Optional.empty();
        }
        String body = original.text();
        held.resolve(h.token(), "ABOUT", h.relatedComplaintId(), receivedAt);
        addTo(h.relatedComplaintId(), original, body, receivedAt, null, LanguageGuess.of(body), null);
        em.createNativeQuery("update inbound_message set complaint_id = ?1 where wamid = ?2")
                .setParameter(1, h.relatedComplaintId()).setParameter(2, h.wamid()).executeUpdate();
        return Optional.of(new Outcome(Kind.REPLY, h.relatedComplaintId()));
    }

    /** The held text exactly as the citizen wrote it, read back from the webhook it came in. */
    private InboundMessage original(HeldFollowUps.Held h) {
        return archivedMessages.find(h.wamid())
                .orElseThrow(() -> new IllegalStateException("held message " + h.token() + " cannot be read back"));
    }

    private Outcome addTo(String complaintId, InboundMessage m, String text, Instant receivedAt, StoredMedia media,
                          String language, FollowUp f) {
        Complaint c = complaints.findById(complaintId);
        parts.add(c, m, text, receivedAt, media);
        notice(m.citizenId(), complaintId, CitizenNotice.ADDED_TO_COMPLAINT, null, language, m.type(), null);
        decisions.record(m.citizenId(), complaintId, m.wamid(), "ADDED_TO_COMPLAINT",
                f == null ? m.type() : f.intent().name(), DecisionLog.SYSTEM);
        metrics.counter("intake.follow-ups.added", "type", m.type()).increment();
        LOG.infof("%s from %s added to complaint %s", m.type(), Mask.phone(m.citizenId()), complaintId);
        return new Outcome(Kind.REPLY, complaintId);
    }

    private void reply(String complaintId, InboundMessage m, String kind, String replyId, String text, Instant at,
                       String command, String language, Integer rating) {
        outbox.emit(EventType.CITIZEN_REPLIED, complaintId, new CitizenReplied(complaintId, m.citizenId(), m.wamid(), kind,
                replyId, text, at, command, language, null, rating));
    }

    private void notice(String citizen, String complaintId, String kind, String related, String language,
                        String messageType, String token) {
        outbox.emit(EventType.CITIZEN_NOTICE, complaintId != null ? complaintId : citizen, new CitizenNotice(citizen,
                complaintId, kind, related, null, language, Instant.now(clock), null, messageType, token));
        metrics.counter("intake.citizen-notices", "kind", kind).increment();
    }

    private Optional<Outcome> done(String complaintId, InboundMessage m, FollowUp f) {
        return done(complaintId, m, f, Kind.REPLY);
    }

    private Optional<Outcome> done(String complaintId, InboundMessage m, FollowUp f, Kind kind) {
        decisions.record(m.citizenId(), complaintId, m.wamid(), "FOLLOW_UP_" + f.intent(),
                f.rating() == null ? null : "rating " + f.rating(), DecisionLog.SYSTEM);
        LOG.infof("text from %s is a follow-up: %s%s", Mask.phone(m.citizenId()), f.intent(),
                complaintId == null ? "" : " about " + complaintId);
        return Optional.of(new Outcome(kind, complaintId));
    }
}
