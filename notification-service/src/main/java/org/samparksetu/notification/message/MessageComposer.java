package org.samparksetu.notification.message;

import org.samparksetu.contract.Departments;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;

import java.util.List;
import java.util.Optional;

/**
 * Decides what the citizen is told about a complaint event, in Hindi (the default) or English. Pure:
 * the same event and language always give the same message, so a message that waited for the
 * citizen to become known is composed exactly as it would have been at once. Events that tell the
 * citizen nothing new (routed, action reported, verified) give no message.
 */
public final class MessageComposer {

    /** WhatsApp's limits for reply-button messages. */
    public static final int MAX_BUTTON_BODY = 1024;
    public static final int MAX_BUTTON_TITLE = 20;
    /** Remarks are the department's free text; cut so the whole body stays within WhatsApp's limit. */
    static final int MAX_REMARKS = 600;

    /** The kind of message an event gives, without composing it (the citizen may not be known yet). */
    public Optional<MessageKind> kindFor(Object data) {
        if (data instanceof ComplaintReceived) {
            return Optional.of(MessageKind.ACKNOWLEDGEMENT);
        } else if (data instanceof ComplaintRegistered) {
            return Optional.of(MessageKind.REGISTERED);
        } else if (data instanceof VerificationRequested) {
            return Optional.of(MessageKind.VERIFICATION_REQUEST);
        } else if (data instanceof ComplaintClosed) {
            return Optional.of(MessageKind.CLOSED);
        } else if (data instanceof ComplaintReopened) {
            return Optional.of(MessageKind.REOPENED);
        } else if (data instanceof ComplaintEscalated) {
            return Optional.of(MessageKind.ESCALATED);
        } else if (data instanceof ComplaintNeedsTriage) {
            return Optional.of(MessageKind.NEEDS_TRIAGE);
        } else if (data instanceof ComplaintQuarantined) {
            return Optional.of(MessageKind.QUARANTINED);
        }
        return Optional.empty();
    }

    public Optional<CitizenMessage> compose(EventEnvelope<?> event, Language lang) {
        Object data = event.data();
        boolean hi = lang == Language.HI;
        if (data instanceof ComplaintReceived e) {
            return text(MessageKind.ACKNOWLEDGEMENT, hi
                    ? "आपकी शिकायत दर्ज हो गई है। शिकायत संख्या: " + e.complaintId() + "। "
                    + "हम इसे संबंधित विभाग को भेज रहे हैं और हर कदम की जानकारी आपको यहीं देंगे। "
                    + "कृपया यह संख्या संभाल कर रखें।"
                    : "Your complaint has been received. Complaint number: " + e.complaintId() + ". "
                    + "We are sending it to the department concerned and will keep you informed here at every step. "
                    + "Please keep this number.");
        } else if (data instanceof ComplaintRegistered e) {
            return text(MessageKind.REGISTERED, hi
                    ? "आपकी शिकायत " + e.complaintId() + " राजस्थान संपर्क पोर्टल पर दर्ज कर "
                    + department(e.departmentCode(), lang) + " को भेज दी गई है। "
                    + "संपर्क शिकायत संख्या: " + e.grievanceId() + "। आप 181 पर भी इस संख्या से स्थिति पूछ सकते हैं।"
                    : "Your complaint " + e.complaintId() + " has been registered on the Rajasthan Sampark portal and sent to "
                    + department(e.departmentCode(), lang) + ". Sampark grievance number: " + e.grievanceId()
                    + ". You can also ask about it on 181 with this number.");
        } else if (data instanceof VerificationRequested e) {
            return Optional.of(verification(e, lang));
        } else if (data instanceof ComplaintClosed e) {
            return text(MessageKind.CLOSED, hi
                    ? "आपकी शिकायत " + e.complaintId() + " की जाँच पूरी हो गई है और इसे बंद कर दिया गया है। "
                    + "संपर्क सेतु का उपयोग करने के लिए धन्यवाद।"
                    : "Your complaint " + e.complaintId() + " has been checked and is now closed. "
                    + "Thank you for using Sampark Setu.");
        } else if (data instanceof ComplaintReopened e) {
            return text(MessageKind.REOPENED, hi
                    ? "आपकी शिकायत " + e.complaintId() + " फिर से खोल दी गई है, क्योंकि समस्या ठीक नहीं हुई। "
                    + "इसे " + department(e.departmentCode(), lang) + " के वरिष्ठ अधिकारी (स्तर L" + e.escalationLevel()
                    + ") को भेजा गया है।"
                    : "Your complaint " + e.complaintId() + " has been reopened because the problem was not fixed. "
                    + "It has been escalated to a senior officer of " + department(e.departmentCode(), lang)
                    + " (level L" + e.escalationLevel() + ").");
        } else if (data instanceof ComplaintEscalated e) {
            return text(MessageKind.ESCALATED, hi
                    ? "आपकी शिकायत " + e.complaintId() + " पर समय पर कार्रवाई नहीं हुई, इसलिए इसे "
                    + department(e.departmentCode(), lang) + " के वरिष्ठ अधिकारी (स्तर L" + e.toLevel() + ") को भेजा गया है।"
                    : "Your complaint " + e.complaintId() + " was not acted on in time, so it has been escalated to a senior officer of "
                    + department(e.departmentCode(), lang) + " (level L" + e.toLevel() + ").");
        } else if (data instanceof ComplaintNeedsTriage e) {
            return text(MessageKind.NEEDS_TRIAGE, hi
                    ? "आपकी शिकायत " + e.complaintId() + " सही विभाग तक पहुँचाने के लिए ज़िला शिकायत प्रकोष्ठ देख रहा है। "
                    + "जल्द ही इसे आगे भेजा जाएगा।"
                    : "The district grievance cell is finding the right department for your complaint " + e.complaintId()
                    + ". It will be forwarded soon.");
        } else if (data instanceof ComplaintQuarantined e) {
            return text(MessageKind.QUARANTINED, hi
                    ? "आपका संदेश (" + e.complaintId() + ") अभी जाँच के लिए रोका गया है। अगर यह शिकायत है तो कृपया "
                    + "समस्या, जगह और गाँव का नाम साफ़ लिख कर भेजें।"
                    : "Your message (" + e.complaintId() + ") is held for review. If it is a complaint, please send "
                    + "the problem, the place and the village name clearly.");
        }
        return Optional.empty();
    }

