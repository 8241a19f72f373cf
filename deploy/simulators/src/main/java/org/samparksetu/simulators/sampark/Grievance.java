package org.samparksetu.simulators.sampark;

import java.time.Instant;

/**
 * A grievance as the portal keeps it. The ID is a digit string (date + sequence), never a number.
 * {@code previousGrievanceId} links a re-registration (a reopened complaint) to the earlier grievance.
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
        String previousGrievanceId) {

    Grievance disposed(String outcome, String remarks, String officer, Instant at) {
        return new Grievance(grievanceId, reference, department, subject, description, district, tehsil, block, village,
                contactNumber, "DISPOSED", outcome, remarks, officer, registeredAt, at, previousGrievanceId);
    }

    /** An officer's intermediate action (forwarded, under action…): a status change without a disposal. */
    Grievance acted(String status, String remarks, String officer, Instant at) {
        return new Grievance(grievanceId, reference, department, subject, description, district, tehsil, block, village,
                contactNumber, status, null, remarks, officer, registeredAt, at, previousGrievanceId);
    }
}
