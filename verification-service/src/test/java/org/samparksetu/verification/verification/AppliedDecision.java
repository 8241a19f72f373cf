package org.samparksetu.verification.verification;

import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.verification.VerificationDecision.Decision;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a check and its complaint stand after production applied a decision to them ({@link VerificationOutcomes#move},
 * the code every service path runs), so a rule's table test states what production does, not only what it decides.
 */
public record AppliedDecision(VerificationState check, ComplaintState complaint, int level) {
    private static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

    public static AppliedDecision of(Decision decision, VerificationState check, ComplaintState complaint, int level) {
        TrackedComplaint c = new TrackedComplaint();
        c.complaintId = "JAL-2026-000123";
        c.state = complaint;
        c.escalationLevel = level;
        Verification v = new Verification();
        v.state = check;
        VerificationOutcomes.move(decision, c, v, NOW, Duration.ofDays(7));
        return new AppliedDecision(v.state, c.state, c.escalationLevel);
    }
}
