package org.samparksetu.console.officer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An interim reply: why the work takes longer (shown to the citizen, so it must be said) and the date by which it will
 * be done: a real date, not before today in the district, and within a year (a date further off is no promise).
 */
public final class InterimFormRule {
    public static final int REASON_MAX = 500;

    private InterimFormRule() {
    }

    public static List<String> problems(String reason, String expectedBy, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add("interim_reason_missing");
        } else if (reason.strip().length() > REASON_MAX) {
            problems.add("interim_reason_long");
        }
        if (expectedBy == null || expectedBy.isBlank()) {
            problems.add("interim_date_missing");
            return problems;
        }
        try {
            LocalDate date = LocalDate.parse(expectedBy.strip());
            if (date.isBefore(today)) {
                problems.add("interim_date_past");
            } else if (date.isAfter(today.plusYears(1))) {
                problems.add("interim_date_far");
            }
        } catch (DateTimeParseException e) {
            problems.add("interim_date_bad");
        }
        return problems;
    }
}
