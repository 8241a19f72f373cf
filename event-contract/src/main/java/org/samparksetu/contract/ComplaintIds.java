package org.samparksetu.contract;

import java.util.regex.Pattern;

/**
 * Complaint IDs are short and readable over the phone: district code, year, a six-digit number,
 * e.g. {@code JAL-2026-004217}.
 */
public final class ComplaintIds {
    public static final Pattern PATTERN = Pattern.compile("[A-Z]{2,5}-\\d{4}-\\d{6,}");

    private ComplaintIds() {
    }

    public static String format(String districtCode, int year, long number) {
        return String.format("%s-%d-%06d", districtCode, year, number);
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
