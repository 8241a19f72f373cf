package org.samparksetu.notification.language;

import java.util.Locale;

/** The language a citizen is answered in. Hindi unless the citizen wrote in English. */
public enum Language {
    HI("hi"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Anything but {@code en} (including null and languages we do not write yet) is answered in Hindi. */
    public static Language of(String code) {
        return code != null && code.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : HI;
    }
}
