package org.samparksetu.intake.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which language to answer a citizen in: {@code hi} or {@code en}. Hindi is the default in Jalore; English is
 * chosen only for text that is clearly English (Latin script, mostly common English words, no Hinglish).
 */
public final class LanguageGuess {
    public static final String HINDI = "hi";
    public static final String ENGLISH = "en";

    private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    /** Romanised Hindi/Rajasthani words that English text would not contain. */
    private static final Set<String> HINGLISH = words(
            "hai hain nahi nahin nhi nai kya kyu kyon kab kaise kahan kripya krpya mera meri mere hamara hamare "
            + "hamari humara hum ham aap apna gaon gav gaav panchayat pani paani bijli sadak nali naali tuta tuti "
            + "toot tooti tut raha rahi rahe rha rhi gaya gayi gya gyi ke ki ka ko se mein aur bhi dino saal mahine "
            + "sahab sahib ji bhai kuch koi bahut bohot jaldi shikayat samasya aata aati aate karo kare karein kiya "
            + "diya kharab ganda gandagi madad sarkar sarkari vidyut nal yojana wala wali wale abhi ye yeh wo woh "
            + "unka uska iska dhanyavad shukriya namaste haan mohalla dhani tehsil patwari sarpanch ");

    /** Very common English words: enough of them make a text clearly English. */
    private static final Set<String> ENGLISH_WORDS = words(
            "the a an is are was were be been not no and or but in on at to of for from with by my our your their "
            + "this that there here it its we i you they he she have has had do does did please since days day week "
            + "weeks month months water electricity power road broken supply village street light lights school "
            + "teacher hospital doctor problem complaint issue help working work not any all hi hello everyone "
            + "thanks thank dear sir madam no yes can will would should need needs there last still again very near "
            + "house home area pipe pipeline leaking leak drain garbage dirty pending fix fixed repair kindly ");

    private LanguageGuess() {
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(java.util.Arrays.asList(spaceSeparated.trim().split("\\s+")));
    }

    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return HINDI;
        }
        if (DEVANAGARI.matcher(text).find()) {
            return HINDI;
        }
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        int english = 0;
        while (m.find()) {
            String w = m.group();
            words++;
            if (HINGLISH.contains(w)) {
                return HINDI;
            }
            if (ENGLISH_WORDS.contains(w)) {
                english++;
            }
        }
        // Two English words at least, and half the words: "hi" alone or a place name is not enough.
        return english >= 2 && english * 2 >= words ? ENGLISH : HINDI;
    }
}
