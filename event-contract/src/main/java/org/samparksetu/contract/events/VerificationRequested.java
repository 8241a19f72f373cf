package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * The citizen is to be asked whether the reported fix is real. Written by verification; the
 * notification service turns it into a WhatsApp message with reply buttons.
 * {@code kind}: null or REQUEST for the first question, REMINDER when the citizen has not answered.
 */
public record VerificationRequested(
        String complaintId,
        String verificationId,
        String departmentCode,
        DisposalOutcome outcome,
        String remarks,
        Instant requestedAt,
        String kind) {

    /** The first question about a report; {@code kind} null means the same. */
    public static final String KIND_REQUEST = "REQUEST";
    /** The citizen did not answer: the same question once more, with the same buttons. */
    public static final String KIND_REMINDER = "REMINDER";
    /**
     * The department disposed of the complaint without fixing it (Rejected, Not Possible, Filed): the citizen is told
     * the reason ({@code remarks}) and may accept it or appeal (reply ids {@code ReplyIds.disposal}).
     */
    public static final String KIND_APPEAL_OFFER = "APPEAL_OFFER";
    /** Interim relief: the department gave a date ({@code remarks} holds it and the reason); the complaint stays open. */
    public static final String KIND_INTERIM = "INTERIM";

    /** Before {@code kind} was added. */
    public VerificationRequested(String complaintId, String verificationId, String departmentCode,
                                 DisposalOutcome outcome, String remarks, Instant requestedAt) {
        this(complaintId, verificationId, departmentCode, outcome, remarks, requestedAt, null);
    }
}
