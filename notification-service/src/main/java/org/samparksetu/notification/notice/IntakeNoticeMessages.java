package org.samparksetu.notification.notice;

import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.message.Language;
import org.samparksetu.notification.message.MessageKind;

import java.util.Optional;

/** The words of intake's notices, Hindi (default) and English. Short: one message, read on a basic phone. */
public final class IntakeNoticeMessages {
    /** An operator's reason is shown, but never a novel. */
    static final int MAX_REASON = 300;

    private IntakeNoticeMessages() {
    }

    public static Optional<CitizenMessage> of(CitizenNotice n, Language lang) {
        boolean hi = lang == Language.HI;
        String body = switch (n.kind() == null ? "" : n.kind()) {
            case CitizenNotice.LINKED -> hi
                    ? "यह शिकायत आप पहले ही भेज चुके हैं (" + n.relatedComplaintId() + ")। इसे दोबारा दर्ज नहीं किया गया, "
                    + "आपका संदेश उसी शिकायत के साथ जोड़ दिया गया है। स्थिति जानने के लिए लिखें: स्थिति " + n.relatedComplaintId()
                    : "You have already sent this complaint (" + n.relatedComplaintId() + "). It was not filed again; your "
                    + "message was added to that complaint. To check on it, write: status " + n.relatedComplaintId();
            case CitizenNotice.AWAITING_TRANSCRIPTION -> hi
                    ? "आपकी फ़ोटो / आवाज़ वाली शिकायत मिल गई है (" + n.complaintId() + ")। हमारे कर्मचारी इसे पढ़/सुनकर "
                    + "दर्ज करेंगे, फिर आपको शिकायत दर्ज होने का संदेश मिलेगा। जल्दी के लिए समस्या और गाँव का नाम लिखकर भी भेज सकते हैं।"
                    : "We have received your photo / voice complaint (" + n.complaintId() + "). Our staff will read or listen "
                    + "to it and type it in; you will then get a message that it is registered. To speed this up you can "
                    + "also write the problem and the village name.";
            case CitizenNotice.BLOCKED -> hi
                    ? "इस नंबर से भेजी गई शिकायतें अभी स्वीकार नहीं की जा रहीं। कारण: " + reason(n, true)
                    + "। अधिक जानकारी के लिए ज़िला शिकायत प्रकोष्ठ (कलेक्ट्रेट) से संपर्क करें।"
                    : "Complaints from this number are not being accepted at present. Reason: " + reason(n, false)
                    + ". For more information please contact the district grievance cell (Collectorate).";
            default -> null;
        };
        return Optional.ofNullable(body).map(b -> new CitizenMessage.Text(MessageKind.INTAKE_NOTICE, b));
    }

    /** An operator rejected a held message for good ({@code complaint.quarantined}, decision REJECTED): why. */
    public static String rejected(ComplaintQuarantined e, Language lang) {
        return lang == Language.HI
                ? "आपका संदेश (" + e.complaintId() + ") जाँच के बाद शिकायत के रूप में दर्ज नहीं किया गया। कारण: "
                + reason(e.reason(), true) + "। अगर आपकी कोई सच्ची समस्या है तो कृपया समस्या, जगह और गाँव का नाम लिखकर दोबारा भेजें।"
                : "After review, your message (" + e.complaintId() + ") was not registered as a complaint. Reason: "
                + reason(e.reason(), false) + ". If you have a real problem, please send it again with the place and the village name.";
    }

    private static String reason(CitizenNotice n, boolean hi) {
        return reason(n.reason(), hi);
    }

    private static String reason(String reason, boolean hi) {
        if (reason == null || reason.isBlank()) {
            return hi ? "(कारण दर्ज नहीं)" : "(no reason recorded)";
        }
        String r = reason.strip();
        return r.length() <= MAX_REASON ? r : r.substring(0, MAX_REASON - 1) + "…";
    }
}
