package org.samparksetu.console.cell;

/**
 * What the console checks of a free-text field before it calls a service, so the person reads the problem in their
 * own language at once: a required field must say something, and no field may be longer than the service keeps
 * (the limits are the services' own: 500 for a reason or note, 4,000 for a complaint's text).
 */
public final class FormRule {
    public enum Problem { NONE, MISSING, TOO_LONG }

    /** A reason, note or the portal's transfer reason. */
    public static final int REASON = 500;
    /** A complaint's text (intake's limit). */
    public static final int TEXT = 4000;
    /** A village, ward or landmark. */
    public static final int PLACE = 200;
    /** A citizen's name. */
    public static final int NAME = 100;
    /** A mobile number as typed, with spaces and a country code. */
    public static final int PHONE = 20;

    private FormRule() {
    }

    public static Problem check(String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return required ? Problem.MISSING : Problem.NONE;
        }
        return v.length() > max ? Problem.TOO_LONG : Problem.NONE;
    }

    /** A complaint number as the services write it (JAL-2026-000123), so a form cannot aim a call at another path. */
    public static boolean isComplaintNumber(String value) {
        return value != null && value.matches("[A-Z]{2,5}-\\d{4}-\\d{3,9}");
    }

    /**
     * The WhatsApp id of a number as an operator types it: WhatsApp writes an Indian mobile with its country code and
     * no signs (919876543210), so a ten-digit mobile gets 91 in front, or a block would never match the citizen's
     * messages. Anything else goes to intake as typed, and intake says what is wrong with it.
     */
    public static String waId(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s\\-+()]", "");
        if (!digits.matches("\\d+")) {
            return typed.strip();
        }
        if (digits.length() == 11 && digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return digits.length() == 10 && digits.charAt(0) >= '6' ? "91" + digits : digits;
    }
}
