package org.samparksetu.intake.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Messages that must not reach a department: empty (nothing but spaces, punctuation or emoji), gibberish
 * (keyboard mashing, one letter repeated, consonant strings) and abusive (a short list of Hindi, Hinglish and
 * English abuse). Deliberately conservative: a false positive only delays a complaint until an operator
 * releases it, but it should be rare.
 */
public final class ContentScreen {
    public static final String EMPTY = "EMPTY";
    public static final String GIBBERISH = "GIBBERISH";
    public static final String ABUSIVE = "ABUSIVE";

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");
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
            return true; // "aaaaaaa", "?????????", "hhhhhhhh"
        }
        var words = LATIN_WORD.matcher(lower);
        int latin = 0;
        int junk = 0;
        while (words.find()) {
            String w = words.group();
            latin++;
            boolean keyboard = KEYBOARD_RUNS.stream().anyMatch(w::contains);
            boolean noVowel = w.length() >= 5 && w.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
            if (keyboard || noVowel) {
                junk++;
            }
        }
        // Devanagari text is never judged gibberish here (no reliable rule without a dictionary).
        return latin > 0 && junk * 2 >= latin && !Pattern.compile("[\\u0900-\\u097F]").matcher(lower).find();
    }
}
