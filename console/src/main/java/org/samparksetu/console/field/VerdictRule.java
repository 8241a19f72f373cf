package org.samparksetu.console.field;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verifier's form as verification's VerdictForm: checked here first so the verifier standing in a village gets a
 * clear sentence in their language at once, not a round trip. Limits are verification's own (1,000 characters of
 * remarks, a 3 MB photo); coordinates outside the earth's ranges are dropped (a broken GPS reading is no location).
 */
public final class VerdictRule {
    static final Set<String> VERDICTS = Set.of("FIXED", "NOT_FIXED", "FALSE_COMPLAINT");
    public static final int MAX_REMARKS = 1000;
    public static final int MAX_PHOTO_BYTES = 3 * 1024 * 1024;

    /** What went wrong, as a key of the field bundle's error texts. */
    public enum Problem { NO_VERDICT, REMARKS_TOO_LONG, PHOTO_TOO_LARGE, NOT_A_PHOTO }

    private VerdictRule() {
    }

    /** The first problem with the form, if any. */
    public static Optional<Problem> problem(String verdict, String remarks, byte[] photo, String photoType) {
        if (verdict == null || !VERDICTS.contains(verdict)) {
            return Optional.of(Problem.NO_VERDICT);
        }
        if (remarks != null && remarks.strip().length() > MAX_REMARKS) {
            return Optional.of(Problem.REMARKS_TOO_LONG);
        }
        if (photo != null && photo.length > 0) {
            if (photo.length > MAX_PHOTO_BYTES) {
                return Optional.of(Problem.PHOTO_TOO_LARGE);
            }
            if (photoType == null || !photoType.matches("image/[a-z0-9.+-]{1,40}")) {
                return Optional.of(Problem.NOT_A_PHOTO);
            }
        }
        return Optional.empty();
    }

    /** A coordinate from the page's hidden field: a number within {@code limit} degrees, else none. */
    public static Double coordinate(String value, double limit) {
        if (value == null || value.isBlank() || value.length() > 32) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            return Double.isFinite(d) && Math.abs(d) <= limit ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The JSON body of POST /api/field-checks/{id}/verdict (call {@link #problem} first). */
    public static Map<String, Object> body(String verdict, String remarks, byte[] photo, String photoType,
                                           String latitude, String longitude) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", verdict);
        body.put("remarks", remarks == null || remarks.isBlank() ? null : remarks.strip());
        if (photo != null && photo.length > 0) {
            body.put("photoBase64", Base64.getEncoder().encodeToString(photo));
            body.put("photoType", photoType);
        }
        Double lat = coordinate(latitude, 90);
        Double lon = coordinate(longitude, 180);
        // half a position is no position
        if (lat != null && lon != null) {
            body.put("deviceLatitude", lat);
            body.put("deviceLongitude", lon);
        }
        return body;
    }
}
