package org.samparksetu.simulators.sampark;

import java.time.Instant;

/**
 * A grievance as the portal keeps it. The ID is a digit string (date + sequence), never a number.
 * {@code previousGrievanceId} links a re-registration (a reopened complaint) to the earlier grievance.
 * {@code transfers}: how many times it moved to another department; {@code transferredFrom}: the department it had
 * before the last move (null if never moved); {@code transferReason}: why, as the last transfer said.
 */
public record Grievance(
        String grievanceId,
        String reference,
        String department,
        String subject,
        String description,
        String district,
        String tehsil,
        String block,
        String village,
        String contactNumber,
        String status,
        String outcome,
        String remarks,
        String officer,
        Instant registeredAt,
        Instant updatedAt,
        String previousGrievanceId,
        int transfers,
        String transferredFrom,
        String transferReason) {

    public Grievance(String grievanceId, String reference, String department, String subject, String description,
                     String district, String tehsil, String block, String village, String contactNumber, String status,
                     String outcome, String remarks, String officer, Instant registeredAt, Instant updatedAt,
                     String previousGrievanceId) {
        this(grievanceId, reference, department, subject, description, district, tehsil, block, village, contactNumber,
                status, outcome, remarks, officer, registeredAt, updatedAt, previousGrievanceId, 0, null, null);
    }

    boolean disposed() {
        return "DISPOSED".equals(status);
    }

    Grievance disposed(String outcome, String remarks, String officer, Instant at) {
        return new Grievance(grievanceId, reference, department, subject, description, district, tehsil, block, village,
                contactNumber, "DISPOSED", outcome, remarks, officer, registeredAt, at, previousGrievanceId, transfers,
                transferredFrom, transferReason);
    }

    /** An officer's intermediate action (forwarded, under action…): a status change without a disposal. */
    Grievance acted(String status, String remarks, String officer, Instant at) {
        return new Grievance(grievanceId, reference, department, subject, description, district, tehsil, block, village,
                contactNumber, status, null, remarks, officer, registeredAt, at, previousGrievanceId, transfers,
                transferredFrom, transferReason);
    }

    /** Moved to another department (the grievance cell's transfer): same grievance ID, the new department's to act. */
    Grievance transferred(String toDepartment, String reason, Instant at) {
        return new Grievance(grievanceId, reference, toDepartment, subject, description, district, tehsil, block, village,
                contactNumber, "TRANSFERRED", null, null, null, registeredAt, at, previousGrievanceId, transfers + 1,
                department, reason);
    }
}
