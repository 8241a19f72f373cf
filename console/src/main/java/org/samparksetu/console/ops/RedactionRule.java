package org.samparksetu.console.ops;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a dead letter's text may reach an ops screen: a failure reason or key can quote a citizen's number (an
 * exception message naming a WhatsApp id), so every run of eight or more digits keeps only its first two and last
 * three (as the services' logs mask numbers), and a long reason is cut. Payloads never reach the page at all.
 */
public final class RedactionRule {
    /** Enough for an exception's first sentence; the full reason stays in the service's dead-letter API. */
    public static final int MAX_REASON = 300;
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{8,}");

    private RedactionRule() {
    }

    public static String redact(String text, int max) {
        if (text == null) {
            return null;
        }
        Matcher m = DIGIT_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(out, digits.substring(0, 2) + "*".repeat(digits.length() - 5)
                    + digits.substring(digits.length() - 3));
        }
        m.appendTail(out);
        String masked = out.toString();
        return masked.length() <= max ? masked : masked.substring(0, max - 1) + "…";
    }
}
