package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * A reported fix was checked. Written by verification.
 *
 * @param method CITIZEN (the citizen answered) or FIELD (a verifier visited)
 */
public record ComplaintVerified(
        String complaintId,
        String verificationId,
        boolean fixed,
        String method,
        Instant verifiedAt) {
}
