package org.samparksetu.notification.query;

import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.message.Language;
import org.samparksetu.notification.message.MessageComposer;
import org.samparksetu.notification.message.MessageKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the citizen is told when they ask (STATUS, LIST, HELP, WITHDRAW). Pure; Hindi by default. */
public final class CommandReplies {

    private CommandReplies() {
    }

    public static CitizenMessage status(StatusReport r, Language lang, Instant now) {
        boolean hi = lang == Language.HI;
        String dept = r.departmentCode() == null ? (hi ? "अभी तय नहीं" : "not decided yet")
                : MessageComposer.department(r.departmentCode(), lang);
        String grievance = r.grievanceId() == null ? (hi ? "अभी दर्ज नहीं" : "not registered yet") : r.grievanceId();
        long days = r.daysPending(now);
        String pending = r.isFinished()
                ? (hi ? days + " दिन में निपटी" : "settled in " + days + " day(s)")
                : (hi ? days + " दिन से लंबित" : "pending for " + days + " day(s)");
        String level = r.escalationLevel() > 1 && !r.isFinished()
                ? (hi ? " (वरिष्ठ अधिकारी, स्तर L" + r.escalationLevel() + ")" : " (senior officer, level L" + r.escalationLevel() + ")")
                : "";
        String body = hi
                ? "शिकायत " + r.complaintId() + "\nस्थिति: " + stage(r.stage(), lang) + level
                + "\nविभाग: " + dept + "\nसंपर्क शिकायत संख्या: " + grievance + "\nसमय: " + pending
                + "\nआगे क्या होगा: " + next(r, lang)
                : "Complaint " + r.complaintId() + "\nStatus: " + stage(r.stage(), lang) + level
                + "\nDepartment: " + dept + "\nSampark grievance number: " + grievance + "\nTime: " + pending
                + "\nWhat happens next: " + next(r, lang);
        return new CitizenMessage.Text(MessageKind.STATUS_REPLY, body);
    }

    /** The status as an approved template (one line), should the window have closed meanwhile. */
    public static Optional<CitizenMessage.Template> statusTemplate(StatusReport r, Language lang, Instant now) {
        boolean hi = lang == Language.HI;
        long days = r.daysPending(now);
        String line = stage(r.stage(), lang) + ", " + (r.isFinished()
                ? (hi ? days + " दिन में निपटी" : "settled in " + days + " day(s)")
                : (hi ? days + " दिन से लंबित" : "pending for " + days + " day(s)"))
                + (r.grievanceId() == null ? "" : (hi ? ", संपर्क संख्या " : ", Sampark number ") + r.grievanceId());
        return MessageComposer.template(MessageKind.STATUS_REPLY, lang, List.of(r.complaintId(), line), List.of());
    }

    public static CitizenMessage notYours(String complaintId, Language lang) {
        return text(lang == Language.HI
                ? "इस नंबर से शिकायत " + complaintId + " दर्ज नहीं हुई है। आप केवल अपने नंबर से की गई शिकायतों की स्थिति जान सकते हैं। "
                + "अपनी सभी शिकायतें देखने के लिए LIST लिख कर भेजें।"
                : "No complaint " + complaintId + " was filed from this number. You can only ask about complaints filed from your own number. "
                + "Send LIST to see yours.");
    }

    public static CitizenMessage none(Language lang) {
        return text(lang == Language.HI
                ? "इस नंबर से अभी कोई शिकायत दर्ज नहीं है। अपनी समस्या, जगह और गाँव का नाम लिख कर भेजें।"
                : "There is no complaint from this number yet. Send your problem, the place and the village name.");
    }

    public static CitizenMessage list(List<StatusReport> reports, Language lang) {
        boolean hi = lang == Language.HI;
        StringBuilder b = new StringBuilder(hi ? "इस नंबर से आपकी शिकायतें:" : "Your complaints from this number:");
        for (StatusReport r : reports) {
            b.append("\n").append(r.complaintId()).append(": ").append(stage(r.stage(), lang));
        }
        b.append(hi ? "\nकिसी एक की पूरी जानकारी के लिए STATUS और शिकायत संख्या लिख कर भेजें।"
                : "\nFor details of one, send STATUS and its complaint number.");
        return text(b.toString());
    }

