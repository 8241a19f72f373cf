package org.samparksetu.routing.place;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling key for a place name, whatever script and spelling the citizen used: "गांव मोदरान", "village
 * Modran" and LGD's "Modra" meet; so do "बागोड़ा", "Bagoda" and "Bagora", while "बागरा" / "Bagra" (another
 * village) stays apart.
 *
 * <p>Our village list has LGD's English spellings and almost no Devanagari names, so instead of a Hindi name per
 * village both scripts are reduced to a rough consonant skeleton:
 * <ul>
 *   <li>Devanagari is romanised (ICU) after deleting the silent vowel of a word's last consonant (मोदरान is
 *       "modaran", not "modarana") and reading anusvara as n (सांचौर → "sanchaur"); a final nasal (मोदरां) is
 *       dropped, and ड between vowels is read as ड़ (जोडवाडा = जोड़वाड़ा).</li>
 *   <li>In Latin, d between vowels is read as ड़ is romanised, r (Raniwada/Raniwara, Bagoda/Bagora,
 *       Kheda/Khera); then both are folded the way names are written on WhatsApp: w/v, ee/i, oo/u, au/ou/o,
 *       ai/e, sh/s, ph/f, z/j, iy/i, aspiration (bh/b, chh/c, kh/k, th/t, dh/d), doubled letters, a silent final
 *       "e" in "-ore" (Sanchore, Jalore, Ahore) and a final nasal "an"/"a" (Modran/Modra).</li>
 *   <li>Every "a" after the first letter is dropped: Devanagari writes the inherent a (बागरा is "bagara"), Latin
 *       spellings leave it out ("Bagra"), and "pura"/"pur" become one.</li>
 *   <li>Then n before a consonant and m before b/p (a nasal mark, written or not: Sanchore/Sachore) go.</li>
 * </ul>
 * The key is lossy on purpose; two different villages may share one (Bhadroon and Bhadroona). The gazetteer
 * treats a shared key as an ambiguous name and never picks one of them on its own.
 *
 * <p>Plain Java, thread-safe (the transliterators are guarded).
 */
public final class PlaceSpellingRule {
    private static final Transliterator ROMANISER = Transliterator.getInstance("Devanagari-Latin");
    private static final Transliterator ASCII = Transliterator.getInstance("Latin-ASCII");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,.;:/&@()\\-]+");
    private static final Pattern FINAL_NASAL_SIGN = Pattern.compile("[\u0901\u0902]+$");
    private static final Pattern RETROFLEX_D_BETWEEN_VOWELS = Pattern.compile("(?<=[aeiouāīūēō])ḍ(?=[aeiouāīūēō])");
    private static final Pattern LATIN_D_BETWEEN_VOWELS = Pattern.compile("(?<=[aeiou])d(?=[aeiou])");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern ASPIRATION = Pattern.compile("([bcdgjkprt])h+");
    private static final Pattern SILENT_E = Pattern.compile("ore$");
    private static final Pattern FINAL_NASAL = Pattern.compile("an$");
    private static final Pattern DOUBLE = Pattern.compile("(.)\\1+");
    private static final Pattern NASAL_BEFORE_CONSONANT = Pattern.compile("n(?=[^aeiou])|m(?=[bp])");

    private PlaceSpellingRule() {
    }

    /** The key of a name written in either script, with or without spaces ("Jaswant Pura" = "jaswantpura"). */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = name.toLowerCase(Locale.ROOT).replace("(ct)", " ").replace("(m)", " ");
        StringBuilder letters = new StringBuilder();
        for (String word : WORD_BREAK.split(s)) {
            letters.append(latin(word));
        }
        return fold(letters.toString());
    }

    /** A word as Latin letters: Devanagari is romanised, Latin kept (with its ड़ written d read as r). */
    static String latin(String word) {
        if (!isDevanagari(word)) {
            return LATIN_D_BETWEEN_VOWELS.matcher(word).replaceAll("r");
        }
        String w = FINAL_NASAL_SIGN.matcher(word).replaceAll("")
                // a nasal inside the word is heard as n (सांचौर, जसवंतपुरा = जसवन्तपुरा)
                .replace("\u0902", "\u0928\u094D").replace("\u0901", "\u0928\u094D");
        if (!w.isEmpty() && (isConsonant(w.charAt(w.length() - 1)) || w.charAt(w.length() - 1) == '\u093C')) {
            w = w + "\u094D"; // the last consonant of a word carries no vowel of its own
        }
        String roman;
        synchronized (ROMANISER) {
            roman = ROMANISER.transliterate(w);
        }
        roman = RETROFLEX_D_BETWEEN_VOWELS.matcher(roman).replaceAll("ṛ");
        synchronized (ASCII) {
            return ASCII.transliterate(roman);
        }
    }

    static String fold(String latin) {
        String t = NOT_LETTER.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("");
        if (t.isEmpty()) {
            return t;
        }
        t = t.replace("ph", "f").replace("z", "j").replace("q", "k").replace("x", "ks").replace("w", "v")
                .replace("sh", "s").replace("ee", "i").replace("oo", "u")
                .replace("au", "o").replace("ou", "o").replace("ai", "e").replace("iy", "i");
        t = ASPIRATION.matcher(t).replaceAll("$1");
        t = SILENT_E.matcher(t).replaceAll("or");
        t = FINAL_NASAL.matcher(t).replaceAll("a");
        t = DOUBLE.matcher(t).replaceAll("$1");
        t = t.charAt(0) + t.substring(1).replace("a", "");
        if (t.length() > 1) {
            t = t.charAt(0) + NASAL_BEFORE_CONSONANT.matcher(t.substring(1)).replaceAll("");
        }
        return DOUBLE.matcher(t).replaceAll("$1");
    }

    static boolean isDevanagari(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.DEVANAGARI) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConsonant(char c) {
        return (c >= '\u0915' && c <= '\u0939') || (c >= '\u0958' && c <= '\u095F');
    }
}
