package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * A registered complaint moved to another department on the Sampark portal: by the portal's transfer call (API
 * mode) or by the Sampark Kendra operator doing it by hand (operator mode, once the operator confirms). From then on
 * only the new department may file its action-taken report. Written by the bridge; read by verification (the clock
 * and the right to report follow the new department), routing (both departments' topics are told) and notification
 * (the citizen is told).
 *
 * @param fromDepartmentCode the department that had it
 * @param toDepartmentCode   the department that has it now
 * @param grievanceId        the portal's grievance id, unchanged by a transfer
 * @param mode               {@code API} or {@code OPERATOR}
 * @param transfers          how many times this complaint has been transferred, this one included
 * @param reason             why, as the grievance cell wrote it (at most 500 characters)
 */
public record ComplaintTransferred(
        String complaintId,
        String fromDepartmentCode,
        String toDepartmentCode,
        String grievanceId,
        String mode,
        int transfers,
        String reason,
        Instant transferredAt) {
}
