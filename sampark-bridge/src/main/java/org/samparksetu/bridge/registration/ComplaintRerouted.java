package org.samparksetu.bridge.registration;

import org.samparksetu.contract.events.ComplaintRouted;

/**
 * CDI event, fired synchronously inside the consumer's transaction when {@code complaint.routed} comes for a complaint
 * that already has a registration: routing moved it (or published its decision again). The transfer feature decides
 * what that means for the portal; the consumer's inbox has already recorded the event.
 */
public record ComplaintRerouted(String eventId, ComplaintRouted routed) {
}
