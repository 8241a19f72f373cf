package org.samparksetu.verification.complaint;

import java.util.OptionalInt;

/**
 * The officer levels a complaint climbs, L1 (the officer it was first assigned to) to L4 (the top of the district's
 * hierarchy), and what moves it. Plain Java, no framework: the one owner of every level change, so the deadline
 * clock, the collector's hand, a disputed fix and a reopening at the citizen's word all agree.
 * <ul>
 *   <li>A missed deadline moves it one level up, but the clock alone never goes past L3: L4 is the collector's
 *       decision.</li>
 *   <li>The collector may move an open complaint (still with the department) from L3 to L4.</li>
 *   <li>A reopening (the fix was not real, or the citizen is not satisfied) moves it one level up, at most to L4;
 *       a complaint reopened at L4 stays there.</li>
 * </ul>
 */
public final class EscalationRule {
    public static final int FIRST_LEVEL = 1;
    public static final int HIGHEST_AUTOMATIC_LEVEL = 3;
    public static final int HIGHEST_LEVEL = 4;

    private EscalationRule() {
    }

    /** The level after a reopening. */
    public static int oneLevelUp(int level) {
        return Math.min(Math.max(level, FIRST_LEVEL) + 1, HIGHEST_LEVEL);
    }

    /** The level after a missed deadline, or empty when the clock may not move it further. */
    public static OptionalInt onDeadlineMissed(int level) {
        return level < HIGHEST_AUTOMATIC_LEVEL ? OptionalInt.of(Math.max(level, FIRST_LEVEL) + 1) : OptionalInt.empty();
    }

    /**
     * The level after the collector escalates by hand, or empty when that is not allowed.
     *
     * @param awaitsDepartment the complaint is with the department (registered or reopened), not being verified or closed
     */
    public static OptionalInt byCollector(int level, boolean awaitsDepartment) {
        return level == HIGHEST_AUTOMATIC_LEVEL && awaitsDepartment ? OptionalInt.of(HIGHEST_LEVEL) : OptionalInt.empty();
    }
}
