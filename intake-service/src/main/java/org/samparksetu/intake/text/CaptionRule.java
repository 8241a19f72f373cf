package org.samparksetu.intake.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the words of a complaint that came with a photo, voice note or document (its captions and any typed
 * text) are the complaint, or only a cover note for it: "ye dekhiye", "please see attached", "शिकायत संलग्न है",
 * a greeting, an emoji, a name, a mobile number. A cover note means the complaint is in the media (a photographed
 * hand-written application, a voice note) and a person must read or hear it.
 * <p>
 * Words describe a problem when, once the cover words, numbers and symbols are set aside, there are at least two
 * words left and one of them says something is wrong ("nahi", "kharab", "टूटा", "not working", "rishwat"), or at
 * least four with one naming a public service ("pani", "बिजली", "road", "pension"), or the text is long enough
 * ({@value #LONG} words) to be a description in any words. Deliberately cautious the other way: a cover note taken
 * for a complaint would go to the department as "ye dekhiye" while nobody reads the letter; a description taken for a
 * cover note only waits for an operator, who reads it with the photo.
 */
public final class CaptionRule {
    static final int LONG = 12;

    private static final Pattern TOKEN = Pattern.compile("[^\\p{L}\\p{M}]+");
    private static final Pattern LATIN = Pattern.compile("[a-z]+");

    /** Pointing at the attachment, greeting, addressing, asking to look: says nothing about what is wrong. */
    private static final Set<String> COVER = words("""
            ye yeh yah ya yahan yha is isko ise iss isme ismein dekhiye dekhie dekho dekhe dekhen dekhein dekh
            dekha lijiye lijie please pls plz plzz kindly see seen attached attachment attach find found herewith photo
            photos pic pics picture pictures image images video voice audio note recording document pdf file scan copy
            letter application aavedan avedan aawedan patra prarthna prarthana complaint complain shikayat shikayath
            sikayat sir sirji ji madam mam maam sahab saheb sahib huzoor hello hi namaste namaskar pranam ram jai hind
            bharat mata mera meri mere hamari hamara hamare humari my our this that the a an is are here it its of for
            regarding about subject vishay hai hain he h hu hoon hun kar kare karo karein kijiye kijie dhyan de dein do
            check look bhej bheja bheji bhejna bhejta raha rahi rahe sent send sending kripya krupya krpya below above
            seva sewa mein me main thanks thank you dhanyavad dhanyawad shukriya ok okay ji haan han yes sabhi ko
            attention request sevamein shriman mahoday name naam mobile mob number phone contact village gaon gram
            gav gaav tehsil jila district s o w d son wife daughter of ka ki ke ko se sanlagn sanlagna enclosed arji arzi
            ये यह यहाँ यहां इसे इसको इसमें देखिए देखिये देखें देखो देख देखा लीजिए लीजिये कृपया शिकायत संलग्न है हैं
            पत्र आवेदन प्रार्थना मेरी मेरा मेरे हमारी हमारा श्रीमान महोदय जी सर नमस्ते नमस्कार प्रणाम राम जय हिंद ध्यान
            दें दीजिए दीजिये करें कीजिए कीजिये फोटो वीडियो भेजा भेजी भेज रहा रही हूं हूँ सेवा में विषय साहब धन्यवाद
            का की के को नाम मोबाइल मो नंबर नं फोन गांव गाँव ग्राम तहसील जिला पुत्र पत्नी पुत्री अर्जी से
            """);

    /** Says that something is wrong: negations, broken, dirty, missing, misconduct, "problem" itself. */
    private static final Set<String> WRONG = words("""
            nahi nahin nhi nahee nai na galat band bandh kharab kharaab khrab kharb toota tooti toote tuta tuti tute phoot
            phoota phooti futa futi leak leakage leaking bhar bhara bhari bhare ganda gandi gande gandagi gandgi kachra
            kachara kichad kichar gaddha gaddhe gadda gadde jal jala jali gaya gayi problem problems samasya pareshani
            pareshan dikkat takleef taklif chori rishwat ghoos ghus paise maang mang dhamki kabza kabja atikraman marpit
            jhagda bimari machhar awara gayab lapata sunwai beemar bimar dirty broken damaged leaking
            overflowing overflow blocked choked missing stopped not no never without dead fallen collapsed pending delay
            delayed issue issues bribe theft threat encroachment harassment absent short shortage low outage cut
            नहीं नही नहि ना बंद खराब ख़राब टूटा टूटी टूटे टूट फूटा फूटी लीक गंदगी गंदा गंदी कचरा कीचड़ कीचड गड्ढा गड्ढे
            जल जला गया गई समस्या परेशानी दिक्कत तकलीफ चोरी रिश्वत पैसे धमकी कब्जा कब्ज़ा अतिक्रमण मारपीट झगड़ा बीमारी
            मच्छर आवारा गायब सुनवाई भरा भरी
            """);

    /** Names a public service or place of work the district answers for. */
    private static final Set<String> SERVICE = words("""
            pani paani bijli light lights sadak sadk road roads rasta raasta nali naali nala gutter sewer sewerage drain
            drainage handpump pump nal tanki tank transformer khamba pole wire tar ration pension school hospital
            aspatal aspataal doctor teacher master aanganwadi anganwadi awas makan shauchalay toilet patwari sarpanch
            sachiv police thana bus kheti fasal beej khad meter bill nrega mnrega narega mazdoori majdoori salary
            scholarship chhatravritti water electricity power street supply garbage pothole medicine dawai dawa pipeline
            pipe
            पानी बिजली लाइट सड़क सडक रास्ता नाली नाला गटर सीवर हैंडपंप नल टंकी ट्रांसफार्मर खंभा तार राशन पेंशन स्कूल
            विद्यालय अस्पताल डॉक्टर शिक्षक आंगनवाड़ी आवास मकान शौचालय पटवारी सरपंच सचिव पुलिस थाना बस खेती फसल बीज
            खाद मीटर बिल नरेगा मनरेगा मजदूरी छात्रवृत्ति दवाई पाइपलाइन
            """);

    /** Stems for the spellings a list cannot hold ("toottee", "kharaab", "टूटने"); only long enough to be safe. */
    private static final List<String> WRONG_STEMS = List.of("toot", "kharab", "kharaab", "gandag", "kachr", "kichad",
            "gaddh", "rishwat", "samasy", "pareshan", "atikram", "टूट", "खराब", "ख़राब", "गंदग", "कचर", "समस्य",
            "परेशान", "रिश्वत", "अतिक्रम");

    private CaptionRule() {
    }

    /** True when the words say what is wrong; false for a cover note, a name, a number, an emoji or nothing. */
    public static boolean describesProblem(String words) {
        List<String> content = contentWords(words);
        if (content.size() >= LONG) {
            return true;
        }
        if (content.size() >= 2 && content.stream().anyMatch(CaptionRule::saysWrong)) {
            return true;
        }
        return content.size() >= 4 && content.stream().anyMatch(SERVICE::contains);
    }

    /** The words that are neither cover words nor numbers nor symbols, lower case. */
    static List<String> contentWords(String words) {
        List<String> content = new ArrayList<>();
        if (words == null) {
            return content;
        }
        String normal = Normalizer.normalize(words, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String w : TOKEN.split(normal)) {
            if (w.isEmpty() || COVER.contains(w) || (LATIN.matcher(w).matches() && w.length() < 2)) {
                continue;
            }
            content.add(w);
        }
        return content;
    }

    private static boolean saysWrong(String w) {
        return WRONG.contains(w) || WRONG_STEMS.stream().anyMatch(w::startsWith);
    }

    private static Set<String> words(String text) {
        return Set.copyOf(Arrays.stream(Normalizer.normalize(text, Normalizer.Form.NFC).trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).distinct().toList());
    }
}
