package org.samparksetu.bridge.transfer;

import java.util.List;

/**
 * What a {@code complaint.routed} for a complaint the bridge already has means for its Sampark registration. Routing
 * decides the department; the portal must follow: a registration not yet made simply takes the new department, a
 * grievance already on the portal is moved (by the portal's transfer call, or by the Sampark Kendra operator), and a
 * move still pending is redirected. Nothing moves for a replay, an older decision published again, the department the
 * complaint already has, or a withdrawn complaint.
 */
public final class RerouteDecision {
    /** The limit the portal's transfer reason takes (and {@code complaint.transferred.reason}). */
    public static final int REASON_MAX = 500;

    public enum Action {
        /** The citizen withdrew it: it is not going anywhere. */
        IGNORE_WITHDRAWN,
        /** An older routing decision (a lower re-route count than one already seen), published again. */
        IGNORE_STALE,
        /** Routed to the department it already has (a re-published decision): nothing to do. */
        SAME_DEPARTMENT,
        /** Not on the portal yet: the waiting registration takes the new department; no portal call for the old. */
        RETARGET_REGISTRATION,
        /** On the portal: the bridge moves it there by the portal's transfer call. */
        TRANSFER_BY_API,
        /** On the portal: a task for the operator, who moves it by hand and confirms. */
        TRANSFER_BY_OPERATOR,
        /** A move still pending now goes to the new department instead. */
        RETARGET_TRANSFER,
        /** Routed back to where the portal has it, before the pending move can have happened: the move is dropped. */
        CANCEL_TRANSFER
    }

    /**
     * @param state              the registration's state: PENDING, REGISTERED or WITHDRAWN
     * @param withdrawn          the citizen withdrew the complaint (a registered one stays REGISTERED until closed)
     * @param entryMode          API or OPERATOR: how this district reaches the portal
     * @param department         the complaint's department now (a pending move's target)
     * @param routedTo           the department complaint.routed names
     * @param transfersSeen      the highest re-route count complaint.routed carried so far (0 if none)
     * @param routedTransfers    this event's re-route count; null when routing did not say (read as 0)
     * @param pendingFrom        the department the portal still shows while a move is pending; null when none is
     * @param pendingAttempted   a pending move was already sent to the portal at least once (API mode)
     */
    public record Situation(String state, boolean withdrawn, String entryMode, String department, String routedTo,
                            int transfersSeen, Integer routedTransfers, String pendingFrom, boolean pendingAttempted) {
    }

    private RerouteDecision() {
    }

    public static Action decide(Situation s) {
        if (s.withdrawn() || "WITHDRAWN".equals(s.state())) {
            return Action.IGNORE_WITHDRAWN;
        }
        // No count is the first routing's (routing counts re-routes only): older than any re-route seen.
        if ((s.routedTransfers() == null ? 0 : s.routedTransfers()) < s.transfersSeen()) {
            return Action.IGNORE_STALE;
        }
        if (s.routedTo().equals(s.department())) {
            return Action.SAME_DEPARTMENT;
        }
        if (!"REGISTERED".equals(s.state())) {
            return Action.RETARGET_REGISTRATION;
        }
        if (s.pendingFrom() == null) {
            return "OPERATOR".equals(s.entryMode()) ? Action.TRANSFER_BY_OPERATOR : Action.TRANSFER_BY_API;
        }
        if (s.routedTo().equals(s.pendingFrom())) {
            // Back where the portal has it. A call already sent may have moved it: repeat it towards the old department
            // (the portal's transfer is idempotent) rather than guess. An operator's task is simply withdrawn.
            return s.pendingAttempted() && !"OPERATOR".equals(s.entryMode()) ? Action.RETARGET_TRANSFER : Action.CANCEL_TRANSFER;
        }
        return Action.RETARGET_TRANSFER;
    }

    /**
     * Why it moves, for the portal and {@code complaint.transferred}: the grievance cell's own words when routing
     * carried them (a re-route's {@code matchedTerms} reads {@code "operator: <reason>"}), else who re-routed it.
     */
    public static String reason(String decidedBy, List<String> matchedTerms, String toDepartment) {
        String said = matchedTerms == null ? null : matchedTerms.stream()
                .filter(t -> t != null && t.startsWith("operator: ") && !t.substring(10).isBlank())
                .map(t -> t.substring(10).strip()).findFirst().orElse(null);
        String reason = said != null ? said
                : "re-routed to " + toDepartment + (decidedBy == null || decidedBy.isBlank() ? "" : " by " + decidedBy.strip());
        if (reason.codePointCount(0, reason.length()) <= REASON_MAX) {
            return reason;
        }
        return reason.substring(0, reason.offsetByCodePoints(0, REASON_MAX - 1)) + "…";
    }
}
