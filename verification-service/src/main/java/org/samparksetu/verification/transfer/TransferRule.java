package org.samparksetu.verification.transfer;

import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.EscalationRule;

import java.time.Duration;
import java.time.Instant;

/**
 * What Sampark moving a complaint to another department does to it. Plain Java: "now" and the limits are parameters.
 * <ul>
 *   <li>The new department must act, and only its reports count from now on: a check of the old department's report
 *       still open (the citizen being asked, an appeal offered, a field check pending) is cancelled, and the
 *       complaint is back with a department (REGISTERED).</li>
 *   <li>The clock: the first {@code freshClockTransfers} transfers give the new department a fresh clock, its own
 *       first-level limit from L1 (it has only just been given the complaint, and the old department's delay is not
 *       its fault). From the next transfer on, the clock keeps running at its level (or, if the old department's
 *       report had stopped it, a level limit starts): a complaint passed around does not wait without end.</li>
 *   <li>A report of the NEW department already being verified (its report overtook the transfer on another topic)
 *       is left alone: the department changes, the check goes on.</li>
 *   <li>A closed or withdrawn complaint stays as it is; a transfer already applied (the same count again) changes
 *       nothing.</li>
 * </ul>
 */
public final class TransferRule {

    /** Whose report is being verified when the transfer arrives. */
    public enum OpenCheck { NONE, OLD_DEPARTMENT, NEW_DEPARTMENT }

    public enum Kind {
        /** The new department gets its own first-level limit from L1. */
        FRESH_CLOCK,
        /** The clock keeps running at its level. */
        CLOCK_RUNS_ON,
        /** The new department's report is being verified: the department changes, nothing else. */
        BEING_VERIFIED,
        /** Closed or withdrawn: nothing changes. */
        FINISHED,
        /** Already applied: nothing changes. */
        ALREADY_APPLIED
    }

    /** Where the complaint stands before the transfer. */
    public record Standing(ComplaintState state, int level, Instant dueAt, int transfers, OpenCheck openCheck) {
    }

    /**
     * @param cancelsCheck the open check (of the old department) is cancelled
     * @param dueAt        the new deadline; null when no clock runs (being verified, or nothing changes)
     */
    public record Move(Kind kind, boolean cancelsCheck, ComplaintState state, int level, Instant dueAt) {
        public boolean changesDepartment() {
            return kind != Kind.FINISHED && kind != Kind.ALREADY_APPLIED;
        }
    }

    private TransferRule() {
    }

    /**
     * @param transfers          the transfer's count (this one included), as the bridge counts them
     * @param newDepartmentLimit the new department's first-level limit (its own, per subject when set)
     */
    public static Move onTransfer(Standing c, int transfers, int freshClockTransfers, Duration newDepartmentLimit,
                                  Duration levelLimit, Instant now) {
        if (transfers <= c.transfers()) {
            return new Move(Kind.ALREADY_APPLIED, false, c.state(), c.level(), c.dueAt());
        }
        if (c.state() == ComplaintState.CLOSED || c.state() == ComplaintState.WITHDRAWN) {
            return new Move(Kind.FINISHED, false, c.state(), c.level(), c.dueAt());
        }
        if (c.openCheck() == OpenCheck.NEW_DEPARTMENT) {
            return new Move(Kind.BEING_VERIFIED, false, c.state(), c.level(), null);
        }
        boolean cancels = c.openCheck() == OpenCheck.OLD_DEPARTMENT;
        if (transfers <= freshClockTransfers) {
            return new Move(Kind.FRESH_CLOCK, cancels, ComplaintState.REGISTERED, EscalationRule.FIRST_LEVEL,
                    now.plus(newDepartmentLimit));
        }
        Instant running = c.state().awaitsDepartment() && c.dueAt() != null ? c.dueAt() : now.plus(levelLimit);
        return new Move(Kind.CLOCK_RUNS_ON, cancels, ComplaintState.REGISTERED, c.level(), running);
    }
}
