package org.samparksetu.intake.conversation;

import java.util.Locale;

/**
 * The part of a conversation's state that changes what a text means: the question we are waiting for this number to
 * answer (null: none) and whether the number has a complaint still open. Written in the labelled follow-up files
 * as {@code VERIFICATION}, {@code RATING}, {@code RATING+OPEN}, {@code OPEN} or {@code NONE}.
 */
public record FollowUpContext(ConversationState.Question pending, boolean openComplaint) {

    public static final FollowUpContext NOTHING = new FollowUpContext(null, false);

    public static FollowUpContext parse(String label) {
        return switch (label.trim().toUpperCase(Locale.ROOT)) {
            case "VERIFICATION" -> new FollowUpContext(ConversationState.Question.VERIFICATION, true);
            case "RATING" -> new FollowUpContext(ConversationState.Question.RATING, false);
            case "RATING+OPEN" -> new FollowUpContext(ConversationState.Question.RATING, true);
            case "OPEN" -> new FollowUpContext(null, true);
            case "NONE" -> NOTHING;
            default -> throw new IllegalArgumentException("unknown conversation state '" + label
                    + "': use VERIFICATION, RATING, RATING+OPEN, OPEN or NONE");
        };
    }

    public String label() {
        if (pending == ConversationState.Question.VERIFICATION) {
            return "VERIFICATION";
        }
        if (pending == ConversationState.Question.RATING) {
            return openComplaint ? "RATING+OPEN" : "RATING";
        }
        return openComplaint ? "OPEN" : "NONE";
    }
}
