package org.samparksetu.contract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids of the WhatsApp reply buttons we send. The notification service puts them on buttons, WhatsApp
 * echoes the tapped one back in the webhook, intake turns it into a {@code citizen.replied} event and
 * verification reads the answer. Shared here so that the three agree.
 */
public final class ReplyIds {

    /** The citizen's answer to "is it fixed?". */
    public enum VerificationAnswer {
        FIXED, NOT_FIXED, DONT_KNOW
    }

    public record VerificationReply(VerificationAnswer answer, String complaintId) {
    }

    /** The citizen's rating of a closed complaint, by button. */
    public enum Satisfaction {
        SATISFIED(5), NOT_SATISFIED(1);

        private final int rating;

        Satisfaction(int rating) {
            this.rating = rating;
        }

        /** On the 1–5 scale a typed rating uses. */
        public int rating() {
            return rating;
        }
    }

    public record RatingReply(Satisfaction satisfaction, String complaintId) {
    }

    /** The citizen's answer when told that the department rejected, filed or could not do the complaint. */
    public enum DisposalAnswer {
        ACCEPT, APPEAL
    }

    public record DisposalReply(DisposalAnswer answer, String complaintId) {
    }

    /** The citizen's choice when we asked whether a message is a new complaint or about an open one. */
    public record FollowUpChoice(boolean newComplaint, String complaintId, String token) {
    }

    private static final String VERIFY = "verify";
    private static final Pattern VERIFY_ID = Pattern.compile("verify:(fixed|not_fixed|dont_know):([A-Z]{2,5}-\\d{4}-\\d{6,})");

    private static final Pattern DISPOSAL_ID = Pattern.compile("disposal:(accept|appeal):([A-Z]{2,5}-\\d{4}-\\d{6,})");
    private static final Pattern RATE_ID = Pattern.compile("rate:(satisfied|not_satisfied):([A-Z]{2,5}-\\d{4}-\\d{6,})");
    private static final Pattern FOLLOW_UP_ID = Pattern.compile("followup:(?:new|about:([A-Z]{2,5}-\\d{4}-\\d{6,})):([A-Za-z0-9_-]{1,64})");

    private ReplyIds() {
    }

    /** {@code verify:fixed:JAL-2026-000123} — well under WhatsApp's 256-character limit for button ids. */
    public static String verification(VerificationAnswer answer, String complaintId) {
        return VERIFY + ":" + answer.name().toLowerCase() + ":" + complaintId;
    }

    public static Optional<VerificationReply> parseVerification(String replyId) {
        if (replyId == null) {
            return Optional.empty();
        }
        var m = VERIFY_ID.matcher(replyId);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new VerificationReply(VerificationAnswer.valueOf(m.group(1).toUpperCase()), m.group(2)));
    }

    /** {@code rate:satisfied:JAL-2026-000123}: the buttons under the closure message. */
    public static String rating(Satisfaction satisfaction, String complaintId) {
        return "rate:" + satisfaction.name().toLowerCase() + ":" + complaintId;
    }

    public static Optional<RatingReply> parseRating(String replyId) {
        if (replyId == null) {
            return Optional.empty();
        }
        var m = RATE_ID.matcher(replyId);
        return m.matches()
                ? Optional.of(new RatingReply(Satisfaction.valueOf(m.group(1).toUpperCase()), m.group(2)))
                : Optional.empty();
    }

    /**
     * {@code followup:new:<token>} or {@code followup:about:JAL-2026-000123:<token>}: the two buttons of "is this a new
     * complaint or about JAL-…?". The token names the held message (letters, digits, '-' and '_', at most 64).
     */
    public static String followUpNew(String token) {
        return "followup:new:" + token;
    }

    public static String followUpAbout(String complaintId, String token) {
        return "followup:about:" + complaintId + ":" + token;
    }

    public static Optional<FollowUpChoice> parseFollowUp(String replyId) {
        if (replyId == null) {
            return Optional.empty();
        }
        var m = FOLLOW_UP_ID.matcher(replyId);
        return m.matches() ? Optional.of(new FollowUpChoice(m.group(1) == null, m.group(1), m.group(2))) : Optional.empty();
    }

    /** {@code disposal:appeal:JAL-2026-000123}: the buttons under "the department rejected / filed your complaint". */
    public static String disposal(DisposalAnswer answer, String complaintId) {
        return "disposal:" + answer.name().toLowerCase() + ":" + complaintId;
    }

    public static Optional<DisposalReply> parseDisposal(String replyId) {
        if (replyId == null) {
            return Optional.empty();
        }
        var m = DISPOSAL_ID.matcher(replyId);
        return m.matches()
                ? Optional.of(new DisposalReply(DisposalAnswer.valueOf(m.group(1).toUpperCase()), m.group(2)))
                : Optional.empty();
    }
}
