package org.samparksetu.web;

/**
 * The one check of a free-text field's length at a door: every field a caller types has a documented limit, and a
 * value over it is refused with a 400 that names the field and the limit (the limits are in each service's README).
 */
public final class FieldLimits {
    private FieldLimits() {
    }

    /** Refuses {@code value} (null passes) when it has more than {@code max} characters, naming {@code field}. */
    public static String atMost(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw tooLong(field, max);
        }
        return value;
    }

    /** The refusal itself, for a door that answers in its own format (Open311's errors[]). */
    public static String message(String field, int max) {
        return "'" + field + "' is longer than " + max + " characters";
    }

    public static ApiException tooLong(String field, int max) {
        return ApiException.badRequest(message(field, max));
    }
}
