package org.samparksetu.intake.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's text that is a command rather than a complaint: status (of a complaint ID, or the latest), list my
 * complaints, help, withdraw — in Hindi (Devanagari), Hinglish (romanised Hindi) and English. Only a short message
 * that is nothing but a command phrase (plus, optionally, a complaint ID) counts: "pani nahi aa raha, madad karo"
 * is a complaint, "madad" is a request for help.
 */
public record CitizenCommand(Type type, String complaintId, String language) {

    public enum Type { STATUS, LIST, HELP, WITHDRAW }

    private static final Pattern COMPLAINT_ID = Pattern.compile("\\b([A-Za-z]{2,5})\\s*-\\s*(\\d{4})\\s*-\\s*(\\d{6,})\\b");
    /** Punctuation and symbols (any script); Devanagari vowel signs and virama are letters' parts and stay. */
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\u0964\\u0965]+");

    private static final String HI = LanguageGuess.HINDI;
    private static final String EN = LanguageGuess.ENGLISH;

    /** phrase → (command, language). Phrases are lower case, single-spaced, without punctuation. */
    private static final Map<String, Object[]> PHRASES = new java.util.HashMap<>();

    /** Politeness and glue words that may surround a command: "please status", "JAL-2026-000123 ki sthiti batao". */
    private static final java.util.Set<String> FILLER = java.util.Set.of("please", "pls", "plz", "kindly", "sir",
            "ji", "ki", "ka", "ke", "of", "for", "batao", "bataiye", "bataye", "kripya", "krpya", "जी", "की", "का",
            "के", "कृपया", "बताओ", "बताइए", "बताएं", "बताये");

    private static void add(Type type, String language, String... phrases) {
        for (String p : phrases) {
            PHRASES.put(p, new Object[]{type, language});
            PHRASES.putIfAbsent(withoutFiller(p), new Object[]{type, language});
        }
    }

    private static String withoutFiller(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (!FILLER.contains(w)) {
                b.append(b.isEmpty() ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    static {
        // English
        add(Type.STATUS, EN, "status", "check status", "complaint status", "status of my complaint", "my status",
                "status please", "what is the status", "where is my complaint", "track", "track complaint");
        add(Type.LIST, EN, "list", "my complaints", "list my complaints", "list complaints", "show my complaints",
                "all my complaints");
        add(Type.HELP, EN, "help", "menu", "help me", "how to use", "commands", "what can i do");
        add(Type.WITHDRAW, EN, "withdraw", "withdraw complaint", "withdraw my complaint", "cancel complaint",
                "cancel my complaint", "take back my complaint", "withdraw it");
        // Hinglish (romanised Hindi)
        add(Type.STATUS, HI, "sthiti", "stithi", "isthiti", "shikayat ki sthiti", "shikayat ki stithi",
                "meri shikayat ki sthiti", "meri shikayat kahan hai", "meri shikayat kaha hai", "shikayat kahan hai",
                "status kya hai", "shikayat ka status", "meri shikayat ka status", "kya hua", "kya hua shikayat ka");
        add(Type.LIST, HI, "suchi", "soochi", "meri shikayatein", "meri shikayaten", "meri sari shikayat",
                "meri saari shikayatein", "sabhi shikayat", "sabhi shikayatein", "shikayat suchi", "shikayaton ki suchi");
        add(Type.HELP, HI, "madad", "sahayata", "sahaayata", "madad chahiye", "madad karo", "kaise kare",
                "kaise karein", "jankari", "jaankari");
        add(Type.WITHDRAW, HI, "wapas", "vapas", "shikayat wapas", "shikayat vapas", "shikayat wapas lo",
                "shikayat wapas lena hai", "shikayat vapas lena hai", "meri shikayat wapas lo", "shikayat wapas lein",
                "shikayat radd karo", "shikayat band karo");
        // Hindi (Devanagari)
        add(Type.STATUS, HI, "स्थिति", "स्टेटस", "शिकायत की स्थिति", "मेरी शिकायत की स्थिति", "मेरी शिकायत कहाँ है",
                "मेरी शिकायत कहां है", "शिकायत कहाँ है", "शिकायत कहां है", "स्थिति बताओ", "स्थिति बताएं", "क्या हुआ");
        add(Type.LIST, HI, "सूची", "मेरी शिकायतें", "मेरी सभी शिकायतें", "सभी शिकायतें", "शिकायतों की सूची",
                "शिकायत सूची");
        add(Type.HELP, HI, "मदद", "सहायता", "मदद चाहिए", "मदद करो", "जानकारी", "कैसे करें");
        add(Type.WITHDRAW, HI, "वापस", "शिकायत वापस", "शिकायत वापस लें", "शिकायत वापस लो", "मेरी शिकायत वापस लो",
                "शिकायत वापस लेना है", "शिकायत रद्द करें", "शिकायत बंद करें");
    }

    /** The command this text is, or empty when it is (part of) a complaint. */
    public static Optional<CitizenCommand> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 120) {
            return Optional.empty();
        }
        String id = null;
        Matcher m = COMPLAINT_ID.matcher(text);
        String rest = text;
        if (m.find()) {
            id = m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2) + "-" + m.group(3);
            rest = text.substring(0, m.start()) + " " + text.substring(m.end());
            if (m.find()) {
                return Optional.empty(); // two IDs: not one of our commands
            }
        }
        String phrase = NOISE.matcher(rest.toLowerCase(Locale.ROOT)).replaceAll(" ").trim().replaceAll("\\s+", " ");
        // "status JAL-2026-000123" / "JAL-2026-000123 ki sthiti": the ID may sit anywhere in the phrase
        Object[] hit = PHRASES.get(phrase);
        if (hit == null) {
            hit = PHRASES.get(withoutFiller(phrase));
        }
        if (hit == null) {
            return Optional.empty();
        }
        Type type = (Type) hit[0];
        if (type == Type.HELP || type == Type.LIST) {
            id = null; // an ID with "help" or "list" adds nothing
        }
        return Optional.of(new CitizenCommand(type, id, (String) hit[1]));
    }
}
