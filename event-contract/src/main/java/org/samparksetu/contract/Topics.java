package org.samparksetu.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Topic names. A deployment may put a prefix in front of every name (tests use one per run). */
public final class Topics {
    public static final String COMPLAINT_RECEIVED = "complaint.received";
    public static final String COMPLAINT_QUARANTINED = "complaint.quarantined";
    public static final String CITIZEN_REPLIED = "citizen.replied";
    public static final String WHATSAPP_STATUS = "whatsapp.status";
    public static final String COMPLAINT_ROUTED = "complaint.routed";
    public static final String COMPLAINT_NEEDS_TRIAGE = "complaint.needs-triage";
    public static final String COMPLAINT_REGISTERED = "complaint.registered";
    public static final String COMPLAINT_ACTION_REPORTED = "complaint.action-reported";
    public static final String COMPLAINT_VERIFICATION_REQUESTED = "complaint.verification-requested";
    public static final String COMPLAINT_VERIFIED = "complaint.verified";
    public static final String COMPLAINT_REOPENED = "complaint.reopened";
    public static final String COMPLAINT_ESCALATED = "complaint.escalated";
    public static final String COMPLAINT_CLOSED = "complaint.closed";
    /** The citizen withdrew the complaint; written by intake, read by every service downstream. */
    public static final String COMPLAINT_WITHDRAWN = "complaint.withdrawn";
    /** What intake must tell a citizen that no complaint event says (linked repeat, awaiting transcription, blocked). */
    public static final String CITIZEN_NOTICE = "citizen.notice";
    /** The citizen rated a closed complaint or asked to reopen it; written by verification. */
    public static final String COMPLAINT_RATED = "complaint.rated";
    /** A registered complaint moved to another department on the portal; written by the bridge. */
    public static final String COMPLAINT_TRANSFERRED = "complaint.transferred";
    /** What a named officer must be told (new, deadline, escalation, reopening); written by routing. */
    public static final String OFFICER_NOTICE = "officer.notice";
    public static final String NOTIFICATION_SENT = "notification.sent";
    public static final String NOTIFICATION_FAILED = "notification.failed";
    /**
     * Action-taken reports from departments' own systems to the sampark-bridge (plain JSON, keyed by complaint
     * ID; the format is in sampark-bridge/README.md). Written by departments, read by the bridge only.
     */
    public static final String DEPARTMENT_ACTION_REPORTS = "department.action-reports";
    /** Where a consuming service parks a record that still fails after retries: {@code dead-letter.<service>}. */
    public static final String DEAD_LETTER_PREFIX = "dead-letter.";

    private Topics() {
    }

    /**
     * {@code department.phed.action-reports}: where one department's own system files its action-taken reports to
     * the sampark-bridge. One topic per department so that a Kafka ACL on it (write: that department's principal
     * only) decides who may report for the department; the bridge also takes a report there only for complaints
     * routed to that department. Same JSON as {@link #DEPARTMENT_ACTION_REPORTS}.
     */
    public static String departmentActionReports(String departmentCode) {
        return "department." + slug(departmentCode) + ".action-reports";
    }

    private static String slug(String departmentCode) {
        return departmentCode.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code department.phed.complaints}: what a department's own system subscribes to. */
    public static String department(String departmentCode) {
        return "department." + departmentCode.toLowerCase(Locale.ROOT).replace('_', '-') + ".complaints";
    }

    public static String deadLetter(String service) {
        return DEAD_LETTER_PREFIX + service;
    }

    /** Every topic the system uses, for scripts and test set-up that create them up front. */
    public static List<String> all(List<String> services) {
        List<String> all = new ArrayList<>();
        for (EventType t : EventType.values()) {
            if (t.topic() != null) {
                all.add(t.topic());
            }
        }
        Departments.all().forEach(d -> all.add(department(d.code())));
        Departments.all().forEach(d -> all.add(departmentActionReports(d.code())));
        all.add(DEPARTMENT_ACTION_REPORTS);
        services.forEach(s -> all.add(deadLetter(s)));
        return all;
    }
}
