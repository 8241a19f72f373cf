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

    /** Before {@code kind} was added. */
    public VerificationRequested(String complaintId, String verificationId, String departmentCode,
                                 DisposalOutcome outcome, String remarks, Instant requestedAt) {
        this(complaintId, verificationId, departmentCode, outcome, remarks, requestedAt, null);
    }
}
