package org.samparksetu.messaging.logging;

/**
 * Keeps personal data out of logs: a phone number keeps its country code and last three digits,
 * free text is reduced to its length.
 */
public final class Mask {
    private Mask() {
    }

    public static String phone(String number) {
        if (number == null || number.isBlank()) {
            return "-";
        }
        String digits = number.replaceAll("\\D", "");
        if (digits.length() <= 5) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 2) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 3);
    }

    public static String text(String body) {
        return body == null ? "-" : "<" + body.length() + " chars>";
    }
}
