package org.samparksetu.routing.place;

import org.samparksetu.contract.events.GeoPoint;

import java.util.List;

/**
 * Where a complaint is, as far as we can tell.
 *
 * @param kind          TOWN, CENSUS_TOWN, VILLAGE, GP, TEHSIL, AMBIGUOUS (a village name several villages share,
 *                      with nothing in the complaint to tell which) or UNKNOWN
 * @param name          English (LGD) name of the most specific place found, or null
 * @param tehsil        tehsil (English), or null when unknown; for an ambiguous name, the tehsil all its villages
 *                      share, if they do
 * @param block         panchayat samiti (English), or null
 * @param gramPanchayat the village's gram panchayat (LGD), or the gram panchayat named; null in towns and when unknown
 * @param municipalBody the municipal body when the place is in a town, else null
 * @param ward          ward number in a town when written ("वार्ड 5"), else null
 * @param urban         true in a municipal area (Jalore, Bhinmal, Sanchore, Sayla): drains, sanitation, street
 *                      lights and encroachment are then the municipality's, not the gram panchayat's
 * @param point         the place's own point (a village's LGD polygon centroid, a town's centre); null when not
 *                      known or when the source's point is suspect
 * @param placeKind     {@code village}, {@code census_town} or {@code ulb}; null for a tehsil, a GP or no place
 * @param candidates    for AMBIGUOUS: the villages the name may mean ("Rampura (Chitalwana, GP Itada)"); else empty
 * @param source        TEXT, PIN, TEXT+PIN or NONE
 * @param evidence      the words or the pin that placed it
 */
public record Place(String kind, String name, String tehsil, String block, String gramPanchayat,
                    String municipalBody, String ward, boolean urban, GeoPoint point, String placeKind,
                    List<String> candidates, String source, String evidence) {
    public static final Place UNKNOWN = new Place("UNKNOWN", null, null, null, null, null, null, false, null, null,
            List.of(), "NONE", null);

    public Place {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public boolean isAmbiguous() {
        return kind.equals("AMBIGUOUS");
    }

    /** The village or town as it goes on complaint.routed. */
    public String village() {
        if (name == null || kind.equals("TEHSIL") || kind.equals("GP") || kind.equals("AMBIGUOUS")) {
            return null;
        }
        return ward == null ? name : name + " ward " + ward;
    }
}
