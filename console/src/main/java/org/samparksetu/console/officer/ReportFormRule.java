package org.samparksetu.console.officer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the action-taken report form must hold before the console sends it on. A report that the problem is solved
 * (RELIEF) needs a photo of the work: the citizen is asked whether it is fixed, and the photo is what a field check
 * or an appeal looks at. The photo must really be a JPEG, PNG or WebP (its first bytes, not the name the browser
 * gives it) of at most 5 MB; the GPS point is optional (a phone without a fix, a browser that was refused) but when
 * given must be both numbers, on the earth, and not 0,0 (what a failed fix reads as). Each problem is a message key.
 */
public final class ReportFormRule {
    public static final int REMARKS_MAX = 1000;
    public static final int PHOTO_MAX_BYTES = 5 * 1024 * 1024;
    /** The outcomes an officer files here; interim relief goes through the interim reply, which carries its date. */
    public static final List<String> OUTCOMES = List.of("RELIEF", "NOT_POSSIBLE", "REJECTED", "FALSE_CASE", "FILED");
    static final Set<String> NEEDS_PHOTO = Set.of("RELIEF");

    private ReportFormRule() {
    }

    /** The point the browser gave, or null when it gave none; check {@link #problems} first. */
    public record Gps(double latitude, double longitude) {
    }

    public static List<String> problems(String outcome, String remarks, byte[] photo, String latitude, String longitude) {
        List<String> problems = new ArrayList<>();
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            problems.add("report_bad_outcome");
        }
        if (remarks == null || remarks.isBlank()) {
            problems.add("report_remarks_missing");
        } else if (remarks.strip().length() > REMARKS_MAX) {
            problems.add("report_remarks_long");
        }
        boolean hasPhoto = photo != null && photo.length > 0;
        if (!hasPhoto && outcome != null && NEEDS_PHOTO.contains(outcome)) {
            problems.add("report_photo_missing");
        }
        if (hasPhoto && photo.length > PHOTO_MAX_BYTES) {
            problems.add("report_photo_large");
        } else if (hasPhoto && imageType(photo) == null) {
            problems.add("report_photo_not_image");
        }
        boolean lat = latitude != null && !latitude.isBlank();
        boolean lon = longitude != null && !longitude.isBlank();
        if (lat || lon) {
            if (!(lat && lon) || gps(latitude, longitude) == null) {
                problems.add("report_gps_bad");
            }
        }
        return problems;
    }

    /** The point, or null when not given or not a point on the earth. */
    public static Gps gps(String latitude, String longitude) {
        try {
            double lat = Double.parseDouble(latitude.strip());
            double lon = Double.parseDouble(longitude.strip());
            if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180
                    || (lat == 0 && lon == 0)) {
                return null;
            }
            return new Gps(lat, lon);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The photo's type by its first bytes: image/jpeg, image/png or image/webp; null for anything else. */
    public static String imageType(byte[] b) {
        return org.samparksetu.console.shell.MediaTypeRule.imageType(b);
    }
}
