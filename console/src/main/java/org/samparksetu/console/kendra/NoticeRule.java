package org.samparksetu.console.kendra;

import java.util.regex.Pattern;

/**
 * The line the page shows after an action sent it back (303 to {@code /kendra?done=...}): what was done, to which
 * complaint. The address can be typed by anyone, so only the known kinds with well-formed values are shown; anything
 * else shows nothing rather than words someone else chose.
 */
public final class NoticeRule {
    private static final Pattern COMPLAINT = Pattern.compile("[A-Z]{2,6}-[0-9]{4}-[0-9]{1,10}");
    private static final Pattern GRIEVANCE = Pattern.compile("[0-9]{13,14}");
    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z_]{2,40}");

    private NoticeRule() {
    }

    public enum Kind { REGISTERED, MOVED, CLOSED, REPORTED }

    /** @param detail the grievance ID (REGISTERED), the department moved to (MOVED), else unused */
    public record Notice(Kind kind, String complaintId, String detail) {
    }

    public static Notice of(String done, String complaintId, String detail) {
        if (done == null || complaintId == null || !COMPLAINT.matcher(complaintId).matches()) {
            return null;
        }
        return switch (done) {
            case "registered" -> detail != null && GRIEVANCE.matcher(detail).matches()
                    ? new Notice(Kind.REGISTERED, complaintId, detail) : null;
            case "moved" -> detail != null && DEPARTMENT.matcher(detail).matches()
                    ? new Notice(Kind.MOVED, complaintId, detail) : null;
            case "closed" -> new Notice(Kind.CLOSED, complaintId, null);
            case "reported" -> new Notice(Kind.REPORTED, complaintId, null);
            default -> null;
        };
    }
}
