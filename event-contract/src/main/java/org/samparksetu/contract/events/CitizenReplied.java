package org.samparksetu.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * A citizen answered us: a tapped reply button, or a text that intake recognised as a reply or a
 * command, or a photo sent when we asked why a fix was disputed. Intake publishes it only for complaints
 * filed from the same number.
 *
 * @param kind    one of the constants below
 * @param replyId the button id (see {@code ReplyIds}) or null; for ANSWER, the id of the button the typed answer
 *                stands for
 * @param command for kind COMMAND: STATUS, LIST, HELP or WITHDRAW
 * @param language {@code hi} or {@code en}: how to answer
 * @param mediaIds for kind IMAGE: content hashes (sha256, hex) of the media intake stored; null otherwise
 * @param rating   for kind RATING: 1 (very unhappy) to 5 (very happy); the two buttons give 5 and 1
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
        List<String> mediaIds,
        Integer rating) {

    /** A tapped reply button (its id in {@code replyId}). */
    public static final String BUTTON = "BUTTON";
    /** A text about a complaint: the reason for "not fixed", or an addition to an open complaint. */
    public static final String TEXT = "TEXT";
    /** Photos sent after being asked why a fix was disputed. */
    public static final String IMAGE = "IMAGE";
    /** A command: status, list, help, withdraw ({@code command}). */
    public static final String COMMAND = "COMMAND";
    /** A typed answer to a question we asked ("haan ho gaya"), understood as the button in {@code replyId}. */
    public static final String ANSWER = "ANSWER";
    /** The citizen's rating of a closed complaint ({@code rating}). */
    public static final String RATING = "RATING";
    /** The citizen asks to reopen a closed complaint ("phir se kholo"). */
    public static final String REOPEN_REQUEST = "REOPEN_REQUEST";

    /** Before {@code rating} was added. */
    public CitizenReplied(String complaintId, String citizenWaId, String messageId, String kind, String replyId,
                          String text, Instant repliedAt, String command, String language, List<String> mediaIds) {
        this(complaintId, citizenWaId, messageId, kind, replyId, text, repliedAt, command, language, mediaIds, null);
    }

    /** Before {@code command} and {@code language} were added. */
    public CitizenReplied(String complaintId, String citizenWaId, String messageId, String kind, String replyId,
                          String text, Instant repliedAt) {
        this(complaintId, citizenWaId, messageId, kind, replyId, text, repliedAt, null, null, null, null);
    }

    /** Before {@code mediaIds} was added. */
    public CitizenReplied(String complaintId, String citizenWaId, String messageId, String kind, String replyId,
                          String text, Instant repliedAt, String command, String language) {
        this(complaintId, citizenWaId, messageId, kind, replyId, text, repliedAt, command, language, null, null);
    }
}
