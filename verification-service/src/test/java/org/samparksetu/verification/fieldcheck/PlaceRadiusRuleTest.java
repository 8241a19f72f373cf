package org.samparksetu.verification.fieldcheck;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.verification.fieldcheck.PlaceRadiusRule.Basis;
import org.samparksetu.verification.fieldcheck.PlaceRadiusRule.Point;
import org.samparksetu.verification.fieldcheck.PlaceRadiusRule.Radii;
import org.samparksetu.verification.fieldcheck.PlaceRadiusRule.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given where the verifier's evidence was taken, the citizen's pin (if any) and routing's place (if any), is the
 * evidence near enough? A hundredth of a degree of latitude is about 1.1 km in Jalore.
 */
class PlaceRadiusRuleTest {
    /** The service's defaults: pin 500 m, village 3 km, census town 4 km, municipal town 6 km. */
    static final Radii RADII = new Radii(500, 3000, 4000, 6000);

    @ParameterizedTest(name = "evidence {0},{1}; pin {2},{3}; place {4},{5} ({6}): compared with {7}, flag {8}")
    @CsvSource(nullValues = "-", value = {
            // the citizen pinned the hand-pump near Sayla bus stand; the verifier's photo is 100 m away
            "25.3466, 72.6174, 25.3457, 72.6174, 25.3500, 72.6200, village,     PIN,                   -",
            // a pin is held tight: 1.1 km from it is too far, even though the village's centroid is close by
            "25.3557, 72.6174, 25.3457, 72.6174, 25.3557, 72.6174, village,     PIN,                   TOO_FAR",
            // a typed complaint "Posana gaon ka handpump kharab" with no pin: a dhani 2.2 km from Posana's centroid
            "25.3657, 72.6174, -,       -,       25.3457, 72.6174, village,     VILLAGE,               -",
            // 4.4 km from the village centroid: the next village, not this one
            "25.3857, 72.6174, -,       -,       25.3457, 72.6174, village,     VILLAGE,               TOO_FAR",
            // Ahore census town: 3.3 km from its centre is still the town
            "25.4177, 72.7952, -,       -,       25.3844, 72.7952, census_town, CENSUS_TOWN,           -",
            // Jalore municipal town: a ward 5.5 km from the centre is within it, 7.8 km is outside
            "25.3979, 72.6160, -,       -,       25.3479, 72.6160, ulb,         TOWN,                  -",
            "25.4179, 72.6160, -,       -,       25.3479, 72.6160, ulb,         TOWN,                  TOO_FAR",
            // a point whose kind routing did not say is held to the village radius: 3.3 km is too far
            "25.3787, 72.6174, -,       -,       25.3457, 72.6174, -,           PLACE_OF_UNKNOWN_KIND, TOO_FAR",
            // no pin and no village or town with a point: nothing to compare with, never accepted on trust
            "25.3457, 72.6174, -,       -,       -,       -,       -,           NONE,                  NO_COMPLAINT_PLACE",
            "25.3457, 72.6174, -,       -,       -,       -,       village,     NONE,                  NO_COMPLAINT_PLACE",
            // the photo had no GPS tag and the phone gave no location
            "-,       -,       25.3457, 72.6174, -,       -,       -,           PIN,                   NO_LOCATION",
            "-,       -,       -,       -,       25.3457, 72.6174, village,     VILLAGE,               NO_LOCATION",
    })
    void judge(Double evLat, Double evLon, Double pinLat, Double pinLon, Double placeLat, Double placeLon, String kind,
               Basis basis, String flag) {
        Result r = PlaceRadiusRule.judge(Point.of(evLat, evLon), Point.of(pinLat, pinLon), Point.of(placeLat, placeLon),
                kind, RADII);
        assertThat(r.basis()).isEqualTo(basis);
        if (flag == null) {
            assertThat(r.within()).isTrue();
            assertThat(r.distanceMetres()).isLessThanOrEqualTo(r.radiusMetres());
        } else {
            assertThat(r.within()).isFalse();
            assertThat(r.flagReason()).startsWith(flag + ":");
        }
        if (PlaceRadiusRule.TOO_FAR.equals(flag)) {
            assertThat(r.distanceMetres()).isGreaterThan(r.radiusMetres());
            assertThat(r.flagReason()).contains("at most " + Math.round(r.radiusMetres()) + " m");
        }
    }
}
