package org.samparksetu.routing.place;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.routing.text.TextAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {
    private static final Gazetteer gazetteer = new Gazetteer(new TextAnalyzer());

    @Test
    void villagesAreFoundInAnySpelling() {
        Place siyana = gazetteer.locate("गांव सियाणा में पानी नहीं", null);
        assertThat(siyana.village()).isEqualTo("Siyana");
        assertThat(siyana.tehsil()).isEqualTo("Jalore"); // LGD: Jalor tehsil, GP Siyana, samiti Jalore
        assertThat(siyana.gramPanchayat()).isEqualTo("Siyana");
        Place p = gazetteer.locate("jakhal gaon me bijli nahi", null);
        assertThat(p.village()).isEqualTo("Jakhal");
        assertThat(p.tehsil()).isEqualTo("Sanchore");
        assertThat(p.block()).isEqualTo("Sanchore");
        assertThat(p.gramPanchayat()).isEqualTo("Jakhal");
        assertThat(p.urban()).isFalse();
        assertThat(p.placeKind()).isEqualTo("village");
        assertThat(p.point()).isNotNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the citizen writes                     | village (LGD) | tehsil      | gram panchayat
            गांव मोदरान में पानी नहीं आ रहा             | Modra         | Jaswantpura | Modra
            village Modran has no water             | Modra         | Jaswantpura | Modra
            modran gaon me bijli nahi               | Modra         | Jaswantpura | Modra
            बागरा में नाली जाम है                     | Bagra         | Jalore      | Bagra
            Bagra me nali jam hai                   | Bagra         | Jalore      | Bagra
            गांव वीराणा में हैंडपंप खराब               | Virana        | Sayla       | Virana
            raniwada tehsil ke gaon kotra me light nahi | Kotra     | Raniwara    | Kotra
            rampura gaon gram panchayat itada, handpump kharab | Rampura | Chitalwana | Itada
            Dhanta gaon me kachra                   | Dhanta        | Sanchore    | Dhanta
            gaon bhadrajoon me sadak tooti          | Bhadrajoon    | Bhadrajun   | Bhadrajun
            """)
    void aVillageIsFoundWhateverTheScript(String text, String village, String tehsil, String gp) {
        Place p = gazetteer.locate(text, null);
        assertThat(p.village()).isEqualTo(village);
        assertThat(p.tehsil()).isEqualTo(tehsil);
        assertThat(p.gramPanchayat()).isEqualTo(gp);
        assertThat(p.urban()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the citizen writes                      | candidates | tehsil all share
            गांव रामपुरा में हैंडपंप खराब                  | 4          |
            rampura gaon, chitalwana tehsil            | 2          | Chitalwana
            village Kotra: no electricity              | 3          |
            धानता गांव में कचरे के ढेर                    | 2          | Sanchore
            गांव रानीवाड़ा में पानी नहीं                   | 2          |
            """)
    void aNameSeveralVillagesShareIsNotGuessed(String text, int candidates, String tehsil) {
        Place p = gazetteer.locate(text, null);
        assertThat(p.kind()).isEqualTo("AMBIGUOUS");
        assertThat(p.village()).isNull();
        assertThat(p.candidates()).hasSize(candidates);
        assertThat(p.tehsil()).isEqualTo(tehsil);
        assertThat(p.point()).isNull();
    }

    @Test
    void theCitizensPinPicksOneOfTheVillagesOfAnAmbiguousName() {
        // a pin 550 m north of the centroid of Rampura (Raniwara, GP Rampura)
        Place raniwaraRampura = gazetteer.entries().stream()
                .filter(e -> e.nameEn().equals("Rampura") && "Raniwara".equals(e.tehsil()) && "Rampura".equals(e.gramPanchayat()))
                .findFirst().map(e -> gazetteer.locate("गांव रामपुरा में हैंडपंप खराब", new GeoPoint(e.lat() + 0.005, e.lon(), null, null)))
                .orElseThrow();
        assertThat(raniwaraRampura.village()).isEqualTo("Rampura");
        assertThat(raniwaraRampura.tehsil()).isEqualTo("Raniwara");
        assertThat(raniwaraRampura.gramPanchayat()).isEqualTo("Rampura");
        assertThat(raniwaraRampura.source()).isEqualTo("TEXT+PIN");
        // a pin far from every Rampura leaves the name ambiguous
        assertThat(gazetteer.locate("गांव रामपुरा में हैंडपंप खराब", new GeoPoint(25.346, 72.62, null, null)).kind())
                .isEqualTo("AMBIGUOUS");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # everyday words that are also LGD village names (Leta, Khara, Basan, Pur, Roda, Padar)
            गांव में लाइट नहीं है
            gaon me khara pani aata hai
            रोडवेज बस हमारे गांव के स्टैंड पर नहीं रुकती
            ट्रांसफार्मर जल गया, पूरा गांव अंधेरे में है
            The road from our village to the highway is full of potholes
            gaon me kachra pada hai, sarpanch nahi sunta
            """)
    void everydayWordsAreNotVillages(String text) {
        Place p = gazetteer.locate(text, null);
        assertThat(p.kind()).isEqualTo("UNKNOWN");
    }

    @Test
    void anEverydayWordNamesAVillageRightNextToGaon() {
        Place kod = gazetteer.locate("कोड गांव के हैंडपम्प का हत्था टूटा है", null);
        assertThat(kod.village()).isEqualTo("Kod");
        assertThat(kod.tehsil()).isEqualTo("Sanchore");
    }

    @Test
    void aGramPanchayatNamedAsSuchIsTheGramPanchayat() {
        Place p = gazetteer.locate("ग्राम पंचायत करोला में हैंडपंप खराब है", null);
        assertThat(p.kind()).isEqualTo("GP");
        assertThat(p.gramPanchayat()).isEqualTo("Karola");
        assertThat(p.tehsil()).isEqualTo("Sanchore");
        assertThat(p.village()).isNull(); // which of its villages, the words do not say
    }

    @Test
    void aTehsilsNameAloneIsTheTehsil() {
        Place p = gazetteer.locate("raniwara me bijli nahi", null);
        assertThat(p.kind()).isEqualTo("TEHSIL");
        assertThat(p.tehsil()).isEqualTo("Raniwara");
        assertThat(gazetteer.locate("बागोड़ा में बिजली नहीं", null).tehsil()).isEqualTo("Bagoda");
    }

    @Test
    void townsAreUrbanWithTheirWardAndLgdPoint() {
        Place p = gazetteer.locate("भीनमाल वार्ड नं 5 में नाली जाम", null);
        assertThat(p.urban()).isTrue();
        assertThat(p.municipalBody()).isEqualTo("Nagar Palika Bhinmal");
        assertThat(p.ward()).isEqualTo("5");
        assertThat(p.village()).isEqualTo("Bhinmal ward 5");
        assertThat(p.placeKind()).isEqualTo("ulb");
        assertThat(p.point()).isEqualTo(new GeoPoint(25.013263, 72.267255, null, null));
        assertThat(p.gramPanchayat()).isNull();
    }

    @Test
    void aTownNameUsedForTheDistrictOrTehsilIsNotTheTown() {
        assertThat(gazetteer.locate("जालोर जिले में बिजली नहीं", null).urban()).isFalse();
        Place p = gazetteer.locate("sayla tehsil ke gaon me nali jam", null);
        assertThat(p.urban()).isFalse();
        assertThat(p.tehsil()).isEqualTo("Sayla");
        assertThat(gazetteer.locate("जालोर जिले के गांव बागरा में स्ट्रीट लाइट खराब है", null).village()).isEqualTo("Bagra");
    }

    @Test
    void aPinFindsTheNearestKnownPlace() {
        Place town = gazetteer.locate("नाली जाम है", new GeoPoint(25.346, 72.62, null, null));
        assertThat(town.kind()).isEqualTo("TOWN");
        assertThat(town.name()).isEqualTo("Jalore");
        assertThat(town.source()).isEqualTo("PIN");
        Place rural = gazetteer.locate("नाली जाम है", new GeoPoint(24.70, 71.62, null, null));
        assertThat(rural.urban()).isFalse();
        // 1.7 km from Achalpur's LGD centroid (the old hand-made tehsil HQ points put this pin in Chitalwana)
        assertThat(rural.village()).isEqualTo("Achalpur");
        assertThat(rural.tehsil()).isEqualTo("Sanchore");
        assertThat(gazetteer.locate("नाली जाम है", new GeoPoint(26.9, 75.8, null, null)).kind()).isEqualTo("UNKNOWN");
    }

    @Test
    void aPinAtAVillageCentroidIsThatVillage() {
        // Modra's LGD centroid
        Place p = gazetteer.locate("हैंडपंप खराब है", new GeoPoint(25.1575, 72.4265, null, null));
        assertThat(p.village()).isEqualTo("Modra");
        assertThat(p.source()).isEqualTo("PIN");
        assertThat(p.point()).isEqualTo(new GeoPoint(25.156915, 72.426017, null, null));
    }
}
