package org.samparksetu.bridge.registration;

/**
 * CDI event, fired synchronously inside the transaction that gave a complaint its grievance ID, so that what
 * waited for the registration (held action-taken reports, a move to the department it was re-routed to meanwhile)
 * is applied in that same transaction or not at all.
 *
 * @param portalDepartment the department the grievance was registered with on the portal; it differs from the
 *                         registration's department when the complaint was re-routed while its registration was
 *                         on its way (the grievance then still has to move)
 */
public record ComplaintRegisteredHere(String complaintId, String portalDepartment) {
}
