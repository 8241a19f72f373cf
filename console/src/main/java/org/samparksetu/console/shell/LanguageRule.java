package org.samparksetu.console.shell;

import java.util.List;
import java.util.Locale;

/**
 * Which language a page is shown in: Hindi unless the person chose English. A choice in the address ({@code ?lang=})
 * wins and is remembered in a cookie; anything else (a missing, unknown or overlong value) means Hindi. The browser's
 * Accept-Language is not asked: a district's machines are often set to English although their users read Hindi first.
 */
public final class LanguageRule {
    public static final String HINDI = "hi";
    public static final String ENGLISH = "en";
    public static final List<String> SUPPORTED = List.of(HINDI, ENGLISH);

    private LanguageRule() {
    }

    /**
     * @param asked   the {@code lang} query parameter, or null
     * @param cookie  the remembered choice, or null
     */
    public static String choose(String asked, String cookie) {
        String a = known(asked);
        if (a != null) {
            return a;
        }
        String c = known(cookie);
        return c != null ? c : HINDI;
    }

    /** The language to offer in the switch: the other one. */
    public static String other(String language) {
        return HINDI.equals(language) ? ENGLISH : HINDI;
    }

    public static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }

    static String known(String value) {
        if (value == null || value.length() > 5) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(v) ? v : null;
    }

    /**
     * Where the language switch may send the person back to: a path of this console only (one leading slash, no
     * scheme, no {@code //host}), else the start page, so the switch cannot be used to bounce someone to another site.
     */
    public static String backTo(String path) {
        if (path == null || path.isBlank() || path.length() > 200 || !path.startsWith("/") || path.startsWith("//")
                || path.contains("\\") || path.chars().anyMatch(ch -> ch < 0x20)) {
            return "/";
        }
        return path;
    }
}
