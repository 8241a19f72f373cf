package org.samparksetu.contract;

import java.util.regex.Pattern;

/**
 * How we address a citizen on WhatsApp: their phone number ({@code wa_id}, digits with the country code) or, for a
 * citizen who hides their number behind a username, the business-scoped user id WhatsApp gave us instead (BSUID,
 * {@code US.13491208655302741918}; a parent BSUID has a middle part, {@code US.ENT.11815799212886844830}). A phone
 * number is kept as digits so that {@code +91 98765-43210} and {@code 919876543210} are one citizen; a BSUID is kept
 * exactly as WhatsApp wrote it (its letters and dots are part of it), and is sent in the Graph API's
 * {@code recipient} field instead of {@code to}.
 */
public final class WhatsAppAddress {
    /** ISO country code, a dot, then up to 128 letters and digits (WhatsApp's format), optionally with a middle part. */
    private static final Pattern BSUID = Pattern.compile("[A-Z]{2}(\\.[A-Za-z0-9]{1,128}){1,2}");
    /** What a phone number may be written with. */
    private static final Pattern PHONE = Pattern.compile("[+\\d\\s().-]+");

    private WhatsAppAddress() {
    }

    /** The form we store, compare and send to; null or blank stays as it is. */
    public static String normalise(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        String s = address.strip();
        if (isBsuid(s) || !PHONE.matcher(s).matches()) {
            return s; // never strip an id that is not a phone number down to its digits
        }
        return s.replaceAll("\\D", "");
    }

    /** Whether the address is a business-scoped user id (no phone number). */
    public static boolean isBsuid(String address) {
        return address != null && BSUID.matcher(address.strip()).matches();
    }
}
