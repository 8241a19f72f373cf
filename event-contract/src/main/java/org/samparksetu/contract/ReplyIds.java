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

    private static final String VERIFY = "verify";
    private static final Pattern VERIFY_ID = Pattern.compile("verify:(fixed|not_fixed|dont_know):([A-Z]{2,5}-\\d{4}-\\d{6,})");

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
}
