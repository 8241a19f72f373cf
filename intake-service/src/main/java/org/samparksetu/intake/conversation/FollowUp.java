package org.samparksetu.intake.conversation;

import java.util.List;

/**
 * What the classifier made of a follow-up.
 *
 * @param rating       for {@link FollowUpIntent#RATING}: 1 to 5; null otherwise
 * @param complaintIds complaint ids written in the text (whose they are is checked later, against the sender's own)
 */
public record FollowUp(FollowUpIntent intent, Integer rating, List<String> complaintIds) {

    public FollowUp {
        complaintIds = List.copyOf(complaintIds);
    }

    /** {@code RATING(4)} or the intent's name: how the labelled files write it. */
    public String label() {
        return intent == FollowUpIntent.RATING ? "RATING(" + rating + ")" : intent.name();
    }
}
