package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * The citizen rated a closed complaint, or asked to reopen it. Written by verification, which decides whether the
 * complaint reopens (within the reopen period, on "not satisfied" or a request to reopen); read by notification,
 * which thanks the citizen or says why it cannot be reopened. A reopening itself is announced on
 * {@code complaint.reopened} as well.
 *
 * @param rating    1 to 5, or null for a plain request to reopen
 * @param reopened  true when this rating or request reopened the complaint
 * @param refusal   why a request to reopen was refused: REOPEN_PERIOD_OVER or NOT_CLOSED; null otherwise
 */
public record ComplaintRated(
        String complaintId,
        String departmentCode,
        Integer rating,
        boolean reopened,
        String refusal,
        Instant ratedAt) {

    public static final String REOPEN_PERIOD_OVER = "REOPEN_PERIOD_OVER";
    public static final String NOT_CLOSED = "NOT_CLOSED";
}
