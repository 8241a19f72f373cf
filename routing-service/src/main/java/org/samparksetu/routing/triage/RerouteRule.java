package org.samparksetu.routing.triage;

/**
 * Whether an operator may move a routed complaint to another department. Each move is a transfer on the Sampark
 * portal; CPGRAMS allows three, so a complaint three departments have already passed on is not sent to a fourth: it
 * goes to the grievance cell (the triage queue), whose decision is the last word.
 */
public final class RerouteRule {
    /** Transfers CPGRAMS allows one complaint. */
    public static final int MAX_TRANSFERS = 3;

    public enum Verdict {
        /** Move it; {@code transfers} is the count including this move. */
        TRANSFER,
        /** It is already with that department: nothing to move. */
        SAME_DEPARTMENT,
        /** Three transfers already: the grievance cell decides instead. */
        TO_GRIEVANCE_CELL
    }

    public record Outcome(Verdict verdict, int transfers, String reason) {
    }

    private RerouteRule() {
    }

    public static Outcome decide(String currentDepartment, String requestedDepartment, int transfersSoFar) {
        if (requestedDepartment.equalsIgnoreCase(currentDepartment)) {
            return new Outcome(Verdict.SAME_DEPARTMENT, transfersSoFar, "already with " + currentDepartment);
        }
        if (transfersSoFar >= MAX_TRANSFERS) {
            return new Outcome(Verdict.TO_GRIEVANCE_CELL, transfersSoFar, "transferred " + transfersSoFar + " times");
        }
        return new Outcome(Verdict.TRANSFER, transfersSoFar + 1, "transfer " + (transfersSoFar + 1) + " of " + MAX_TRANSFERS);
    }
}
