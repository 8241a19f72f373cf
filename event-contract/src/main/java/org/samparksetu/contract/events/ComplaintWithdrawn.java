package org.samparksetu.contract.events;

import java.time.Instant;

/**
 * The citizen withdrew the complaint ("withdraw", "शिकायत वापस लो"). Written by intake when its complaint
 * really changes to WITHDRAWN; every service downstream stops working on it: routing takes it out of triage and
 * tells the department (on {@code department.<code>.complaints} too), the bridge does not register it or asks
 * for it to be closed on the portal, verification stops its clocks.
 *
 * @param withdrawnBy who withdrew it; {@code CITIZEN} today (an operator withdrawal may come later)
 * @param reason      the citizen's own words after the command, if any
 */
public record ComplaintWithdrawn(
        String complaintId,
        String withdrawnBy,
        String reason,
        Instant withdrawnAt) {

    public static final String BY_CITIZEN = "CITIZEN";
}
