package org.samparksetu.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * A citizen answered us: a tapped reply button, or a text that intake recognised as a reply or a
 * command, or a photo sent when we asked why a fix was disputed. Intake publishes it only for complaints
 * filed from the same number.
 *
 * @param kind    BUTTON, TEXT, IMAGE or COMMAND
 * @param replyId the button id (see {@code ReplyIds}) or null
 * @param command for kind COMMAND: STATUS, LIST, HELP or WITHDRAW
 * @param language {@code hi} or {@code en}: how to answer
 * @param mediaIds for kind IMAGE: content hashes (sha256, hex) of the media intake stored; null otherwise
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
        String language,
        List<String> mediaIds) {

    /** Before {@code command} and {@code language} were added. */
    public CitizenReplied(String complaintId, String citizenWaId, String messageId, String kind, String replyId,
                          String text, Instant repliedAt) {
        this(complaintId, citizenWaId, messageId, kind, replyId, text, repliedAt, null, null, null);
    }

    /** Before {@code mediaIds} was added. */
    public CitizenReplied(String complaintId, String citizenWaId, String messageId, String kind, String replyId,
                          String text, Instant repliedAt, String command, String language) {
        this(complaintId, citizenWaId, messageId, kind, replyId, text, repliedAt, command, language, null);
    }
}
