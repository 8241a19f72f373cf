package org.samparksetu.intake.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's short message reduced to canonical words, so that rules need not list every spelling: lower case,
 * Devanagari and Latin, punctuation and emoji stripped (a thumbs-up kept as "haan", folded hands as "thanks", stars
 * counted), letters repeated for emphasis collapsed ("haaan", "nahiii"), and spelling variants mapped to one word
 * ("hn/haan/ha/han/हाँ/हां" → {@code haan}, "nhi/nahi/nai/नहीं" → {@code nahi}, "thik/theek/thk/ठीक" → {@code thik}).
 * Complaint ids are taken out first and kept.
 *
 * @param words        the canonical words, in order
 * @param complaintIds complaint ids found in the text, upper case
 * @param stars        how many star emoji it had
 */
public record FollowUpText(List<String> words, List<String> complaintIds, int stars) {

    private static final Pattern COMPLAINT_ID = Pattern.compile("\\b([A-Za-z]{2,5})\\s*-\\s*(\\d{4})\\s*-\\s*(\\d{6,})\\b");
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\u0964\\u0965]+");
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");
    /** "mobile no 94…", "ward no. 12", "gali no 3": "no" as a number, not a denial. */
    private static final Pattern NUMBER_NO = Pattern.compile("\\b(no|num)\\b\\.?\\s*(?=\\d)");
    private static final Pattern OUT_OF_FIVE = Pattern.compile("\\b([1-5])\\s*(/|out of|में से|me se)\\s*5\\b");

    /** Words that stand for several canonical words ("hogaya" → "ho gaya", "still" → "abhi bhi"). */
    private static final Map<String, String> WORDS = new HashMap<>();

    private static void map(String canonical, String... spellings) {
        for (String s : spellings) {
            WORDS.put(fold(s), canonical);
        }
    }

    static {
        map("haan", "haan", "han", "ha", "hn", "hna", "haanji", "hanji", "yes", "yeah", "yup", "yep", "ya", "yess",
                "हाँ", "हां", "हा", "हाँजी", "हांजी");
        map("nahi", "nahi", "nahin", "nhi", "nai", "nahee", "nhin", "nahi", "na", "no", "nope", "not", "नहीं", "नही",
                "नहि", "ना", "न", "nahiin", "dont", "didnt", "doesnt", "isnt", "havent", "hasnt", "cant", "wont");
        map("thik", "thik", "theek", "thk", "tik", "theak", "thek", "ठीक", "sahi", "सही", "fine", "sorted");
        map("ho", "ho", "हो");
        map("hua", "hua", "hui", "hue", "huye", "huyi", "हुआ", "हुई", "हुए", "happened", "happen");
        map("ho gaya", "hogaya", "hogya", "hogyi", "hogayi", "hogai", "होगया", "होगयी", "होगई", "hogye");
        map("gaya", "gaya", "gya", "gayi", "gai", "gyi", "gaye", "gye", "gyaa", "गया", "गयी", "गई", "गए", "गये");
        map("fixed", "fixed", "fix", "done", "resolved", "solved", "solve", "repaired", "working", "complete",
                "completed", "pura", "poora", "पूरा", "पूर्ण", "chalu", "चालू", "shuru", "शुरू");
        map("abhi", "abhi", "abi", "abhee", "अभी");
        map("ab", "ab", "अब", "now");
        map("aa", "aao", "आ");
        map("ban", "ban", "bana", "bani", "बन", "बना", "बनी");
        map("dusri", "dusri", "doosri", "dusra", "doosra", "other", "दूसरी", "दूसरा", "दूसरे", "dusre", "doosre");
        map("tak", "tak", "tk", "तक", "till", "until", "yet");
        map("bhi", "bhi", "bi", "भी", "even");
        map("abhi bhi", "still");
        map("kuch", "kuch", "kuchh", "kch", "kuchhh", "कुछ", "anything");
        map("kuch nahi", "nothing");
        map("koi", "koi", "koyi", "कोई", "anyone", "someone");
        map("koi nahi", "nobody", "noone");
        map("aaya", "aaya", "aya", "aaye", "aye", "aayi", "ayi", "aai", "आया", "आए", "आये", "आई", "came", "come",
                "visited");
        map("pata", "pata", "pta", "पता", "maloom", "malum", "मालूम", "know", "sure", "idea");
        map("pata nahi", "idk");
        map("dekha", "dekha", "dekh", "dekhi", "dekhe", "देखा", "देख", "checked", "check", "seen", "see");
        map("kya", "kya", "kia", "kyaa", "क्या", "what");
        map("status", "status", "sthiti", "stithi", "isthiti", "स्थिति", "स्टेटस", "update", "अपडेट", "progress",
                "sthithi", "halat");
        map("kahan", "kahan", "kaha", "कहाँ", "कहां", "where");
        map("pahuncha", "pahuncha", "pahunchi", "pahucha", "pahuchi", "pahunchii", "पहुंची", "पहुँची", "पहुंचा", "reached");
        map("kab", "kab", "कब", "when");
        map("hoga", "hoga", "hogi", "होगा", "होगी", "honga", "will");
        map("jaldi", "jaldi", "jldi", "जल्दी", "fast", "quickly", "soon", "asap", "urgent", "urgently", "turant");
        map("samay", "din", "dino", "दिन", "days", "day", "mahina", "mahine", "month", "months", "महीना", "महीने",
                "hafta", "hafte", "week", "weeks", "हफ्ता", "हफ्ते", "saal", "year");
        map("intezar", "intezaar", "intezar", "intjar", "इंतजार", "wait", "waiting");
        map("karwai", "sunwai", "karwai", "karyavahi", "karyawahi", "action", "कार्रवाई", "कार्यवाही", "सुनवाई", "jawab",
                "reply", "response", "जवाब");
        map("aur", "aur", "or", "और", "also", "more", "another", "aurr");
        map("baat", "baat", "bat", "बात", "thing", "note");
        map("jod", "jod", "jodna", "jodo", "jodiye", "jodna", "जोड़", "जोड़ो", "जोड़ना", "add", "jodein", "jode", "attach");
        map("mera", "mera", "meri", "mere", "my", "मेरा", "मेरी", "मेरे", "hamara", "hamari", "humara", "our");
        map("naam", "naam", "nam", "name", "नाम");
        map("address", "address", "pata_address");
        map("number", "number", "num", "नंबर", "mobile", "phone");
        map("phir", "phir", "fir", "फिर", "dobara", "dubara", "दोबारा", "again", "वापस_kholo");
        map("kholo", "kholo", "khol", "kholiye", "kholen", "kholein", "khole", "खोलो", "खोलें", "खोलिए", "खोल", "open",
                "opened");
        map("phir kholo", "reopen");
        map("band", "band", "बंद", "closed", "close");
        map("kyu", "kyu", "kyon", "kyun", "kyo", "क्यों", "why");
        map("santusht", "santusht", "satisfied", "happy", "संतुष्ट", "khush", "खुश", "satisfy");
        map("nahi santusht", "asantusht", "unsatisfied", "dissatisfied", "असंतुष्ट", "unhappy", "naraz", "naraj");
        map("thanks", "dhanyavad", "dhanyawad", "dhanywad", "dhanyvad", "thanks", "thank", "thanku", "thankyou", "thnx",
                "thx", "shukriya", "sukriya", "धन्यवाद", "शुक्रिया", "aabhar", "आभार", "tq", "ty");
        map("ok", "ok", "okay", "okk", "k", "ओके", "acha", "accha", "achha", "अच्छा", "achcha");
        map("star", "star", "stars", "sitara", "तारा", "tare");
        map("rating", "rating", "rate", "ank", "अंक", "marks", "score");
        map("bura", "bekar", "bakwas", "ghatiya", "bad", "poor", "worst", "बेकार", "बकवास", "घटिया", "useless");
        map("badhiya", "badhiya", "badiya", "excellent", "great", "good", "best", "shandar", "बढ़िया", "बढ़िया", "उत्तम",
                "nice", "wonderful", "shaandaar", "शानदार", "mast");
        map("jhooth", "jhooth", "jhoot", "jhuth", "jhut", "झूठ", "galat", "गलत", "fake", "false", "lie", "wrong", "farzi");
        map("wahi", "wahi", "vahi", "वही", "same", "waisa", "vaisa", "vaise", "waise", "वैसा", "वैसे", "jaisa");
        map("bahut", "bahut", "bohot", "bahot", "bhot", "बहुत", "very", "much", "lot");
        map("", "ji", "जी", "sir", "sahab", "saheb", "sahib", "साहब", "सर", "please", "pls", "plz", "kripya", "कृपया",
                "bhai", "madam", "mam", "hello", "hi", "hey", "namaste", "नमस्ते", "ram", "राम", "is", "it", "the",
                "a", "an", "i", "am", "to", "hai", "h", "he", "hain", "है", "हैं", "kar", "you", "of", "on", "se", "hu", "hun",
                "हूं", "हूँ", "main", "mai", "मैं", "mujhe", "मुझे", "me", "में", "mein", "tha", "thi", "था", "थी", "ye", "yeh",
                "यह", "ये");
    }

    private static final String[] DEVANAGARI_DIGITS = {"०", "१", "२", "३", "४", "५", "६", "७", "८", "९"};

    public static FollowUpText of(String text) {
        String t = text == null ? "" : text;
        List<String> ids = new ArrayList<>();
        Matcher id = COMPLAINT_ID.matcher(t);
        StringBuilder rest = new StringBuilder();
        while (id.find()) {
            ids.add(id.group(1).toUpperCase(Locale.ROOT) + "-" + id.group(2) + "-" + id.group(3));
            id.appendReplacement(rest, " ");
        }
        id.appendTail(rest);
        t = rest.toString();
        int stars = count(t, "⭐") + count(t, "🌟");
        // Emoji that say something: agreement, thanks, refusal. Everything else symbolic goes.
        t = t.replace("👍", " haan ").replace("👌", " haan ").replace("✅", " haan ").replace("✔", " haan ")
                .replace("🙏", " thanks ").replace("❌", " nahi ").replace("👎", " bekar ");
        for (int d = 0; d < 10; d++) {
            t = t.replace(DEVANAGARI_DIGITS[d], String.valueOf(d));
        }
        t = t.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
        t = NUMBER_NO.matcher(t).replaceAll("number ");
        Matcher outOf = OUT_OF_FIVE.matcher(t);
        if (outOf.find()) {
            t = outOf.replaceAll(" rating $1 ");
        }
        // "no one" / "not sure" / "mera pata" (my address) read as one thing
        t = t.replaceAll("\\bno one\\b", " noone ").replaceAll("\\b(mera|meri|mere|मेरा)\\s+(pata|पता)\\b", " mera pata_address ");
        t = NOISE.matcher(t).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String raw : t.trim().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String canonical = WORDS.get(fold(raw));
            if (canonical == null) {
                canonical = fold(raw);
            }
            for (String w : canonical.split(" ")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return new FollowUpText(List.copyOf(words), List.copyOf(ids), stars);
    }

    /** Latin letters repeated for emphasis or by spelling habit collapse to one ("haaan", "theek", "kuchh" → "kuch"). */
    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!LATIN_WORD.matcher(w).matches()) {
            // chandrabindu and anusvara are written interchangeably (हाँ / हां); the nukta often not at all (ड़ / ड)
            return Normalizer.normalize(w, Normalizer.Form.NFD).replace("\u093C", "").replace('\u0901', '\u0902');
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                b.append(w.charAt(i));
            }
        }
        // "aa" (come) must not become the English article
        return b.length() == 1 && w.length() > 1 ? w.substring(0, 2) : b.toString();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /** The words as one space-separated string, for short patterns. */
    public String joined() {
        return String.join(" ", words);
    }
}