    private static CitizenMessage verification(VerificationRequested e, Language lang) {
        boolean hi = lang == Language.HI;
        String remarks = e.remarks() == null || e.remarks().isBlank() ? (hi ? "(कोई टिप्पणी नहीं)" : "(no remarks)")
                : cut(e.remarks().strip(), MAX_REMARKS);
        String body = hi
                ? "शिकायत " + e.complaintId() + ": " + department(e.departmentCode(), lang) + " ने कार्रवाई की रिपोर्ट दी है"
                + outcome(e.outcome(), lang) + "।\nविभाग की टिप्पणी: " + remarks
                + "\n\nक्या आपकी समस्या सच में ठीक हो गई है? नीचे एक बटन दबाएँ।"
                : "Complaint " + e.complaintId() + ": " + department(e.departmentCode(), lang) + " has reported action"
                + outcome(e.outcome(), lang) + ".\nDepartment's remarks: " + remarks
                + "\n\nIs your problem really fixed? Please tap a button below.";
        List<CitizenMessage.Button> buttons = List.of(
                new CitizenMessage.Button(ReplyIds.verification(VerificationAnswer.FIXED, e.complaintId()),
                        hi ? "हाँ, ठीक हो गया" : "Yes, it is fixed"),
                new CitizenMessage.Button(ReplyIds.verification(VerificationAnswer.NOT_FIXED, e.complaintId()),
                        hi ? "नहीं" : "No"),
                new CitizenMessage.Button(ReplyIds.verification(VerificationAnswer.DONT_KNOW, e.complaintId()),
                        hi ? "पता नहीं" : "Don't know"));
        return new CitizenMessage.Buttons(MessageKind.VERIFICATION_REQUEST, cut(body, MAX_BUTTON_BODY), buttons);
    }

    private static String outcome(DisposalOutcome outcome, Language lang) {
        if (outcome == null) {
            return "";
        }
        boolean hi = lang == Language.HI;
        String word = switch (outcome) {
            case RELIEF -> hi ? "राहत दी गई" : "relief given";
            case INTERIM_RELIEF -> hi ? "अंतरिम राहत" : "interim relief";
            case REJECTED -> hi ? "अस्वीकृत" : "rejected";
            case FALSE_CASE -> hi ? "झूठा मामला बताया गया" : "reported as a false case";
            case FILED -> hi ? "फ़ाइल किया गया" : "filed";
            case NOT_POSSIBLE -> hi ? "संभव नहीं बताया गया" : "reported as not possible";
        };
        return hi ? " (परिणाम: " + word + ")" : " (outcome: " + word + ")";
    }

    /** The department's name as the citizen knows it; the code itself if the directory does not know it. */
    static String department(String code, Language lang) {
        if (code == null) {
            return lang == Language.HI ? "संबंधित विभाग" : "the department concerned";
        }
        return Departments.byCode(code)
                .map(d -> lang == Language.HI ? d.nameHi() : d.nameEn())
                .orElse(code);
    }

    private static Optional<CitizenMessage> text(MessageKind kind, String body) {
        return Optional.of(new CitizenMessage.Text(kind, body));
    }

    /** Cuts on code points, never inside a surrogate pair, and marks the cut. */
    static String cut(String s, int maxChars) {
        if (s.codePointCount(0, s.length()) <= maxChars) {
            return s;
        }
        int end = s.offsetByCodePoints(0, maxChars - 1);
        return s.substring(0, end) + "…";
    }
}
