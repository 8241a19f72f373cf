package org.samparksetu.console.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence export's form: the number as people write it (a 10-digit mobile, with +91, spaces or dashes) becomes
 * the WhatsApp id with country code (91XXXXXXXXXX); the reason (a case or FIR number) is required, since an export of
 * someone's messages must say why. Pages show the number masked: the officer typed it, nobody behind them needs it.
 */
public final class EvidenceFormRule {
    public static final int REASON_MAX = 300;

    private EvidenceFormRule() {
    }

    /** The WhatsApp id (digits with country code), or null when the text is no phone number. */
    public static String waId(String given) {
        if (given == null || given.length() > 30) {
            return null;
        }
        String compact = given.strip().replaceAll("[\\s\\-()]", "");
        if (compact.startsWith("+")) {
            compact = compact.substring(1);
        } else if (compact.startsWith("00")) {
            compact = compact.substring(2);
        }
        if (!compact.matches("[0-9]+")) {
            return null;
        }
        if (compact.length() == 11 && compact.startsWith("0")) {
            compact = compact.substring(1); // a trunk prefix: 09876543210
        }
        if (compact.length() == 10 && compact.matches("[6-9][0-9]{9}")) {
            return "91" + compact; // an Indian mobile without its country code
        }
        return compact.length() >= 11 && compact.length() <= 15 && !compact.startsWith("0") ? compact : null;
    }

    public static List<String> problems(String number, String reason) {
        List<String> problems = new ArrayList<>();
        if (waId(number) == null) {
            problems.add("evidence_number_bad");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("evidence_reason_missing");
        } else if (reason.strip().length() > REASON_MAX) {
            problems.add("evidence_reason_long");
        }
        return problems;
    }

    /** 919876543210 → 91*******210: enough to tell numbers apart on a screen or in a log, not to call. */
    public static String masked(String waId) {
        if (waId == null || waId.length() <= 5) {
            return "*****";
        }
        return waId.substring(0, 2) + "*".repeat(waId.length() - 5) + waId.substring(waId.length() - 3);
    }
}
