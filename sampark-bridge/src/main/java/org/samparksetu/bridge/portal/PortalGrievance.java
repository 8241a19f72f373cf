package org.samparksetu.bridge.portal;

import java.time.Instant;

/**
 * A grievance as the portal reports it.
 *
 * @param grievanceId a digit string (13–14 digits seen, leading zeros meaningful): never a number
 */
public record PortalGrievance(
        String grievanceId,
        String reference,
        String department,
        String status,
        String outcome,
        String remarks,
        String officer,
        Instant registeredAt,
        Instant updatedAt,
        String previousGrievanceId) {

    public PortalGrievance(String grievanceId, String reference, String department, String status, String outcome,
                           String remarks, String officer, Instant registeredAt, Instant updatedAt) {
        this(grievanceId, reference, department, status, outcome, remarks, officer, registeredAt, updatedAt, null);
    }

    public boolean disposed() {
        return "DISPOSED".equals(status);
    }
}
