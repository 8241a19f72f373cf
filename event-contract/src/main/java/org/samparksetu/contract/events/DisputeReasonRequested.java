package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * The citizen said a reported fix is not real: ask them why, and for a photo if they can send one.
 * Written by verification; the notification service turns it into a WhatsApp message. The citizen's
 * answer comes back as an ordinary {@code citizen.replied} (TEXT or IMAGE) for the complaint.
 *
 * @param verificationId the disputed check the reason belongs to
 */
public record DisputeReasonRequested(
        String complaintId,
        String verificationId,
        String departmentCode,
        Instant requestedAt) {
}
