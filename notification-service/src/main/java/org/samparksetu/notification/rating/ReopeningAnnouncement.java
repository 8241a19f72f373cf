package org.samparksetu.notification.rating;

import org.samparksetu.notification.query.StatusReport;

import java.util.Locale;
import java.util.Set;

/**
 * A closed complaint reopened at the citizen's word (a "not satisfied" tap, or "phir se kholo") gives two events:
 * {@code complaint.rated} (reopened) and {@code complaint.reopened}. The citizen hears it once, from the rating's
 * answer, which says the same number was reopened and sent back to the department; the reopening stays silent. A
 * reopening during the check of a reported fix ("is it fixed?" answered no) is still told by complaint.reopened.
 */
public final class ReopeningAnnouncement {
    /** Reasons verification gives a reopening that the citizen asked for after closure. */
    static final Set<String> CITIZEN_REOPEN_REASONS = Set.of("CITIZEN_NOT_SATISFIED", "CITIZEN_REOPEN_REQUEST",
            "NOT_SATISFIED", "REOPEN_REQUEST");

    private ReopeningAnnouncement() {
    }

    /**
     * @param reason      the reopening's reason, as verification wrote it
     * @param stageBefore where the complaint stood before this reopening (from the timeline without it)
     * @return true when the rating's answer tells it, so complaint.reopened sends nothing
     */
    public static boolean toldByRating(String reason, StatusReport.Stage stageBefore) {
        if (stageBefore == StatusReport.Stage.CLOSED) {
            return true; // only a rating or a request to reopen can reopen a closed complaint
        }
        return reason != null && CITIZEN_REOPEN_REASONS.contains(reason.strip().toUpperCase(Locale.ROOT));
    }
}
