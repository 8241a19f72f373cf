package org.samparksetu.intake.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Messages that must not reach a department: empty (nothing but spaces, punctuation or emoji), gibberish
 * (keyboard mashing in Latin or Devanagari, one letter or syllable repeated, consonant strings, scripts mixed
 * inside a word) and abusive (a short list of Hindi, Hinglish and
 * English abuse). Deliberately conservative: a false positive only delays a complaint until an operator
 * releases it, but it should be rare.
 */
public final class ContentScreen {
    public static final String EMPTY = "EMPTY";
    public static final String GIBBERISH = "GIBBERISH";
    public static final String ABUSIVE = "ABUSIVE";

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}\\u0900-\\u0963]");
    private static final Pattern LETTER = Pattern.compile("[\\p{L}\\u0900-\\u0963]"); // Devanagari signs count: "ािी" is mashing, not nothing
    private static final Pattern LATIN = Pattern.compile("[a-z]");
    private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u0963]");
    private static final Pattern SYLLABLE_LOOP = Pattern.compile("(.{2,3})\\1{3,}");
    private static final int NUKTA = 0x093C;
    private static final int LETTER_A = 0x0905;
    private static final Pattern REPEATED = Pattern.compile("(.)\\1{5,}");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}*]+");
    private static final Set<String> KEYBOARD_RUNS = Set.of("qwert", "werty", "asdf", "sdfg", "dfgh", "fghj",
            "ghjk", "hjkl", "zxcv", "xcvb", "cvbn", "vbnm", "yuio", "uiop", "poiu", "lkjh", "mnbv");
    private static final Set<String> ABUSE = Set.of(
            // English
            "fuck", "fucking", "fucker", "motherfucker", "bastard", "bitch", "asshole", "shit", "idiot", "moron",
            // Hinglish
            "chutiya", "chutiye", "chootiya", "madarchod", "behenchod", "bhenchod", "bc", "mc", "gandu", "harami",
            "haramkhor", "kamina", "kamine", "saala", "saale", "kutta", "kutte", "kutiya", "randi", "bhosdike",
            "bhosdi", "lavde", "lode", "lund", "tatti",
            // Hindi (Devanagari)
            "चूतिया", "चुतिया", "मादरचोद", "बहनचोद", "भेनचोद", "गांडू", "हरामी", "हरामखोर", "कमीना", "कमीने",
            "साला", "साले", "कुत्ता", "कुत्ते", "कुतिया", "रंडी", "भोसडीके", "लौड़े");

    private ContentScreen() {
    }

    /** Why the text must be held back, or empty when it may go on. A null/blank text is EMPTY. */
    public static Optional<String> reasonToHold(String text) {
        if (text == null || !LETTER_OR_DIGIT.matcher(text).find()) {
            return Optional.of(EMPTY);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : WORD_SPLIT.split(lower)) {
            if (ABUSE.contains(w)) {
                return Optional.of(ABUSIVE);
            }
        }
        return isGibberish(lower) ? Optional.of(GIBBERISH) : Optional.empty();
    }

    static boolean isGibberish(String lower) {
        String compact = lower.replaceAll("\\s+", "");
        if (REPEATED.matcher(compact).find() && compact.chars().distinct().count() <= 3) {
            return true; // "aaaaaaa", "?????????", "hhhhhhhh", "ककककककक"
        }
        if (SYLLABLE_LOOP.matcher(compact).find() && compact.codePoints().distinct().count() <= 4) {
            return true; // "asasasasas", "कजकजकजकज": one short unit over and over, nothing else
        }
        int words = 0;
        int junk = 0;
        for (String w : WORD_SPLIT.split(lower)) {
            if (w.isEmpty() || !LETTER.matcher(w).find()) {
                continue; // numbers ("5", "2026") and symbols say nothing either way
            }
            words++;
            if (isJunkWord(w)) {
                junk++;
            }
        }
        // Held when at least half the words are junk: one odd word in a real complaint ("nal kharab hai xkcd") passes.
        return junk > 0 && junk * 2 >= words;
    }

    /** One word that no person writing Hindi, Hinglish or English would type on purpose. */
    static boolean isJunkWord(String w) {
        boolean devanagari = DEVANAGARI.matcher(w).find();
        boolean latin = LATIN.matcher(w).find();
        if (devanagari && latin) {
            return true; // "कasdf": letters of two scripts inside one word come from thumbs sliding over keyboards
        }
        if (devanagari) {
            return isDevanagariJunk(w);
        }
        if (!latin) {
            return false; // another script: no rule here
        }
        boolean keyboard = KEYBOARD_RUNS.stream().anyMatch(w::contains);
        boolean noVowel = w.length() >= 5 && w.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
        return keyboard || noVowel;
    }

    /**
     * Devanagari junk, without a dictionary, from the writing system's own rules. A real word (even a short one:
     * "नल", "खराब", "बिजली", "नहीं") is consonants carrying vowel signs, with independent vowels mostly at the start.
     * Mashing a Hindi phone keyboard gives (a) vowel signs with no consonant to sit on ("ािीु", "कािी"), (b) runs of
     * six or more bare consonants with no vowel sign or virama ("कखगघचछ"), or (c) four or more independent vowels
     * in one word ("अआइईउ"). Short words are never judged: "नल", "घर", "जल" are bare consonants too.
     */
    static boolean isDevanagariJunk(String w) {
        int bareRun = 0;
        int independentVowels = 0;
        int previous = -1;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            i += Character.charCount(c);
            if (isVowelSign(c) && (previous == -1 || isVowelSign(previous)
                    || (isIndependentVowel(previous) && previous != LETTER_A))) {
                // a matra at the start of a word, after another matra, or on a vowel ("अ" + matra, as in "अोर",
                // is an old typing habit for "ओ" and is let through)
                return true;
            }
            if (isConsonant(c)) {
                bareRun++;
                if (bareRun >= 6) {
                    return true;
                }
            } else if (c != NUKTA) {
                bareRun = 0; // a vowel sign, virama, anusvara or chandrabindu ends a run of bare consonants
            }
            if (isIndependentVowel(c)) {
                independentVowels++;
            }
            previous = c;
        }
        return independentVowels >= 4; // "आइए" has three
    }

    private static boolean isConsonant(int c) {
        return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095F);
    }

    private static boolean isIndependentVowel(int c) {
        return (c >= 0x0904 && c <= 0x0914) || c == 0x0960 || c == 0x0961;
    }

    /** Dependent vowel signs (matras), including the rare ones; not anusvara, visarga, nukta or virama. */
    private static boolean isVowelSign(int c) {
        return (c >= 0x093E && c <= 0x094C) || c == 0x0962 || c == 0x0963 || c == 0x093A || c == 0x093B
                || c == 0x094E || c == 0x094F;
    }
}
