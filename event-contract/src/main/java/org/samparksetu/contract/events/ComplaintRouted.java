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
 * @param clusterId    the complaint ID that leads the cluster of reports of the same problem at the same place
 *                     (itself when it leads, null when not clustered); every member hears about the leader's progress
 * @param subject      the subject within the department (a code such as {@code drinking-water}), for the portal's
 *                     subject field and per-subject time limits; null when routing could not tell
 * @param ward         ward (towns) when known
 * @param gramPanchayat gram panchayat (villages) when known
 * @param mediaIds     content hashes of the photos, voice notes and documents intake stored, for the portal's
 *                     attachments; empty when none
 * @param placeLocation the point of the place routing found (the village's centroid from the gazetteer, a town's
 *                     centre), so a field check can compare a verifier's GPS with the place; null when the place or
 *                     its point is not known. The citizen's own pin stays in {@code location}
 * @param placeKind    what the place is: {@code village}, {@code census_town} or {@code ulb} (a municipal town);
 *                     null when routing found no village or town
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
        Instant routedAt,
        String clusterId,
        String subject,
        String ward,
        String gramPanchayat,
        List<String> mediaIds,
        GeoPoint placeLocation,
        String placeKind) {

    /** Before {@code placeLocation} and {@code placeKind} were added. */
    public ComplaintRouted(String complaintId, String departmentCode, double confidence,
                           List<DepartmentSuggestion> alternatives, List<String> matchedTerms, String decidedBy,
                           String text, String language, String contactNumber, GeoPoint location, String tehsil,
                           String block, String village, Instant routedAt, String clusterId, String subject,
                           String ward, String gramPanchayat, List<String> mediaIds) {
        this(complaintId, departmentCode, confidence, alternatives, matchedTerms, decidedBy, text, language,
                contactNumber, location, tehsil, block, village, routedAt, clusterId, subject, ward, gramPanchayat,
                mediaIds, null, null);
    }

    /** Before {@code subject}, {@code ward}, {@code gramPanchayat} and {@code mediaIds} were added. */
    public ComplaintRouted(String complaintId, String departmentCode, double confidence,
                           List<DepartmentSuggestion> alternatives, List<String> matchedTerms, String decidedBy,
                           String text, String language, String contactNumber, GeoPoint location, String tehsil,
                           String block, String village, Instant routedAt, String clusterId) {
        this(complaintId, departmentCode, confidence, alternatives, matchedTerms, decidedBy, text, language,
                contactNumber, location, tehsil, block, village, routedAt, clusterId, null, null, null, null);
    }

    /** Before {@code clusterId} was added. */
    public ComplaintRouted(String complaintId, String departmentCode, double confidence,
                           List<DepartmentSuggestion> alternatives, List<String> matchedTerms, String decidedBy,
                           String text, String language, String contactNumber, GeoPoint location, String tehsil,
                           String block, String village, Instant routedAt) {
        this(complaintId, departmentCode, confidence, alternatives, matchedTerms, decidedBy, text, language,
                contactNumber, location, tehsil, block, village, routedAt, null);
    }
}
