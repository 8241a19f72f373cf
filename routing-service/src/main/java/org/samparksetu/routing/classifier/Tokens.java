package org.samparksetu.routing.classifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits complaint text into whole tokens, in Devanagari and Latin script alike. Tokens keep their
 * combining marks (matras), so "जल" never matches inside "जलदाय" and phrases are matched token by token.
 */
final class Tokens {
    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                // nukta variants are common spelling slips (सड़क / सडक): compare without the nukta
                .replace("\u093C", "");
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                cur.appendCodePoint(cp);
            } else if (!cur.isEmpty()) {
                tokens.add(cur.toString());
                cur.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (!cur.isEmpty()) {
            tokens.add(cur.toString());
        }
        return tokens;
    }
}
