package org.samparksetu.bridge.portal;

import java.util.List;

/**
 * The Rajasthan Sampark portal as the bridge needs it. The HTTP adapter ({@link HttpSamparkPortal}) talks to
 * the portal's API (or the simulator); an operator-mode adapter can stand in where no API is granted.
 *
 * <p>Failures come in three kinds, because the registrar must treat them differently:
 * {@link PortalUnavailableException} (the portal certainly did not act: safe to try again later),
 * {@link AmbiguousPortalOutcomeException} (the request may have been acted on: look the reference up
 * before trying again) and {@link PortalRejectedException} (the portal refused the request itself).
 */
public interface SamparkPortal {

    /** Registers a new grievance. The portal does not de-duplicate: call it at most once per complaint and answer. */
    PortalGrievance register(GrievanceRequest request);

    /** Every grievance the portal holds under our reference (complaint ID), oldest first; empty if none. */
    List<PortalGrievance> findByReference(String reference);

    /**
     * Moves a grievance to another department (the grievance ID stays). Idempotent at the portal: a transfer to the
     * department it already has changes nothing, so an unanswered call may simply be made again.
     */
    PortalGrievance transfer(String grievanceId, String department, String reason);

    /** Every grievance whose status changed after {@code since} (API mode polling for actions and disposals). */
    List<PortalGrievance> updatedSince(java.time.Instant since);
}
