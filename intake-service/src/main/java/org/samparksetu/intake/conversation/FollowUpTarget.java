package org.samparksetu.intake.conversation;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which of the sender's own complaints a follow-up is about. An id written in the text counts only when the sender
 * filed it (the state holds nothing else); otherwise the question we asked, or the newest open complaint, decides.
 */
public final class FollowUpTarget {
    private FollowUpTarget() {
    }

    public static Optional<String> of(FollowUp f, ConversationState state) {
        Optional<ConversationState.Pending> pending = state.pending();
        return switch (f.intent()) {
            case VERIFY_FIXED, VERIFY_NOT_FIXED, VERIFY_DONT_KNOW ->
                    named(f, state, c -> c.phase() == ConversationState.Phase.VERIFYING)
                            .or(() -> asked(pending, ConversationState.Question.VERIFICATION));
            case STATUS, REMINDER -> named(f, state, c -> true)
                    .or(() -> pending.map(ConversationState.Pending::complaintId))
                    .or(() -> state.latestOpen().map(ConversationState.OwnComplaint::complaintId))
                    .or(() -> state.complaints().stream().filter(c -> !c.draft()).findFirst()
                            .map(ConversationState.OwnComplaint::complaintId));
            case ADDITION, AMBIGUOUS -> named(f, state, ConversationState.OwnComplaint::open)
                    .or(() -> state.latestOpen().map(ConversationState.OwnComplaint::complaintId));
            case RATING -> named(f, state, c -> c.phase() == ConversationState.Phase.CLOSED)
                    .or(() -> asked(pending, ConversationState.Question.RATING));
            case REOPEN -> named(f, state, c -> !c.draft())
                    .or(() -> asked(pending, ConversationState.Question.RATING))
                    .or(() -> state.latestClosed().map(ConversationState.OwnComplaint::complaintId));
            case NEW_COMPLAINT, THANKS -> Optional.empty();
        };
    }

    private static Optional<String> named(FollowUp f, ConversationState state, Predicate<ConversationState.OwnComplaint> fits) {
        return f.complaintIds().stream().map(state::own).flatMap(Optional::stream).filter(fits).findFirst()
                .map(ConversationState.OwnComplaint::complaintId);
    }

    private static Optional<String> asked(Optional<ConversationState.Pending> pending, ConversationState.Question q) {
        return pending.filter(p -> p.question() == q).map(ConversationState.Pending::complaintId);
    }
}
