package org.samparksetu.verification.fieldcheck;

/**
 * Whether a field verifier's evidence was taken where the complaint is. The citizen's own pin is the best point and
 * is held tight; without one, routing's place (a village's centroid from the gazetteer, a town's centre) stands in,
 * with a radius as wide as such a place is: a village's houses and dhanis lie a few kilometres around its centroid,
 * a town spreads further. Evidence without a location, or a complaint with no point at all, proves nothing: it is
 * flagged for the grievance cell's review, never accepted on the verifier's word alone.
 * <ul>
 *   <li>a pin, when the citizen sent one, whatever routing found: within {@code pin} metres;</li>
 *   <li>else a village's centroid: within {@code village} metres; a census town's: {@code censusTown}; a municipal
 *       town's centre ({@code ulb}): {@code town};</li>
 *   <li>a place point whose kind routing did not name is held to the village radius, the tighter one: a flag the
 *       grievance cell clears costs less than a check accepted from the next town.</li>
 * </ul>
 */
public final class PlaceRadiusRule {
    public static final String NO_LOCATION = "NO_LOCATION";
    public static final String NO_COMPLAINT_PLACE = "NO_COMPLAINT_PLACE";
    public static final String TOO_FAR = "TOO_FAR";

    /** What the evidence was compared with. */
    public enum Basis { PIN, VILLAGE, CENSUS_TOWN, TOWN, PLACE_OF_UNKNOWN_KIND, NONE }

    /** The radius, in metres, for each kind of point. */
    public record Radii(double pin, double village, double censusTown, double town) {
    }

    /** A WGS84 point. */
    public record Point(double latitude, double longitude) {
        /** Null unless both coordinates are known. */
        public static Point of(Double latitude, Double longitude) {
            return latitude == null || longitude == null ? null : new Point(latitude, longitude);
        }
    }

    /**
     * @param distanceMetres how far the evidence was from the point compared with; null when nothing was compared
     * @param flagReason     null when the evidence is near enough, else why not (starts with one of the constants)
     */
    public record Result(Basis basis, Double distanceMetres, Double radiusMetres, String flagReason) {
        public boolean within() {
            return flagReason == null;
        }
    }

    private PlaceRadiusRule() {
    }

    /**
     * @param evidence  where the photo (or, without a GPS tag, the phone) says the verifier was; null when unknown
     * @param pin       the citizen's location pin; null when they sent none
     * @param place     routing's point for the village or town; null when routing found none
     * @param placeKind {@code village}, {@code census_town}, {@code ulb}, or null
     */
    public static Result judge(Point evidence, Point pin, Point place, String placeKind, Radii radii) {
        Basis basis = pin != null ? Basis.PIN : place == null ? Basis.NONE : basisOf(placeKind);
        if (evidence == null) {
            return new Result(basis, null, null, NO_LOCATION + ": neither the photo nor the phone gave a location");
        }
        if (basis == Basis.NONE) {
            return new Result(basis, null, null,
                    NO_COMPLAINT_PLACE + ": the complaint has no pin and routing found no village or town with a point");
        }
        Point target = pin != null ? pin : place;
        double radius = switch (basis) {
            case PIN -> radii.pin();
            case CENSUS_TOWN -> radii.censusTown();
            case TOWN -> radii.town();
            case VILLAGE, PLACE_OF_UNKNOWN_KIND, NONE -> radii.village();
        };
        double distance = Geo.haversineMetres(evidence.latitude(), evidence.longitude(), target.latitude(),
                target.longitude());
        String flag = distance > radius
                ? String.format(java.util.Locale.ROOT, "%s: %.0f m from %s (at most %.0f m)", TOO_FAR, distance,
                describe(basis), radius)
                : null;
        return new Result(basis, distance, radius, flag);
    }

    private static Basis basisOf(String placeKind) {
        if (placeKind == null) {
            return Basis.PLACE_OF_UNKNOWN_KIND;
        }
        return switch (placeKind) {
            case "village" -> Basis.VILLAGE;
            case "census_town" -> Basis.CENSUS_TOWN;
            case "ulb" -> Basis.TOWN;
            default -> Basis.PLACE_OF_UNKNOWN_KIND;
        };
    }

    private static String describe(Basis basis) {
        return switch (basis) {
            case PIN -> "the citizen's pin";
            case VILLAGE -> "the village's centre";
            case CENSUS_TOWN -> "the census town's centre";
            case TOWN -> "the town's centre";
            case PLACE_OF_UNKNOWN_KIND, NONE -> "the complaint's place";
        };
    }
}
