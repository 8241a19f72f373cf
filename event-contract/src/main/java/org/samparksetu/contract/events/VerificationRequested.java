package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * The citizen is to be asked whether the reported fix is real. Written by verification; the
 * notification service turns it into a WhatsApp message with reply buttons.
 */
public record VerificationRequested(
        String complaintId,
        String verificationId,
        String departmentCode,
        DisposalOutcome outcome,
        String remarks,
        Instant requestedAt) {
}
