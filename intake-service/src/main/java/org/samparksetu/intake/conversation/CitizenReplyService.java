package org.samparksetu.intake.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.inbound.InboundMessage.Tap;
import org.samparksetu.intake.reply.ReasonReplyService;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * A tapped reply button (interactive button or list reply, template quick reply): "is it fixed?", a rating under the
 * closure message, "new complaint" / "about JAL-…". An answer or a rating becomes {@code citizen.replied}, but only
 * from the number the complaint was filed from: nobody can confirm or dispute someone else's complaint by forging a
 * button id.
 */
@ApplicationScoped
public class CitizenReplyService {
    private static final Logger LOG = Logger.getLogger(CitizenReplyService.class);
    public static final String KIND_BUTTON = "BUTTON";

    @Inject
    ComplaintRepository complaints;
    @Inject
    Outbox outbox;
    @Inject
    ReasonReplyService reasons;
    @Inject
    FollowUpService followUps;
    @Inject
    ConversationStates states;

    /** @return the complaint the reply was about, or empty when it was not for us to act on */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> onTap(InboundMessage m, Tap tap, Instant receivedAt) {
        var rating = ReplyIds.parseRating(tap.id());
        if (rating.isPresent()) {
            return onRating(m, tap, rating.get(), receivedAt);
        }
        var choice = ReplyIds.parseFollowUp(tap.id());
        if (choice.isPresent()) {
            // "new complaint" / "about JAL-…" under the question about a held text
            return followUps.onChoice(m, choice.get(), receivedAt).map(FollowUpService.Outcome::complaintId);
        }
        var disposal = ReplyIds.parseDisposal(tap.id());
        if (disposal.isPresent()) {
            return onDisposalAnswer(m, tap, disposal.get(), receivedAt);
        }
        var reply = ReplyIds.parseVerification(tap.id());
        if (reply.isEmpty()) {
            LOG.infof("button reply %s from %s is not one of ours; ignored", Mask.text(tap.id()), Mask.phone(m.citizenId()));
            return Optional.empty();
        }
        String complaintId = reply.get().complaintId();
        Instant sentAt = m.sentAt() != null ? m.sentAt() : receivedAt;
        Optional<String> answered = fromComplainant(m, complaintId, "button reply", new CitizenReplied(complaintId,
                m.citizenId(), m.wamid(), KIND_BUTTON, tap.id(), tap.title(), sentAt), receivedAt);
        if (answered.isPresent() && reply.get().answer() == ReplyIds.VerificationAnswer.NOT_FIXED) {
            // Verification asks why and for a photo; the next text and photos from this number are that answer.
            reasons.awaitReason(m.citizenId(), complaintId, sentAt);
        }
        answered.ifPresent(id -> LOG.infof("citizen %s answered %s on %s", Mask.phone(m.citizenId()), reply.get().answer(), id));
        return answered;
    }

    /** "ठीक है" or "अपील करें" under the department's rejection, filing or "not possible": verification decides. */
    private Optional<String> onDisposalAnswer(InboundMessage m, Tap tap, ReplyIds.DisposalReply answer, Instant receivedAt) {
        String complaintId = answer.complaintId();
        Optional<String> answered = fromComplainant(m, complaintId, "answer", new CitizenReplied(complaintId,
                m.citizenId(), m.wamid(), KIND_BUTTON, tap.id(), tap.title(), m.sentAt() != null ? m.sentAt() : receivedAt),
                receivedAt);
        answered.ifPresent(id -> LOG.infof("citizen %s answered %s to the department's disposal of %s",
                Mask.phone(m.citizenId()), answer.answer(), id));
        return answered;
    }

    /** "Satisfied" / "not satisfied" under the closure message: a rating of 5 or 1, for verification to act on. */
    private Optional<String> onRating(InboundMessage m, Tap tap, ReplyIds.RatingReply rating, Instant receivedAt) {
        String complaintId = rating.complaintId();
        Optional<String> answered = fromComplainant(m, complaintId, "rating", new CitizenReplied(complaintId,
                m.citizenId(), m.wamid(), CitizenReplied.RATING, tap.id(), tap.title(),
                m.sentAt() != null ? m.sentAt() : receivedAt, null,
                tap.title() != null ? LanguageGuess.of(tap.title()) : null, null, rating.satisfaction().rating()),
                receivedAt);
        answered.ifPresent(id -> LOG.infof("citizen %s rated %s: %s", Mask.phone(m.citizenId()), id, rating.satisfaction()));
        return answered;
    }

    /**
     * A tapped button about a complaint reaches verification only from the citizen who filed it; what we asked is then
     * answered, in the same transaction as the {@code citizen.replied} event.
     */
    private Optional<String> fromComplainant(InboundMessage m, String complaintId, String what, CitizenReplied reply,
                                             Instant receivedAt) {
        if (!complaints.isFiledBy(complaintId, m.citizenId())) {
            LOG.infof("%s about %s from %s, who did not file it; ignored", what, complaintId, Mask.phone(m.citizenId()));
            return Optional.empty();
        }
        outbox.emit(EventType.CITIZEN_REPLIED, complaintId, reply);
        states.record(complaintId, ConversationStates.Step.ANSWERED, receivedAt);
        return Optional.of(complaintId);
    }
}
