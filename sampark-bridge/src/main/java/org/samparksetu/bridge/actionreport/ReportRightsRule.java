package org.samparksetu.bridge.actionreport;

import java.util.Collection;

/**
 * Who may file a complaint's action-taken report: the department the complaint is with now. After a re-route the
 * department it left is refused at once, whatever it reports (a False Case included); the department it moved to
 * reports once the grievance has moved on the portal too, so that its report lands on a grievance the portal shows as
 * its own, and after {@code complaint.transferred} has told everyone the complaint is its.
 */
public final class ReportRightsRule {
    public enum Right {
        /** The complaint is the reporter's: file it. */
        FILE,
        /** The complaint moves to the reporter but the portal does not show it there yet: wait for the move. */
        WAIT_FOR_TRANSFER,
        /** The complaint is another department's (now): refused, naming the department it is with. */
        REFUSED
    }

    private ReportRightsRule() {
    }

    /**
     * @param departmentNow  the department the complaint is with (routing's last word)
     * @param movePending    its grievance has still to move to {@code departmentNow} on the portal
     * @param reporterActsFor the departments the reporter speaks for (an officer's roles, a topic's department)
     */
    public static Right decide(String departmentNow, boolean movePending, Collection<String> reporterActsFor) {
        if (!reporterActsFor.contains(departmentNow)) {
            return Right.REFUSED;
        }
        return movePending ? Right.WAIT_FOR_TRANSFER : Right.FILE;
    }

    /** What a refused reporter is told: whose complaint it is now, and whom the reporter speaks for. */
    public static String refusal(String complaintId, String departmentNow, String departmentName,
                                 Collection<String> reporterActsFor) {
        return "complaint " + complaintId + " belongs to another department: it is with " + departmentNow
                + (departmentName == null || departmentName.equals(departmentNow) ? "" : " (" + departmentName + ")")
                + " now, and only that department may file its action-taken report; you act for "
                + String.join(", ", reporterActsFor);
    }
}
