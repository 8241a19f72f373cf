package org.samparksetu.intake.citizen;

/**
 * Whether a number may file one more complaint, the same at every door (WhatsApp, Open311, an operator typing it in):
 * the blocklist, the False Case flag, the cap per period and the burst limit count every complaint of the number,
 * whichever door it came through and whatever it holds (a photo or voice note only counts like words).
 * <ul>
 *   <li>a blocked number is refused at every door; no override: unblocking is the operator's own recorded act;</li>
 *   <li>a flagged number (while the district holds them), one over its cap or sending a burst needs an operator:
 *       at the operator door the operator overrides now with a reason, at the other doors the complaint is held
 *       for the grievance cell, whose release is that override;</li>
 *   <li>an override given where nothing needs one changes nothing, and only the operator door takes one.</li>
 * </ul>
 */
public final class AbuseRule {
    public static final String BLOCKED = "BLOCKED";
    public static final String FLAGGED_FALSE_CASE = "FLAGGED_FALSE_CASE";
    public static final String CAP_EXCEEDED = "CAP_EXCEEDED";
    public static final String BURST = "BURST";

    /** Where the complaint comes in. */
    public enum Door { WHATSAPP, OPEN311, OPERATOR }

    /** ALLOW: file it; REFUSE: file nothing; NEEDS_OVERRIDE: only an operator may let it on; OVERRIDDEN: one did. */
    public enum Outcome { ALLOW, REFUSE, NEEDS_OVERRIDE, OVERRIDDEN }

    /** @param reason BLOCKED, FLAGGED_FALSE_CASE, CAP_EXCEEDED or BURST; null when allowed outright */
    public record Decision(Outcome outcome, String reason) {
        static final Decision ALLOW = new Decision(Outcome.ALLOW, null);

        public boolean files() {
            return outcome == Outcome.ALLOW || outcome == Outcome.OVERRIDDEN;
        }
    }

    /**
     * The district's per-number limits.
     *
     * @param quarantineFlagged whether a number flagged for a False Case needs an operator
     * @param cap               complaints a number may file in the cap period
     * @param burst             complaints a number may file in the burst period
     */
    public record Limits(boolean quarantineFlagged, long cap, long burst) {
    }

    /**
     * @param filedInCapPeriod   the number's complaints (every door, media-only ones too) in the cap period before this
     * @param filedInBurstPeriod the same in the burst period
     * @param overridden         an operator gave a reason to let it on
     */
    public record Facts(Door door, boolean blocked, boolean flagged, long filedInCapPeriod, long filedInBurstPeriod,
                        boolean overridden) {
    }

    private AbuseRule() {
    }

    public static Decision decide(Facts f, Limits limits) {
        if (f.blocked()) {
            return new Decision(Outcome.REFUSE, BLOCKED);
        }
        String over = overLimits(f, limits);
        if (over == null) {
            return Decision.ALLOW;
        }
        return f.door() == Door.OPERATOR && f.overridden()
                ? new Decision(Outcome.OVERRIDDEN, over) : new Decision(Outcome.NEEDS_OVERRIDE, over);
    }

    private static String overLimits(Facts f, Limits limits) {
        if (limits.quarantineFlagged() && f.flagged()) {
            return FLAGGED_FALSE_CASE;
        }
        if (f.filedInCapPeriod() >= limits.cap()) {
            return CAP_EXCEEDED;
        }
        if (f.filedInBurstPeriod() >= limits.burst()) {
            return BURST;
        }
        return null;
    }
}
