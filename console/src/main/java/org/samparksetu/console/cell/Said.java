package org.samparksetu.console.cell;

import org.samparksetu.console.shell.ServiceApi;

/**
 * What a page tells the person after an action: a done notice (its message key, e.g. {@code done_assigned}, and the
 * complaint it was about), or a problem: a field to fill or shorten (the form's own check, in their language) or the
 * service's refusal in its own sentence.
 */
public record Said(String doneKey, String ref, String problemKey, String field, String max, String serviceSays,
                   String status) {

    /** The notices a page may show from its address ({@code ?done=assigned}): nothing else is read from there. */
    enum Done { CLAIMED, ASSIGNED, REROUTED, TRANSCRIBED, RELEASED, REJECTED, ACCEPTED, REDONE, REASSIGNED, BLOCKED,
        UNBLOCKED, CLEARED, FILED }

    public static Said done(String done, String ref) {
        if (done == null) {
            return null;
        }
        for (Done d : Done.values()) {
            if (d.name().equalsIgnoreCase(done)) {
                return new Said("done_" + d.name().toLowerCase(java.util.Locale.ROOT),
                        FormRule.isComplaintNumber(ref) ? ref : "", null, null, null, null, null);
            }
        }
        return null;
    }

    /** The form's own check of one field; null when it passes. {@code fieldKey} names the field in the bundle. */
    public static Said check(String value, int max, boolean required, String fieldKey) {
        return switch (FormRule.check(value, max, required)) {
            case NONE -> null;
            case MISSING -> new Said(null, null, "problem_missing", fieldKey, null, null, null);
            case TOO_LONG -> new Said(null, null, "problem_too_long", fieldKey, String.format("%,d", max), null, null);
        };
    }

    public static Said problem(String key) {
        return new Said(null, null, key, null, null, null, null);
    }

    public static Said refused(ServiceApi.ServiceAnswerException e) {
        if (e.serviceSays != null) {
            return new Said(null, null, "problem_service", null, null, e.serviceSays, null);
        }
        return e.status == 503 ? problem("problem_unreachable")
                : new Said(null, null, "problem_status", null, null, null, String.valueOf(e.status));
    }

    public boolean isProblem() {
        return problemKey != null;
    }

    /** The first problem of several checks, or null when all pass. */
    public static Said first(Said... checks) {
        for (Said s : checks) {
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
