package org.samparksetu.bridge.portal;

/** What the portal's registration form takes. {@code reference} is our complaint ID. */
public record GrievanceRequest(
        String reference,
        String department,
        String subject,
        String description,
        String district,
        String tehsil,
        String block,
        String village,
        String contactNumber) {
}
