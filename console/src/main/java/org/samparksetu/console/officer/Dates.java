package org.samparksetu.console.officer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the district reads them: India's clock, in the page's language. */
public final class Dates {
    public static final ZoneId DISTRICT = ZoneId.of("Asia/Kolkata");

    private Dates() {
    }

    public static String time(Instant at, String language) {
        return at == null ? "–" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale(language)).format(at.atZone(DISTRICT));
    }

    public static String day(LocalDate date, String language) {
        return date == null ? "–" : DateTimeFormatter.ofPattern("d MMM yyyy", locale(language)).format(date);
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, DISTRICT);
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag("en".equals(language) ? "en-IN" : "hi-IN");
    }

    static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
