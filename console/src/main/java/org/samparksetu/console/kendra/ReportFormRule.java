package org.samparksetu.console.kendra;

import java.util.List;

/**
 * The disposal / action-taken report form's checks before the bridge is asked: a complaint chosen, one of the
 * portal's outcomes, the officer's name and the remarks as on the portal, each within its length. The answer is the
 * message key of the first problem, or null when the form is fine.
 */
public final class ReportFormRule {
    public static final int OFFICER_MAX = 200;
    public static final int REMARKS_MAX = 4000;
    /** The portal's outcomes, as the bridge takes them. */
    public static final List<String> OUTCOMES = List.of("RELIEF", "INTERIM_RELIEF", "REJECTED", "FALSE_CASE", "FILED",
            "NOT_POSSIBLE");

    private ReportFormRule() {
    }

    public static String problem(String complaintId, String outcome, String officer, String remarks) {
        if (blank(complaintId) || complaintId.length() > 64) {
            return "report_pick_complaint";
        }
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            return "report_pick_outcome";
        }
        if (blank(officer)) {
            return "report_officer_missing";
        }
        if (officer.strip().length() > OFFICER_MAX) {
            return "report_officer_too_long";
        }
        if (blank(remarks)) {
            return "report_remarks_missing";
        }
        if (remarks.strip().length() > REMARKS_MAX) {
            return "report_remarks_too_long";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
