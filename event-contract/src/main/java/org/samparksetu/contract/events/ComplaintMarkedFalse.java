package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * A field check found the complaint itself was false (nothing was ever wrong, or it was a prank).
 * Written by verification, with the evidence, for intake's misuse rules.
 *
 * @param fieldCheckId    the field check that found it
 * @param verifier        who went and looked
 * @param photo           the verifier's photo with where it was taken, if any
 * @param distanceMetres  how far the verifier's evidence was from the complaint's place, if both are known
 */
public record ComplaintMarkedFalse(
        String complaintId,
        String departmentCode,
        String fieldCheckId,
        String verifier,
        String remarks,
        ActionPhoto photo,
        Double distanceMetres,
        Instant markedAt) {
}
