package org.samparksetu.bridge.actionreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samparksetu.bridge.registration.ComplaintRegisteredHere;

/**
 * When a complaint gets its grievance ID, the reports that waited for it are applied in that same transaction:
 * each becomes one {@code complaint.action-reported}, and its held row goes, so it is applied exactly once.
 */
@ApplicationScoped
public class HeldReportsApplier {
    @Inject
    ActionReportService reports;

    void onRegistered(@Observes ComplaintRegisteredHere registered) {
        reports.applyHeld(registered.complaintId());
    }
}
