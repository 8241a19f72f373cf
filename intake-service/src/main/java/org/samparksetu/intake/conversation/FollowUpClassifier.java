package org.samparksetu.intake.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citizen's text after the complaint window means, given what we last asked this number: a typed answer to
 * "is it fixed?", a status question, a reminder, an addition, a rating, a request to reopen, thanks, a new
 * complaint, or something we must ask about. Not exact phrases: the text is reduced to canonical words
 * ({@link FollowUpText}), then short patterns and the state decide. A "haan" means FIXED only while "is it fixed?"
 * is pending; a longer text that describes a problem and carries no follow-up marker ("abhi bhi", "still", "aur ek
 * baat") is a new complaint even then. When in doubt about a number with an open complaint, the answer is
 * AMBIGUOUS (we ask), never NEW_COMPLAINT: a follow-up filed as a new complaint is registered twice on Sampark.
 */
public final class FollowUpClassifier {

    /** Words that name a problem a district handles: their presence makes a longer text a complaint. */
    private static final Set<String> PROBLEM = folded("""
            pani paani water jal पानी जल bijli light lite electricity power current बिजली लाइट करंट sadak sarak road
            सड़क सडक rasta रास्ता nali naali drain gutter नाली naala नाला kachra garbage कचरा gandagi गंदगी safai सफाई
            school स्कूल vidyalaya विद्यालय teacher अध्यापक shikshak शिक्षक master aspatal hospital doctor अस्पताल
            डॉक्टर dawai दवाई handpump हैंडपंप nal नल tap transformer ट्रांसफार्मर khamba khambha pole खंभा ration राशन
            pension पेंशन patwari पटवारी zameen jameen land जमीन zamin khet खेत kabza कब्जा awas आवास anganwadi
            आंगनवाड़ी pipeline pipe पाइपलाइन gaddha gaddhe gadda pothole गड्ढा गड्ढे street tanki टंकी rishwat bribe
            रिश्वत paisa paise पैसा पैसे bus बस meal bhojan भोजन kharab खराब broken toota tooti tuti टूटी टूटा
            leakage leak supply सप्लाई girdawari गिरदावरी naksha नक्शा chhat छत card कार्ड mid nrega मनरेगा
            accident durghatna दुर्घटना kide keede""");

    private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();

    static {
        String[][] n = {{"1", "ek", "one", "एक", "१"}, {"2", "do", "two", "दो", "२"}, {"3", "teen", "three", "तीन", "३"},
                {"4", "char", "chaar", "four", "चार", "४"}, {"5", "panch", "paanch", "five", "पांच", "पाँच", "५"}};
        for (int i = 0; i < n.length; i++) {
            for (String w : n[i]) {
                NUMBER_WORDS.put(FollowUpText.fold(w), i + 1);
            }
        }
    }

    private static final Pattern RATING_N = Pattern.compile(" rating (\\S+) | (\\S+) star ");
    private static final Pattern DONT_KNOW = Pattern.compile(" pata nahi | nahi pata | nahi dekha | dekha nahi | dekha ke | dekha kar | dekha ke | dekha batata | dekha kar batata ");
    private static final Pattern FIXED = Pattern.compile(" thik | fixed | (ho|ban|aa|lag|mil|jud|bana|lagi) gaya | aa raha | aa rahi | aane laga | koi (problem|dikat|samasya|pareshani) nahi ");
    private static final Pattern NOT_FIXED_MARKER = Pattern.compile(" abhi bhi | ab bhi | abhi tak | wahi | jhooth | kuch nahi | koi nahi ");
    private static final Pattern STATUS = Pattern.compile(" status | kya hua | kahan | pahuncha | kab tak ");
    private static final Pattern REMINDER = Pattern.compile(" abhi tak | kuch nahi | koi nahi aaya | nahi tak | koi nahi aaya | jaldi | intezar | kab hoga | kab ho | karwai nahi | nahi karwai | samay (ho gaya|se|bit|lag) | lagenge | lagega | \\d+ samay | (ek|1) samay | act ");
    private static final Pattern ADDITION = Pattern.compile("^ aur | (1|ek|one) (aur )?baat | baat aur | jod | address | mera naam | (gaon|village|mohala|gali) (ka )?naam | number \\d| bhul | bhol | isme | iske ");
    private static final Pattern REOPEN = Pattern.compile(" phir kholo | phir \\S+ kholo | kholo phir | phir (se )?(shuru|dekho) | band kyu | kyu band | phir bhi band | phir wahi | band kar (di|diya) ");
    private static final Pattern STILL_BROKEN = Pattern.compile(" nahi hua | abhi bhi | ab bhi | wahi | jhooth | kuch nahi hua | nahi aa ");
    /** "ek aur shikayat", "nayi shikayat", "new complaint": the citizen says it is another matter. */
    private static final Pattern NEW_MARKER = Pattern.compile(" (nayi|naya|new|dusri|aur|ek|one|1) (shikayat|complaint) | shikayat darj | register (mera )?complaint ");
    /** Words that tie a text describing a problem to one we already know ("still", "the same", "again"). */
    private static final Pattern STILL = Pattern.compile(" abhi bhi | ab bhi | wahi | phir | abhi tak ");
    private static final Set<String> ONLY_THANKS = Set.of("thanks", "ok", "thik", "badhiya", "bahut", "haan");

    public FollowUp classify(String text, FollowUpContext context) {
        FollowUpText t = FollowUpText.of(text);
        List<String> ids = t.complaintIds();
        String s = " " + t.joined() + " ";
        int n = t.words().size();
        int problems = (int) t.words().stream().filter(PROBLEM::contains).count();
        boolean newProblem = problems >= 1 && n >= 5;
        boolean followUpMarker = STILL.matcher(s).find();

        if (REOPEN.matcher(s).find()) {
            return of(FollowUpIntent.REOPEN, ids);
        }
        ConversationState.Question pending = context.pending();
        if (pending == ConversationState.Question.RATING) {
            Integer rating = rating(t, s);
            if (rating != null) {
                return new FollowUp(FollowUpIntent.RATING, rating, ids);
            }
            // "abhi tak dusri wali me kuch nahi hua": about another, open complaint, not the closed one
            boolean aboutAnother = s.contains(" dusri ") || (context.openComplaint() && s.contains(" abhi tak "));
            if (!aboutAnother && STILL_BROKEN.matcher(s).find() && !(newProblem && n >= 7 && !followUpMarker)) {
                return of(FollowUpIntent.REOPEN, ids);
            }
        }
        boolean saysNew = NEW_MARKER.matcher(s).find();
        if (pending == ConversationState.Question.VERIFICATION && !saysNew && !(newProblem && n >= 7 && !followUpMarker)) {
            if (STATUS.matcher(s).find() || s.contains(" kab ")) {
                return of(REMINDER.matcher(s).find() ? FollowUpIntent.REMINDER : FollowUpIntent.STATUS, ids);
            }
            if (DONT_KNOW.matcher(s).find()) {
                return of(FollowUpIntent.VERIFY_DONT_KNOW, ids);
            }
            boolean fixed = FIXED.matcher(s).find();
            boolean no = s.contains(" nahi ");
            if (fixed && s.matches(".* koi \\S+ nahi .*") && !s.contains(" koi nahi ")) {
                return of(FollowUpIntent.VERIFY_FIXED, ids); // "koi dikkat nahi": no trouble any more
            }
            if (no || NOT_FIXED_MARKER.matcher(s).find()) {
                return of(FollowUpIntent.VERIFY_NOT_FIXED, ids);
            }
            if (fixed || s.contains(" haan ")) {
                return of(FollowUpIntent.VERIFY_FIXED, ids);
            }
            if (n <= 4) {
                return of(FollowUpIntent.AMBIGUOUS, ids);
            }
        }
        if (STATUS.matcher(s).find()) {
            return of(REMINDER.matcher(s).find() ? FollowUpIntent.REMINDER : FollowUpIntent.STATUS, ids);
        }
        if (REMINDER.matcher(s).find() && !(newProblem && !followUpMarker)) {
            return of(FollowUpIntent.REMINDER, ids);
        }
        if (saysNew) {
            return of(FollowUpIntent.NEW_COMPLAINT, ids);
        }
        boolean somethingOpen = context.openComplaint() || !ids.isEmpty();
        if (somethingOpen && ADDITION.matcher(s).find()) {
            return of(FollowUpIntent.ADDITION, ids);
        }
        if (newProblem) {
            return of(FollowUpIntent.NEW_COMPLAINT, ids);
        }
        if (n > 0 && t.words().stream().allMatch(ONLY_THANKS::contains) && (s.contains(" thanks ") || s.contains(" ok "))) {
            return of(FollowUpIntent.THANKS, ids);
        }
        if (somethingOpen || pending != null) {
            return of(problems >= 1 && n >= 3 ? FollowUpIntent.NEW_COMPLAINT : FollowUpIntent.AMBIGUOUS, ids);
        }
        return of(n == 0 ? FollowUpIntent.AMBIGUOUS : FollowUpIntent.NEW_COMPLAINT, ids);
    }

    /** A rating in the text: "rating 4", "4 star", stars, a lone number 1–5, or how satisfied the citizen says they are. */
    private static Integer rating(FollowUpText t, String s) {
        Matcher m = RATING_N.matcher(s);
        while (m.find()) {
            Integer r = NUMBER_WORDS.get(m.group(1) != null ? m.group(1) : m.group(2));
            if (r != null) {
                return r;
            }
        }
        if (t.stars() > 0) {
            return Math.min(5, t.stars());
        }
        List<String> w = t.words();
        if (!w.isEmpty() && w.size() <= 3 && NUMBER_WORDS.containsKey(w.get(0))
                && w.stream().skip(1).allMatch(x -> x.equals("bahut") || x.equals("badhiya") || x.equals("ok"))) {
            return NUMBER_WORDS.get(w.get(0));
        }
        if (s.contains(" santusht ")) {
            return s.contains(" nahi santusht ") || s.contains(" santusht nahi ") ? 1 : 5;
        }
        if (s.contains(" bura ")) {
            return 1;
        }
        if (s.contains(" badhiya ") || s.contains(" bahut ok ")) {
            return 5;
        }
        return null;
    }

    private static FollowUp of(FollowUpIntent intent, List<String> ids) {
        return new FollowUp(intent, null, ids);
    }

    private static Set<String> folded(String words) {
        Set<String> set = new HashSet<>();
        for (String w : words.trim().split("\\s+")) {
            set.add(FollowUpText.fold(w));
        }
        return Set.copyOf(set);
    }
}
