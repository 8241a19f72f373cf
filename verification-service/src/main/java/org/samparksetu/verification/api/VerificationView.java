package org.samparksetu.verification.api;

import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationState;

import java.time.Instant;
import java.util.UUID;

/** One check of one action report. The answer's WhatsApp message id is evidence kept in the database, not shown here. */
public record VerificationView(
        UUID verificationId,
        String reportId,
        DisposalOutcome outcome,
        String remarks,
        String officer,
        VerificationState state,
        VerificationAnswer citizenAnswer,
        Instant requestedAt,
        Instant answeredAt,
        boolean falseClosure,
        String disputeReason,
        org.samparksetu.contract.ReplyIds.DisposalAnswer disposalAnswer,
        java.time.LocalDate expectedBy) {

    static VerificationView of(Verification v) {
        return new VerificationView(v.id, v.reportId, v.outcome, v.remarks, v.officer, v.state, v.citizenAnswer,
                v.requestedAt, v.answeredAt, v.falseClosure, v.disputeReason, v.disposalAnswer, v.expectedBy);
    }
}
