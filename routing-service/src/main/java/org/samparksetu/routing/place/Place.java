package org.samparksetu.routing.place;

/**
 * Where a complaint is, as far as we can tell.
 *
 * @param kind          TOWN, VILLAGE, GP, TEHSIL or UNKNOWN
 * @param name          English name of the most specific place found, or null
 * @param tehsil        tehsil (English), or null when unknown
 * @param block         panchayat samiti (English), or null
 * @param municipalBody the municipal body when the place is in a town, else null
 * @param ward          ward number in a town when written ("वार्ड 5"), else null
 * @param urban         true in a municipal area (Jalore, Bhinmal, Sanchore, Sayla): drains, sanitation, street
 *                      lights and encroachment are then the municipality's, not the gram panchayat's
 * @param source        TEXT, PIN or NONE
 * @param evidence      the words or the pin that placed it
 */
public record Place(String kind, String name, String tehsil, String block, String municipalBody, String ward,
                    boolean urban, String source, String evidence) {
    public static final Place UNKNOWN = new Place("UNKNOWN", null, null, null, null, null, false, "NONE", null);

    /**
     * The gram panchayat, when the place found is itself a gram panchayat of the gazetteer. A village's gram
     * panchayat is not in our sources (jalore.md lists GPs, not which villages each one covers): null then.
     */
    public String gramPanchayat() {
        return kind.equals("GP") ? name : null;
    }

    /** The village or town as it goes on complaint.routed. */
    public String village() {
        if (name == null || kind.equals("TEHSIL")) {
            return null;
        }
        return ward == null ? name : name + " ward " + ward;
    }
}
