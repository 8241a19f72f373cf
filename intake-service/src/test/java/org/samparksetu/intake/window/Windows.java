package org.samparksetu.intake.window;

import io.quarkus.arc.Arc;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.testsupport.StoredComplaints;

/** Complaints being put together, finished on the test's say-so rather than after real waiting. */
final class Windows {
    private Windows() {
    }

    /**
     * The citizen has been quiet long enough: moves the clock to where the complaint's window closes, so the sweeper
     * finishes it now. Returns the complaint once it is screened (at once if it was not a draft).
     */
    static Complaint complete(String complaintId) {
        Complaint c = StoredComplaints.complaint(complaintId);
        if (c.status == Complaint.Status.DRAFT && c.windowClosesAt != null) {
            Arc.container().instance(MovableClock.class).get().reach(c.windowClosesAt);
        }
        return StoredComplaints.awaitDecided(complaintId);
    }
}
