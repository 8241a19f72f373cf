package org.samparksetu.intake.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentScreenTest {

    @ParameterizedTest
    @ValueSource(strings = {"   ", "...", "🙏🙏🙏", "?!"})
    void nothingButSymbolsIsEmpty(String text) {
        assertThat(ContentScreen.reasonToHold(text)).contains(ContentScreen.EMPTY);
    }

    @Test
    void nullIsEmpty() {
        assertThat(ContentScreen.reasonToHold(null)).contains(ContentScreen.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdfgh", "qwerty qwerty", "aaaaaaaaaa", "xkcdv bnmtr", "hjkl sdfg"})
    void keyboardMashingIsGibberish(String text) {
        assertThat(ContentScreen.reasonToHold(text)).contains(ContentScreen.GIBBERISH);
    }

    /** What thumbs produce on a Hindi phone keyboard (InScript / transliteration keyboards), and mixed mashing. */
    @ParameterizedTest
    @ValueSource(strings = {"ककककककक", "कजकजकजकजकज", "ािीुूे", "कखगघचछज", "अआइईउ", "कािी ुूा", "जजज ििि ाा",
            "कasdf खsdfg", "asdfgh कखगघचछ", "हाहाहाहाहा", "ौैेू कखगघङचछ"})
    void devanagariAndMixedMashingIsGibberish(String text) {
        assertThat(ContentScreen.reasonToHold(text)).as(text).contains(ContentScreen.GIBBERISH);
    }

    /** Short real Hindi (and Hindi with a Hinglish word or a number) is never held as gibberish. */
    @ParameterizedTest
    @ValueSource(strings = {"नल खराब", "बिजली नहीं", "सड़क टूटी", "पानी नहीं आ रहा", "घर में पानी नहीं", "नल", "आइए",
            "राशन नहीं मिला 3 महीने से", "ट्रांसफार्मर जल गया", "गाँव सायला में नाली बंद है", "अस्पताल में डॉक्टर नहीं",
            "मोबाइल नं 9829012345", "बिजली नहीं hai", "हैंडपंप खराब है", "पेंशन नहीं मिली", "अोला गिरा फसल खराब",
            "श्रीमान जिला कलेक्टर महोदय", "कृपया सहायता करें"})
    void shortRealHindiComplaintsPass(String text) {
        assertThat(ContentScreen.reasonToHold(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sarpanch chutiya hai", "you bastard officer", "पटवारी हरामी है"})
    void abuseIsHeld(String text) {
        assertThat(ContentScreen.reasonToHold(text)).contains(ContentScreen.ABUSIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pani nahi aa raha 5 din se", "गाँव में बिजली नहीं है", "street light broken near school",
            "metrics", "hi everyone!", "nal kharab hai", "transformer jal gaya"})
    void realComplaintsPass(String text) {
        assertThat(ContentScreen.reasonToHold(text)).as(text).isEmpty();
    }

    @Test
    void nearlyTheSameTextIsADuplicate() {
        assertThat(NearDuplicate.nearlySame("gaon me pani nahi aa raha", "Gaon me pani nahi aa raha!!", 0.8)).isTrue();
        assertThat(NearDuplicate.nearlySame("gaon me 5 din se pani nahi aa raha hai", "gaon me 6 din se pani nahi aa raha hai", 0.8)).isTrue();
        assertThat(NearDuplicate.nearlySame("gaon me pani nahi aa raha", "school me teacher nahi aate", 0.8)).isFalse();
    }
}
