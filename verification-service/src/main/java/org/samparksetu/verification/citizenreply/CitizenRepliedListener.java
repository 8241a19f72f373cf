package org.samparksetu.verification.citizenreply;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.consumer.EventConsumer;
import org.samparksetu.verification.appeal.AppealService;
import org.samparksetu.verification.rating.RatingService;

/**
 * Thin adapter from {@code citizen.replied}. Most replies (texts, commands, other buttons) are for other
 * services; only answers to our "is it fixed?" question and to an appeal offer (accept or appeal: a tap, or a typed
 * answer intake understood as that button), the texts and photos intake forwards as the answer to "why is it not fixed?", and ratings of a closure
 * and requests to reopen (typed, or a tap on the rating buttons) reach the services. Every reply is recorded under
 * the one consumer name below: each takes exactly one of the paths, so a redelivery is a no-op whichever it took.
 */
@ApplicationScoped
public class CitizenRepliedListener {
    private static final Logger LOG = Logger.getLogger(CitizenRepliedListener.class);
    public static final String CONSUMER = "verification-service.citizen-replied";
    static final String BUTTON = CitizenReplied.BUTTON;
    static final String TEXT = CitizenReplied.TEXT;
    static final String IMAGE = CitizenReplied.IMAGE;

    @Inject
    EventConsumer consumer;
    @Inject
    CitizenAnswerService answers;
    @Inject
    RatingService ratings;
    @Inject
    DisputePhotoService disputePhotos;
    @Inject
    AppealService appeals;

    @Incoming("citizen-replied")
    @Blocking
    public void onReplied(String payload) {
        consumer.consume(CONSUMER, payload, CitizenReplied.class, this::route);
    }

    /** Runs in the consumer's transaction, which the services join. */
    private void route(EventEnvelope<CitizenReplied> event) {
        CitizenReplied reply = event.data();
        if (TEXT.equals(reply.kind()) && reply.complaintId() != null) {
            // Possibly the reason for a "not fixed"; the service knows whether one is awaited.
            answers.recordReason(event);
            return;
        }
        if (IMAGE.equals(reply.kind()) && reply.complaintId() != null) {
            // A photo sent after "not fixed": evidence for the field verifier.
            disputePhotos.recordPhotos(event);
            return;
        }
        if (CitizenReplied.RATING.equals(reply.kind())) {
            // Without these it can be neither recorded nor answered, however often it is retried.
            if (!ComplaintIds.isValid(reply.complaintId()) || reply.rating() == null
                    || reply.rating() < 1 || reply.rating() > 5) {
                throw new MalformedEventException("citizen.replied " + event.id()
                        + " is a RATING without a valid complaint id or a rating from 1 to 5");
            }
            ratings.rate(event, reply.complaintId(), reply.rating());
            return;
        }
        if (CitizenReplied.REOPEN_REQUEST.equals(reply.kind())) {
            if (!ComplaintIds.isValid(reply.complaintId())) {
                throw new MalformedEventException("citizen.replied " + event.id()
                        + " is a REOPEN_REQUEST without a valid complaint id");
            }
            ratings.rate(event, reply.complaintId(), null);
            return;
        }
        // A typed answer intake understood stands for the button in replyId: applied exactly like the tap.
        if (!BUTTON.equals(reply.kind()) && !CitizenReplied.ANSWER.equals(reply.kind())) {
            return;
        }
        var verification = ReplyIds.parseVerification(reply.replyId());
        if (verification.isPresent()) {
            if (isAboutItsOwnComplaint(event, verification.get().complaintId())) {
                answers.recordAnswer(event, verification.get());
            }
            return;
        }
        var disposal = ReplyIds.parseDisposal(reply.replyId());
        if (disposal.isPresent()) {
            if (isAboutItsOwnComplaint(event, disposal.get().complaintId())) {
                appeals.answer(event, disposal.get());
            }
            return;
        }
        ReplyIds.parseRating(reply.replyId()).ifPresentOrElse(tapped -> {
            if (isAboutItsOwnComplaint(event, tapped.complaintId())) {
                ratings.rate(event, tapped.complaintId(), tapped.satisfaction().rating());
            }
        }, () -> LOG.debugf("reply %s is neither a verification, an appeal nor a rating button; not ours", event.id()));
    }

    /**
     * Intake vouches that the event's complaint was filed from the replying number; a button naming another
     * complaint is neither an answer about nor a rating of that one.
     */
    private static boolean isAboutItsOwnComplaint(EventEnvelope<CitizenReplied> event, String buttonComplaintId) {
        String vouched = event.data().complaintId();
        if (vouched == null || vouched.equals(buttonComplaintId)) {
            return true;
        }
        LOG.warnf("reply %s names complaint %s on a button of complaint %s; ignored", event.id(), vouched, buttonComplaintId);
        return false;
    }
}
