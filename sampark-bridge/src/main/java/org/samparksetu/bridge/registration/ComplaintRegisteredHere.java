package org.samparksetu.bridge.registration;

/**
 * CDI event, fired synchronously inside the transaction that gave a complaint its grievance ID, so that what
 * waited for the registration (held action-taken reports) is applied in that same transaction or not at all.
 */
public record ComplaintRegisteredHere(String complaintId) {
}
