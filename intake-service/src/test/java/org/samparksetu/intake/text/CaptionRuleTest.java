package org.samparksetu.intake.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the words that came with a photo, voice note or document, when the rule reads them, then they either are the
 * complaint (it goes to the department as written) or only a cover note (a person reads the media).
 */
class CaptionRuleTest {

    @ParameterizedTest(name = "\"{0}\" describes the problem")
    @CsvSource(delimiter = '|', textBlock = """
            ye dekhiye gaon me pani nahi aa raha
            nali band hai
            kachra nahi uthaya
            Gaon Sayla me pipeline tooti hai, mobile 9829012345 yeh photo dekhiye
            dekhiye kitna kachra pada hai
            light chali gayi 2 din se
            Ward 5 me 3 din se pani nahi aaya
            Patwari rishwat maang raha hai
            Transformer jal gaya, poora gaon andhere me hai
            school ki chhat girne wali hai, bachche andar baithte hain
            nali ka paani ghar me aa raha
            hand pump kharaab hai 2 mahine se
            pension 6 mahine se band hai koi sunwai nahi
            गांव में 5 दिन से पानी नहीं आ रहा
            सड़क टूटी हुई है, रोज़ दुर्घटना होती है
            ये देखिए, हैंडपंप खराब पड़ा है
            कृपया देखें, नाली का गंदा पानी सड़क पर भर गया है
            राशन डीलर गेहूं नहीं दे रहा
            पटवारी जी रिश्वत मांग रहे हैं
            Street light not working near the temple
            Please see, the drain is overflowing onto the road
            No water supply in our ward since Monday
            Garbage has not been collected for two weeks
            power cut every night, low voltage in the day
            🙏 sir hamare mohalle me safai nahi hoti
            teacher absent rehte hain school me
            """)
    void wordsThatSayWhatIsWrongAreTheComplaint(String words) {
        assertThat(CaptionRule.describesProblem(words)).as(words).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is only a cover note")
    @CsvSource(delimiter = '|', textBlock = """
            ye dekhiye
            yeh photo dekhiye
            dekho
            Dekhiye sir
            please see
            see attached
            Please find attached my application
            sir please see my complaint regarding water supply
            meri shikayat hai kripya dhyan dein
            ye meri arji hai
            aavedan patra sanlagn hai
            शिकायत संलग्न है
            कृपया देखें
            ये देखिए
            सेवा में, श्रीमान जी, मेरी शिकायत देखें
            आवेदन पत्र भेज रहा हूं
            🙏🙏
            👍
            Ramesh Kumar
            Mohan Lal S/o Ram Lal, Gram Sayla, Mob 9876543210
            9876543210
            Mob no 98290 12345
            मोबाइल नं ९८७६५४३२१०
            Jai Hind sir
            namaste ji
            ye dekhiye kya haal hai
            transformer
            pani
            ok
            ?
            """)
    void aCoverNoteANameOrANumberIsNotTheComplaint(String words) {
        assertThat(CaptionRule.describesProblem(words)).as(words).isFalse();
    }

    @org.junit.jupiter.api.Test
    void noWordsAtAllAreNotTheComplaint() {
        assertThat(CaptionRule.describesProblem(null)).isFalse();
        assertThat(CaptionRule.describesProblem("   ")).isFalse();
    }
}
