package org.samparksetu.routing.place;

import org.junit.jupiter.api.Test;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.routing.text.TextAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {
    private final Gazetteer gazetteer = new Gazetteer(new TextAnalyzer());

    @Test
    void villagesAreFoundInAnySpelling() {
        assertThat(gazetteer.locate("गांव सियाणा में पानी नहीं", null).village()).isEqualTo("Siyana");
        Place p = gazetteer.locate("jakhal gaon me bijli nahi", null);
        assertThat(p.village()).isEqualTo("Jakhal");
        assertThat(p.tehsil()).isEqualTo("Sanchore");
        assertThat(p.block()).isEqualTo("Sanchore");
        assertThat(p.urban()).isFalse();
    }

    @Test
    void townsAreUrbanWithTheirWard() {
        Place p = gazetteer.locate("भीनमाल वार्ड नं 5 में नाली जाम", null);
        assertThat(p.urban()).isTrue();
        assertThat(p.municipalBody()).isEqualTo("Nagar Palika Bhinmal");
        assertThat(p.ward()).isEqualTo("5");
        assertThat(p.village()).isEqualTo("Bhinmal ward 5");
    }

    @Test
    void aTownNameUsedForTheDistrictOrTehsilIsNotTheTown() {
        assertThat(gazetteer.locate("जालोर जिले में बिजली नहीं", null).urban()).isFalse();
        Place p = gazetteer.locate("sayla tehsil ke gaon me nali jam", null);
        assertThat(p.urban()).isFalse();
        assertThat(p.tehsil()).isEqualTo("Sayla");
    }

    @Test
    void aPinFindsTheNearestKnownPlace() {
        Place town = gazetteer.locate("नाली जाम है", new GeoPoint(25.346, 72.62, null, null));
        assertThat(town.kind()).isEqualTo("TOWN");
        assertThat(town.name()).isEqualTo("Jalore");
        assertThat(town.source()).isEqualTo("PIN");
        Place rural = gazetteer.locate("नाली जाम है", new GeoPoint(24.70, 71.62, null, null));
        assertThat(rural.urban()).isFalse();
        assertThat(rural.tehsil()).isEqualTo("Chitalwana");
        assertThat(gazetteer.locate("नाली जाम है", new GeoPoint(26.9, 75.8, null, null)).kind()).isEqualTo("UNKNOWN");
    }
}
