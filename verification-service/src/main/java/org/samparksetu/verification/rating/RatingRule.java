package org.samparksetu.verification.rating;

import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.EscalationRule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a citizen's rating of a closed complaint, or their request to reopen it, does. Plain Java, no framework:
 * the service applies the decision and emits the events.
 * <ul>
 *   <li>Only a closed complaint can be rated or reopened; anything else (still with the department, being
 *       verified, already reopened, withdrawn) is refused as NOT_CLOSED and changes nothing.</li>
 *   <li>The first rating of each closure is the one that counts (the satisfaction figures are the citizens' first
 *       reaction to a closure; a second tap on the old message does not flip them). A later rating is kept as
 *       evidence, not counted.</li>
 *   <li>"Not satisfied" (1 or 2) or a request to reopen, within the reopen period after the closure, reopens the
 *       same complaint one level up, as a disputed fix does; also when it is a later rating of the same closure,
 *       so a citizen whose water stopped again a week after rating 5 need not find other words to say so.
 *       After the period nothing reopens (REOPEN_PERIOD_OVER); the rating itself still counts.</li>
 * </ul>
 */
public final class RatingRule {
    /** Ratings at or above this are "satisfied" in the satisfaction rate. */
    public static final int LOWEST_SATISFIED = 3;
    /** Ratings at or below this ask, in effect, for the complaint to be reopened. */
    public static final int HIGHEST_NOT_SATISFIED = 2;

    /**
     * @param counted         the rating is the counted one of this closure (recorded on the complaint)
     * @param reopen          the complaint reopens
     * @param escalationLevel the complaint's level afterwards
     * @param refusal         why it was not reopened although the citizen was not satisfied or asked to; else null
     */
    public record Decision(boolean counted, boolean reopen, int escalationLevel, String refusal) {
    }

    private RatingRule() {
    }

    /**
     * @param state           the complaint's current state
     * @param closedAt        when it was closed (null unless closed)
     * @param alreadyRated    this closure already has its counted rating
     * @param escalationLevel the complaint's current level, 1..4
     * @param rating          1..5, or null for a plain request to reopen
     * @param now             when the citizen said it
     * @param reopenPeriod    how long after a closure the citizen may reopen it
     */
    public static Decision decide(ComplaintState state, Instant closedAt, boolean alreadyRated, int escalationLevel,
                                  Integer rating, Instant now, Duration reopenPeriod) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(reopenPeriod, "reopenPeriod");
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("a rating is 1 to 5, not " + rating);
        }
        if (state != ComplaintState.CLOSED || closedAt == null) {
            return new Decision(false, false, escalationLevel, ComplaintRated.NOT_CLOSED);
        }
        boolean counted = rating != null && !alreadyRated;
        boolean wantsReopen = rating == null || rating <= HIGHEST_NOT_SATISFIED;
        if (!wantsReopen) {
            return new Decision(counted, false, escalationLevel, null);
        }
        boolean withinPeriod = !now.isAfter(closedAt.plus(reopenPeriod));
        if (!withinPeriod) {
            return new Decision(counted, false, escalationLevel, ComplaintRated.REOPEN_PERIOD_OVER);
        }
        return new Decision(counted, true, EscalationRule.oneLevelUp(escalationLevel), null);
    }

    /** Counts towards the satisfaction rate as satisfied. */
    public static boolean satisfied(int rating) {
        return rating >= LOWEST_SATISFIED;
    }
}
