package org.samparksetu.verification.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.DisposalOutcome;

import java.time.Instant;
import java.util.UUID;

/** One check of one action report: what the department said it did, and what the citizen answered. */
@Entity
@Table(name = "verification")
public class Verification {
    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    /** The bridge's id of the report; unique, so a report is verified once however often it arrives. */
    @Column(name = "report_id", nullable = false, unique = true)
    public String reportId;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public DisposalOutcome outcome;

    public String remarks;
    public String officer;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public VerificationState state;

    @Column(name = "citizen_answer")
    @Enumerated(EnumType.STRING)
    public VerificationAnswer citizenAnswer;

    /** The WhatsApp message id of the answer, kept as evidence of who answered and when. */
    @Column(name = "answer_message_id")
    public String answerMessageId;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** The report's photos as JSON (url, sha256, location), shown to the field verifier. */
    public String photos;

    /** When the citizen is reminded if they have not answered, and when silence sends a field check. */
    @Column(name = "reminder_due_at")
    public Instant reminderDueAt;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "silence_due_at")
    public Instant silenceDueAt;

    /** The department reported a fix that was not real. */
    @Column(name = "false_closure", nullable = false)
    public boolean falseClosure;

    /** The citizen disputed the fix and was asked why; their next text is the reason. */
    @Column(name = "awaiting_reason", nullable = false)
    public boolean awaitingReason;

    @Column(name = "dispute_reason")
    public String disputeReason;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    /** The citizen's answer to an appeal offer (accept or appeal), kept as evidence beside its message id. */
    @Column(name = "disposal_answer")
    @Enumerated(EnumType.STRING)
    public org.samparksetu.contract.ReplyIds.DisposalAnswer disposalAnswer;

    /** For interim relief: the date the department said it will finish by, when it gave a readable one. */
    @Column(name = "expected_by")
    public java.time.LocalDate expectedBy;

    /** A new check of the given report, waiting for the citizen. */
    public static Verification awaitingCitizen(ComplaintActionReported report, String departmentCode, Instant now) {
        Verification v = new Verification();
        v.id = UUID.randomUUID();
        v.complaintId = report.complaintId();
        v.reportId = report.reportId();
        v.departmentCode = departmentCode;
        v.outcome = report.outcome();
        v.remarks = report.remarks();
        v.officer = report.officer();
        v.reportedAt = report.reportedAt();
        v.state = VerificationState.AWAITING_CITIZEN;
        v.requestedAt = now;
        return v;
    }

    /** The answer as evidence; what it does to the check is decided by {@link VerificationDecision}. */
    public void recordCitizenAnswer(VerificationAnswer answer, String messageId, Instant at) {
        citizenAnswer = answer;
        answerMessageId = messageId;
        answeredAt = at;
    }

    /** The citizen's answer to the appeal offer as evidence; what it does is decided by the appeal rule. */
    public void recordDisposalAnswer(org.samparksetu.contract.ReplyIds.DisposalAnswer answer, String messageId, Instant at) {
        disposalAnswer = answer;
        answerMessageId = messageId;
        answeredAt = at;
    }

    public void supersede() {
        state = VerificationState.SUPERSEDED;
    }

    /** The complaint was withdrawn: nobody waits for this check's answer any more. */
    public void withdraw() {
        state = VerificationState.WITHDRAWN;
    }
}
