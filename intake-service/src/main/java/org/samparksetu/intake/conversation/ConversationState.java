package org.samparksetu.intake.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One number's conversation with us at a moment: its own complaints (never anyone else's), what the other services
 * last did with each, and the question still waiting for this number's answer. Plain Java: built by
 * {@link ConversationStates} from the database, read by the classifier and by {@link FollowUpService}.
 *
 * @param complaints the number's complaints, newest first
 * @param pending    the question we asked recently and the number has not answered yet, if any
 */
public record ConversationState(List<OwnComplaint> complaints, Optional<Pending> pending) {

    /** What we are waiting for this number to answer. */
    public enum Question {
        /** "Is it fixed?" about a reported fix. */
        VERIFICATION,
        /** The complaint was closed and the closure message asks for a rating. */
        RATING
    }

    public record Pending(Question question, String complaintId, Instant askedAt) {
    }

    /** Where a complaint stands, as far as this number's conversation is concerned. */
    public enum Phase { FILED, VERIFYING, REASON_REQUESTED, CLOSED, REOPENED, WITHDRAWN }

    /**
     * @param status         intake's own status (DRAFT, RECEIVED, QUARANTINED, AWAITING_TRANSCRIPTION, …)
     * @param lastActivityAt when the citizen last sent something that went into it
     */
    public record OwnComplaint(String complaintId, String status, Instant receivedAt, Instant lastActivityAt,
                               Instant verificationRequestedAt, Instant reasonRequestedAt, Instant closedAt,
                               Instant reopenedAt, Instant withdrawnAt, Instant answeredAt) {

        /** The latest thing that happened to it decides: events of one complaint come on several topics, in any order. */
        public Phase phase() {
            Phase phase = Phase.FILED;
            Instant at = Instant.MIN;
            Object[][] steps = {{verificationRequestedAt, Phase.VERIFYING}, {reasonRequestedAt, Phase.REASON_REQUESTED},
                    {closedAt, Phase.CLOSED}, {reopenedAt, Phase.REOPENED}, {withdrawnAt, Phase.WITHDRAWN}};
            for (Object[] s : steps) {
                if (s[0] != null && ((Instant) s[0]).isAfter(at)) {
                    at = (Instant) s[0];
                    phase = (Phase) s[1];
                }
            }
            return phase;
        }

        /**
         * Still being worked on: filed here and announced or waiting to be read, not closed or withdrawn. A complaint
         * held in quarantine is not: it waits for an operator, and what the number writes next is judged on its own.
         */
        public boolean open() {
            return OPEN_STATUSES.contains(status) && phase() != Phase.CLOSED && phase() != Phase.WITHDRAWN;
        }

        public boolean awaitingTranscription() {
            return "AWAITING_TRANSCRIPTION".equals(status) && open();
        }

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        private boolean answeredSince(Instant asked) {
            return answeredAt != null && !answeredAt.isBefore(asked);
        }
    }

    private static final List<String> OPEN_STATUSES = List.of("DRAFT", "RECEIVED", "AWAITING_TRANSCRIPTION");

    /**
     * The state at {@code now}: the pending question is the latest unanswered "is it fixed?" asked within
     * {@code questionValidFor}, or rating asked by a closure within {@code ratingValidFor}, whichever came last.
     */
    public static ConversationState of(List<OwnComplaint> complaints, Instant now, Duration questionValidFor,
                                       Duration ratingValidFor) {
        Optional<Pending> pending = complaints.stream().flatMap(c -> {
            Phase phase = c.phase();
            if (phase == Phase.VERIFYING && !c.answeredSince(c.verificationRequestedAt())
                    && c.verificationRequestedAt().plus(questionValidFor).isAfter(now)) {
                return Stream.of(new Pending(Question.VERIFICATION, c.complaintId(), c.verificationRequestedAt()));
            }
            if (phase == Phase.CLOSED && !c.answeredSince(c.closedAt()) && c.closedAt().plus(ratingValidFor).isAfter(now)) {
                return Stream.of(new Pending(Question.RATING, c.complaintId(), c.closedAt()));
            }
            return Stream.empty();
        }).max(Comparator.comparing(Pending::askedAt));
        return new ConversationState(List.copyOf(complaints), pending);
    }

    public List<OwnComplaint> open() {
        return complaints.stream().filter(OwnComplaint::open).toList();
    }

    public Optional<OwnComplaint> own(String complaintId) {
        return complaints.stream().filter(c -> c.complaintId().equals(complaintId)).findFirst();
    }

    /** The newest open complaint, for additions and the new-or-existing question. */
    public Optional<OwnComplaint> latestOpen() {
        return complaints.stream().filter(OwnComplaint::open).filter(c -> !c.draft()).findFirst();
    }

    public Optional<OwnComplaint> awaitingTranscription() {
        return complaints.stream().filter(OwnComplaint::awaitingTranscription).findFirst();
    }

    /** The complaint still being put together (its window open): what the citizen sends joins it as usual. */
    public Optional<OwnComplaint> draft() {
        return complaints.stream().filter(OwnComplaint::draft).findFirst();
    }

    /** The newest closed complaint, however long ago (a request to reopen names it; verification decides). */
    public Optional<OwnComplaint> latestClosed() {
        return complaints.stream().filter(c -> c.phase() == Phase.CLOSED).findFirst();
    }

    /** What the classifier needs to know: what we asked, and whether anything is open. */
    public FollowUpContext context() {
        return new FollowUpContext(pending.map(Pending::question).orElse(null), latestOpen().isPresent());
    }
}
