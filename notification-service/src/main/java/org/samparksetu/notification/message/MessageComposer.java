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
import org.samparksetu.contract.events.DisputeReasonRequested;
import org.samparksetu.contract.events.InterimReplied;
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
        } else if (data instanceof DisputeReasonRequested) {
            return Optional.of(MessageKind.REASON_REQUEST);
        } else if (data instanceof InterimReplied) {
            return Optional.of(MessageKind.INTERIM_REPLY);
        }
        return Optional.empty();
    }

    public Optional<CitizenMessage> compose(EventEnvelope<?> event, Language lang) {
        Object data = event.data();
        boolean hi = lang == Language.HI;
        if (data instanceof ComplaintReceived e) {
            return acknowledgement(hi
                    ? "आपकी शिकायत दर्ज हो गई है। शिकायत संख्या: " + e.complaintId() + "। "
                    + "हम इसे संबंधित विभाग को भेज रहे हैं और हर कदम की जानकारी आपको यहीं देंगे। "
                    + "कृपया यह संख्या संभाल कर रखें।"
                    : "Your complaint has been received. Complaint number: " + e.complaintId() + ". "
                    + "We are sending it to the department concerned and will keep you informed here at every step. "
                    + "Please keep this number.", Boolean.TRUE.equals(e.firstContact()), lang);
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
        } else if (data instanceof ComplaintQuarantined e && "REJECTED".equals(e.decision())) {
            // an operator rejected it for good: say why (wording with intake's other notices)
            return text(MessageKind.QUARANTINED, org.samparksetu.notification.notice.IntakeNoticeMessages.rejected(e, lang));
        } else if (data instanceof ComplaintQuarantined e) {
            return text(MessageKind.QUARANTINED, hi
                    ? "आपका संदेश (" + e.complaintId() + ") अभी जाँच के लिए रोका गया है। अगर यह शिकायत है तो कृपया "
                    + "समस्या, जगह और गाँव का नाम साफ़ लिख कर भेजें।"
                    : "Your message (" + e.complaintId() + ") is held for review. If it is a complaint, please send "
                    + "the problem, the place and the village name clearly.");
        } else if (data instanceof DisputeReasonRequested e) {
            return text(MessageKind.REASON_REQUEST, hi
                    ? "शिकायत " + e.complaintId() + ": आपने बताया कि समस्या ठीक नहीं हुई। कृपया एक संदेश में लिखें कि अभी क्या स्थिति है, "
                    + "और हो सके तो समस्या की एक फ़ोटो भेजें। इससे जाँच अधिकारी को मदद मिलेगी।"
                    : "Complaint " + e.complaintId() + ": you said the problem is not fixed. Please write in one message how things "
                    + "stand now and, if you can, send a photo of the problem. This helps the verifying officer.");
        } else if (data instanceof InterimReplied e) {
            String reason = e.reason() == null || e.reason().isBlank() ? (hi ? "(कारण नहीं बताया)" : "(no reason given)")
                    : cut(e.reason().strip(), MAX_REMARKS);
            String by = e.expectedBy() == null || e.expectedBy().isBlank() ? (hi ? "जल्द" : "soon") : e.expectedBy();
            return text(MessageKind.INTERIM_REPLY, hi
                    ? "शिकायत " + e.complaintId() + ": " + department(e.departmentCode(), lang) + " ने बताया है कि अभी कार्रवाई क्यों नहीं हो पाई: "
                    + reason + "\nअपेक्षित तारीख: " + by + "। तब तक कार्रवाई न होने पर शिकायत वरिष्ठ अधिकारी को जाएगी।"
                    : "Complaint " + e.complaintId() + ": " + department(e.departmentCode(), lang) + " says why it could not act yet: "
                    + reason + "\nExpected by: " + by + ". If nothing is done by then, it goes to a senior officer.");
        }
        return Optional.empty();
    }

    /**
     * The acknowledgement; on the citizen's first contact it also carries the welcome, the privacy notice and the
     * warning about false complaints, in the same message (one event, one message).
     */
    private static Optional<CitizenMessage> acknowledgement(String body, boolean firstContact, Language lang) {
        if (!firstContact) {
            return text(MessageKind.ACKNOWLEDGEMENT, body);
        }
        String extra = lang == Language.HI
                ? "\n\nसंपर्क सेतु में आपका स्वागत है। यहाँ आप राजस्थान सरकार से अपनी शिकायत दर्ज कर सकते हैं और उसकी स्थिति जान सकते हैं "
                + "(STATUS लिख कर भेजें)।\nगोपनीयता: आपका नंबर और संदेश केवल आपकी शिकायत के निपटारे के लिए संबंधित विभाग के साथ साझा किए जाते हैं।"
                + "\nचेतावनी: झूठी शिकायत करना कानूनन दंडनीय अपराध है।"
                : "\n\nWelcome to Sampark Setu. Here you can file a complaint with the Government of Rajasthan and ask about it "
                + "(send STATUS).\nPrivacy: your number and messages are shared only with the department concerned, to resolve your complaint."
                + "\nWarning: filing a false complaint is punishable by law.";
        return text(MessageKind.ACKNOWLEDGEMENT, body + extra);
    }

    /**
     * The same message as an approved template (for a closed window or after a 131047), or empty if the event
     * gives no message. Parameters never contain line breaks (Meta refuses them).
     */
    public Optional<CitizenMessage.Template> template(EventEnvelope<?> event, Language lang) {
        Object data = event.data();
        boolean hi = lang == Language.HI;
        if (data instanceof ComplaintReceived e) {
            return template(MessageKind.ACKNOWLEDGEMENT, lang, List.of(e.complaintId()), List.of());
        } else if (data instanceof ComplaintRegistered e) {
            return template(MessageKind.REGISTERED, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    e.grievanceId()), List.of());
        } else if (data instanceof VerificationRequested e) {
            String outcome = e.outcome() == null ? (hi ? "नहीं बताया" : "not stated") : outcomeWord(e.outcome(), lang);
            return template(MessageKind.VERIFICATION_REQUEST, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    outcome), List.of(ReplyIds.verification(VerificationAnswer.FIXED, e.complaintId()),
                    ReplyIds.verification(VerificationAnswer.NOT_FIXED, e.complaintId()),
                    ReplyIds.verification(VerificationAnswer.DONT_KNOW, e.complaintId())));
        } else if (data instanceof ComplaintClosed e) {
            return template(MessageKind.CLOSED, lang, List.of(e.complaintId()), List.of());
        } else if (data instanceof ComplaintReopened e) {
            return template(MessageKind.REOPENED, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    "L" + e.escalationLevel()), List.of());
        } else if (data instanceof ComplaintEscalated e) {
            return template(MessageKind.ESCALATED, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    "L" + e.toLevel()), List.of());
        } else if (data instanceof ComplaintNeedsTriage e) {
            return template(MessageKind.NEEDS_TRIAGE, lang, List.of(e.complaintId()), List.of());
        } else if (data instanceof ComplaintQuarantined e) {
            return template(MessageKind.QUARANTINED, lang, List.of(e.complaintId()), List.of());
        } else if (data instanceof DisputeReasonRequested e) {
            return template(MessageKind.REASON_REQUEST, lang, List.of(e.complaintId()), List.of());
        } else if (data instanceof InterimReplied e) {
            return template(MessageKind.INTERIM_REPLY, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    e.expectedBy() == null || e.expectedBy().isBlank() ? (hi ? "जल्द" : "soon") : e.expectedBy()), List.of());
        }
        return Optional.empty();
    }

    /** Kinds of the cluster leader's events that its co-complainants hear about. */
    public boolean concernsCoComplainants(Object data) {
        return data instanceof ComplaintRegistered || data instanceof VerificationRequested || data instanceof ComplaintClosed
                || data instanceof ComplaintReopened || data instanceof ComplaintEscalated;
    }

    /** One line on the leader's progress, for a co-complainant (no buttons: the leader's citizen confirms the fix). */
    public Optional<String> progress(Object data, Language lang) {
        boolean hi = lang == Language.HI;
        if (data instanceof ComplaintRegistered e) {
            return Optional.of(hi ? "संपर्क पोर्टल पर दर्ज कर " + department(e.departmentCode(), lang) + " को भेजी गई, संपर्क शिकायत संख्या " + e.grievanceId()
                    : "registered on Sampark and sent to " + department(e.departmentCode(), lang) + ", grievance number " + e.grievanceId());
        } else if (data instanceof VerificationRequested e) {
            return Optional.of(hi ? department(e.departmentCode(), lang) + " ने कार्रवाई की रिपोर्ट दी है, अब इसकी जाँच हो रही है"
                    : department(e.departmentCode(), lang) + " has reported action, which is now being checked");
        } else if (data instanceof ComplaintClosed e) {
            return Optional.of(hi ? "जाँच के बाद समस्या ठीक पाई गई और शिकायत बंद कर दी गई" : "the fix was checked and the complaint is closed");
        } else if (data instanceof ComplaintReopened e) {
            return Optional.of(hi ? "समस्या ठीक नहीं हुई, इसलिए फिर से खोली गई (स्तर L" + e.escalationLevel() + ")"
                    : "reopened because the problem was not fixed (level L" + e.escalationLevel() + ")");
        } else if (data instanceof ComplaintEscalated e) {
            return Optional.of(hi ? department(e.departmentCode(), lang) + " के वरिष्ठ अधिकारी (स्तर L" + e.toLevel() + ") को भेजी गई"
                    : "escalated to a senior officer of " + department(e.departmentCode(), lang) + " (level L" + e.toLevel() + ")");
        }
        return Optional.empty();
    }

    /** A co-complainant's message about the leader's event: free-form text. */
    public Optional<CitizenMessage> coComplainant(EventEnvelope<?> leaderEvent, String memberId, Language lang) {
        return progress(leaderEvent.data(), lang).map(p -> new CitizenMessage.Text(MessageKind.CO_COMPLAINANT_UPDATE,
                TemplateCatalogue.standard().find(MessageKind.CO_COMPLAINANT_UPDATE, lang).orElseThrow()
                        .render(List.of(memberId, leaderEvent.subject(), p))));
    }

    /** The same as an approved template. */
    public Optional<CitizenMessage.Template> coComplainantTemplate(EventEnvelope<?> leaderEvent, String memberId, Language lang) {
        return progress(leaderEvent.data(), lang).flatMap(p -> template(MessageKind.CO_COMPLAINANT_UPDATE, lang,
                List.of(memberId, leaderEvent.subject(), p), List.of()));
    }

    public static Optional<CitizenMessage.Template> template(MessageKind kind, Language lang, List<String> params,
                                                             List<String> quickReplies) {
        return TemplateCatalogue.standard().find(kind, lang).map(t -> {
            if (t.parameterCount() != params.size()) {
                throw new IllegalStateException(t.name() + " takes " + t.parameterCount() + " parameters, not " + params.size());
            }
            List<String> clean = params.stream().map(MessageComposer::templateParameter).toList();
            return new CitizenMessage.Template(kind, t.name(), lang.code(), clean, quickReplies);
        });
    }

    /** Meta refuses parameters with line breaks, tabs or more than four spaces in a row. */
    static String templateParameter(String p) {
        String s = p == null || p.isBlank() ? "-" : p.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {4,}", "   ").strip();
        return cut(s, 200);
    }

    private static CitizenMessage verification(VerificationRequested e, Language lang) {
        boolean hi = lang == Language.HI;
        String remarks = e.remarks() == null || e.remarks().isBlank() ? (hi ? "(कोई टिप्पणी नहीं)" : "(no remarks)")
                : cut(e.remarks().strip(), MAX_REMARKS);
        boolean reminder = VerificationRequested.KIND_REMINDER.equals(e.kind());
        String body = (reminder ? (hi ? "याद दिला रहे हैं: " : "Reminder: ") : "") + (hi
                ? "शिकायत " + e.complaintId() + ": " + department(e.departmentCode(), lang) + " ने कार्रवाई की रिपोर्ट दी है"
                + outcome(e.outcome(), lang) + "।\nविभाग की टिप्पणी: " + remarks
                + "\n\nक्या आपकी समस्या सच में ठीक हो गई है? नीचे एक बटन दबाएँ।"
                : "Complaint " + e.complaintId() + ": " + department(e.departmentCode(), lang) + " has reported action"
                + outcome(e.outcome(), lang) + ".\nDepartment's remarks: " + remarks
                + "\n\nIs your problem really fixed? Please tap a button below.");
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
        String word = outcomeWord(outcome, lang);
        return hi ? " (परिणाम: " + word + ")" : " (outcome: " + word + ")";
    }

    static String outcomeWord(DisposalOutcome outcome, Language lang) {
        boolean hi = lang == Language.HI;
        return switch (outcome) {
            case RELIEF -> hi ? "राहत दी गई" : "relief given";
            case INTERIM_RELIEF -> hi ? "अंतरिम राहत" : "interim relief";
            case REJECTED -> hi ? "अस्वीकृत" : "rejected";
            case FALSE_CASE -> hi ? "झूठा मामला बताया गया" : "reported as a false case";
            case FILED -> hi ? "फ़ाइल किया गया" : "filed";
            case NOT_POSSIBLE -> hi ? "संभव नहीं बताया गया" : "reported as not possible";
        };
    }

    /** The department's name as the citizen knows it; the code itself if the directory does not know it. */
    public static String department(String code, Language lang) {
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
