package org.samparksetu.verification.fieldcheck;

import java.util.Locale;
import java.util.Set;

/**
 * A field verifier in the district's directory ({@code directory/field-verifiers.csv}): the user they sign in as,
 * their name, the tehsils they cover (a district-wide verifier covers every tehsil no one else does) and their
 * WhatsApp number (digits, country code first).
 *
 * @param tehsils the tehsils covered, as {@link #key} spells them; empty for a district-wide verifier
 */
public record FieldVerifier(String id, String name, Set<String> tehsils, boolean districtWide, String whatsApp) {

    /** How tehsil names are compared: routing's spelling, any case and spacing. */
    public static String key(String tehsil) {
        return tehsil == null ? "" : tehsil.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean covers(String tehsil) {
        return tehsils.contains(key(tehsil));
    }
}