    public static CitizenMessage help(Language lang) {
        return text(lang == Language.HI
                ? "संपर्क सेतु: अपनी समस्या, जगह और गाँव का नाम लिख कर, फ़ोटो या आवाज़ संदेश भेज कर शिकायत करें।\n"
                + "STATUS - अपनी शिकायत की स्थिति\nLIST - आपकी सभी शिकायतें\nWITHDRAW - शिकायत वापस लें\nHELP - यह जानकारी"
                : "Sampark Setu: send your problem, the place and the village name (text, photo or voice note) to complain.\n"
                + "STATUS - where your complaint stands\nLIST - all your complaints\nWITHDRAW - withdraw a complaint\nHELP - this message");
    }

    public static CitizenMessage withdrawNoted(String complaintId, Language lang) {
        String id = complaintId == null ? "" : " " + complaintId;
        return text(lang == Language.HI
                ? "शिकायत" + id + " वापस लेने का आपका अनुरोध मिल गया है। ज़िला शिकायत प्रकोष्ठ इस पर कार्रवाई करेगा और आपको यहीं बताया जाएगा।"
                : "We have received your request to withdraw complaint" + id + ". The district grievance cell will act on it and tell you here.");
    }

    static String stage(StatusReport.Stage s, Language lang) {
        boolean hi = lang == Language.HI;
        return switch (s) {
            case RECEIVED -> hi ? "प्राप्त हुई" : "received";
            case NEEDS_TRIAGE -> hi ? "ज़िला शिकायत प्रकोष्ठ सही विभाग चुन रहा है" : "the district grievance cell is choosing the department";
            case QUARANTINED -> hi ? "जाँच के लिए रोकी गई" : "held for review";
            case ROUTED -> hi ? "विभाग को भेजी गई" : "sent to the department";
            case REGISTERED -> hi ? "संपर्क पोर्टल पर दर्ज, विभाग के पास" : "registered on Sampark, with the department";
            case ACTION_REPORTED -> hi ? "विभाग ने कार्रवाई की रिपोर्ट दी" : "the department has reported action";
            case VERIFYING -> hi ? "कार्रवाई की जाँच हो रही है" : "the reported fix is being checked";
            case REOPENED -> hi ? "फिर से खोली गई" : "reopened";
            case CLOSED -> hi ? "जाँच के बाद बंद" : "closed after checking";
            case WITHDRAWN -> hi ? "आपके कहने पर वापस ली गई" : "withdrawn at your request";
        };
    }

    static String next(StatusReport r, Language lang) {
        boolean hi = lang == Language.HI;
        return switch (r.stage()) {
            case RECEIVED, ROUTED -> hi ? "शिकायत संपर्क पोर्टल पर दर्ज होगी और आपको संपर्क शिकायत संख्या भेजी जाएगी।"
                    : "it will be registered on Sampark and you will get the grievance number.";
            case NEEDS_TRIAGE -> hi ? "सही विभाग तय होते ही शिकायत आगे भेजी जाएगी।" : "it goes on as soon as the right department is chosen.";
            case QUARANTINED -> hi ? "जाँच के बाद ही शिकायत आगे भेजी जाएगी।" : "it goes on only after review.";
            case REGISTERED, REOPENED -> hi ? "विभाग कार्रवाई करके रिपोर्ट देगा; फिर आपसे पूछा जाएगा कि समस्या ठीक हुई या नहीं। समय पर कार्रवाई न होने पर शिकायत वरिष्ठ अधिकारी को जाएगी।"
                    : "the department acts and reports; then you will be asked whether it is fixed. If it is late, it goes to a senior officer.";
            case ACTION_REPORTED, VERIFYING -> hi ? "आपसे (या जाँच अधिकारी से) पुष्टि ली जाएगी कि समस्या सच में ठीक हुई।"
                    : "you (or a field verifier) will be asked to confirm the problem is really fixed.";
            case CLOSED -> hi ? "कुछ नहीं, शिकायत बंद है। समस्या फिर हो तो नई शिकायत भेजें।"
                    : "nothing; the complaint is closed. If the problem returns, send a new complaint.";
            case WITHDRAWN -> hi ? "कुछ नहीं, शिकायत वापस ले ली गई है। समस्या फिर हो तो नई शिकायत भेजें।"
                    : "nothing; the complaint was withdrawn. If the problem returns, send a new complaint.";
        };
    }

    private static CitizenMessage text(String body) {
        return new CitizenMessage.Text(MessageKind.COMMAND_REPLY, body);
    }
}
