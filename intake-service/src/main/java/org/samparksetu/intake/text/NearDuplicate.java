package org.samparksetu.intake.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** "The same or nearly the same text": equal after normalising, or word sets that overlap by a threshold (Jaccard). */
public final class NearDuplicate {
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private NearDuplicate() {
    }

    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        for (String w : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Jaccard similarity of the two texts' word sets; 1.0 for equal texts. */
    public static double similarity(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return (double) inter.size() / union.size();
    }

    public static boolean nearlySame(String a, String b, double threshold) {
        return similarity(a, b) >= threshold;
    }
}
