package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * A citizen answered us: a tapped reply button, or a text that intake recognised as a reply or a
 * command. Intake publishes it only for complaints filed from the same number.
 *
 * @param kind    BUTTON, TEXT or COMMAND
 * @param replyId the button id (see {@code ReplyIds}) or null
 * @param command for kind COMMAND: STATUS, LIST, HELP or WITHDRAW
 * @param language {@code hi} or {@code en}: how to answer
 */
public record CitizenReplied(
        String complaintId,
        String citizenWaId,
        String messageId,
        String kind,
        String replyId,
        String text,
        Instant repliedAt,
        String command,
        String language) {

    /** Before {@code command} and {@code language} were added. */
    public CitizenReplied(String complaintId, String citizenWaId, String messageId, String kind, String replyId,
                          String text, Instant repliedAt) {
        this(complaintId, citizenWaId, messageId, kind, replyId, text, repliedAt, null, null);
    }
}
