package org.samparksetu.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * The complaint was assigned to the department that must act. Written by routing. Carries what the
 * Sampark registration needs (text, contact number, place); the department's own topic gets a
 * {@link DepartmentComplaint} without the citizen's number instead.
 *
 * @param decidedBy   CLASSIFIER or the operator who assigned it
 * @param matchedTerms the words that decided it, for the officer who asks "why did this come to me?"
 */
public record ComplaintRouted(
        String complaintId,
        String departmentCode,
        double confidence,
        List<DepartmentSuggestion> alternatives,
        List<String> matchedTerms,
        String decidedBy,
        String text,
        String language,
        String contactNumber,
        GeoPoint location,
        String tehsil,
        String block,
        String village,
        Instant routedAt) {
}
