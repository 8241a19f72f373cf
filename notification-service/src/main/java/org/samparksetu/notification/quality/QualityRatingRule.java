package org.samparksetu.notification.quality;

import java.util.Locale;

/**
 * Meta's quality rating of the business number as the gauge {@code notification_whatsapp_quality_rating} carries it,
 * the higher the better, so that the alerts compare numbers: 3 GREEN, 2 YELLOW, 1 RED, and 0 for anything else
 * (UNKNOWN, a value Meta adds later, no answer yet), which no alert fires on.
 */
public final class QualityRatingRule {
    public static final int UNKNOWN = 0;

    private QualityRatingRule() {
    }

    public static int gaugeValue(String rating) {
        if (rating == null) {
            return UNKNOWN;
        }
        return switch (rating.strip().toUpperCase(Locale.ROOT)) {
            case "GREEN" -> 3;
            case "YELLOW" -> 2;
            case "RED" -> 1;
            default -> UNKNOWN;
        };
    }
}
