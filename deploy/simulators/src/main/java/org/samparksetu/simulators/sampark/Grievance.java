package org.samparksetu.simulators.sampark;

import java.time.Instant;

/** A grievance as the portal keeps it. The ID is a digit string (date + sequence), never a number. */
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
        Instant updatedAt) {

    Grievance disposed(String outcome, String remarks, String officer, Instant at) {
        return new Grievance(grievanceId, reference, department, subject, description, district, tehsil, block, village,
                contactNumber, "DISPOSED", outcome, remarks, officer, registeredAt, at);
    }
}
