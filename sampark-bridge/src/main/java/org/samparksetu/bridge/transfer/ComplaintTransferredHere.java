package org.samparksetu.bridge.transfer;

/**
 * CDI event, fired synchronously inside the transaction that recorded a complaint's move to its new department, so
 * that the new department's reports held until then are applied in that same transaction or not at all.
 */
public record ComplaintTransferredHere(String complaintId) {
}
