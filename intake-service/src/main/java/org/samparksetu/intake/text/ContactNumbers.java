package org.samparksetu.intake.text;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.samparksetu.contract.WhatsAppAddress;

/**
 * A phone number the citizen wrote in the complaint ("मोबाइल नं 9876543210"), in E.164, or null. Indian
 * numbers are assumed when no country code is written.
 */
public final class ContactNumbers {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ContactNumbers() {
    }

    /**
     * The first mobile number in the text; else the first landline. A transcribed letter often carries an office's
     * landline (the tehsil, the school) beside the applicant's mobile, and the mobile is the one that reaches them.
     */
    public static String extract(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String landline = null;
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "IN", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            var type = PHONES.getNumberType(match.number());
            if (type == PhoneNumberUtil.PhoneNumberType.MOBILE || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE) {
                return PHONES.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
            }
            if (type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE && landline == null) {
                landline = PHONES.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        }
        return landline;
    }

    /**
     * A number typed by an operator or an Open311 client, in the contract's form of a WhatsApp address (E.164 digits,
     * no '+'), or null if invalid. Indian numbers are assumed when no country code is typed.
     */
    public static String asWaId(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            var number = PHONES.parse(typed, "IN");
            return PHONES.isValidNumber(number)
                    ? WhatsAppAddress.normalise(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : null;
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return null;
        }
    }
}
