package org.samparksetu.bridge.portal;

/**
 * What the portal's registration form takes. {@code reference} is our complaint ID; {@code previousGrievanceId}
 * links a reopened complaint's new grievance to the earlier one (null for a first registration).
 */
public record GrievanceRequest(
        String reference,
        String department,
        String subject,
        String description,
        String district,
        String tehsil,
        String block,
        String village,
        String contactNumber,
        String previousGrievanceId) {

    public GrievanceRequest(String reference, String department, String subject, String description, String district,
                            String tehsil, String block, String village, String contactNumber) {
        this(reference, department, subject, description, district, tehsil, block, village, contactNumber, null);
    }
}
