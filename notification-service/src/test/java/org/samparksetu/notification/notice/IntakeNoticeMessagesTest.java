package org.samparksetu.notification.notice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.message.MessageComposer;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Given what intake did with a citizen's message (citizen.notice), when we compose the notice, then the citizen reads this. */
class IntakeNoticeMessagesTest {
    private static final String ID = "JAL-2026-000123";

    private static CitizenNotice notice(String kind, String messageType, Boolean firstContact, String related, String token) {
        return new CitizenNotice("919800000001", ID, kind, related, null, null, Instant.now(), firstContact, messageType, token);
    }

    @ParameterizedTest(name = "{0} {1} firstContact={2} in {3}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // the first message of a new complaint from someone who never wrote to us: number, welcome, privacy, warning
            "ACKNOWLEDGED; null; true; HI; JAL-2026-000123|स्वागत|गोपनीयता|झूठी शिकायत|फ़ोटो, लोकेशन या आवाज़ वाला संदेश|इसी शिकायत में जुड़ जाएँगे; null",
            "ACKNOWLEDGED; null; true; EN; JAL-2026-000123|Welcome|Privacy|false complaint|photos, a location or a voice note|they will be added to this complaint; null",
            // a citizen who has complained before: the number and what they may still send, no second welcome
            "ACKNOWLEDGED; null; false; HI; शिकायत संख्या: JAL-2026-000123|फ़ोटो, लोकेशन; स्वागत",
            // an album and a voice note sent while the complaint is being put together
            "PART_ADDED; image; null; HI; आपकी फ़ोटो शिकायत JAL-2026-000123 में जोड़ दी गई है; null",
            "PART_ADDED; audio; null; HI; आवाज़ वाला संदेश शिकायत JAL-2026-000123 में जोड़ दिया गया; null",
            "PART_ADDED; voice; null; EN; Your voice note was added to complaint JAL-2026-000123; null",
            "PART_ADDED; location; null; HI; लोकेशन) शिकायत JAL-2026-000123 में जोड़ दी गई; null",
            "PART_ADDED; text; null; EN; Your message was added to complaint JAL-2026-000123; null",
            "PART_ADDED; null; null; HI; शिकायत JAL-2026-000123 में जोड़ दिया गया; null",
            // "aur ek baat…" days later about an open complaint: added, not a new one
            "ADDED_TO_COMPLAINT; text; null; HI; आपकी बात आपकी शिकायत JAL-2026-000123 में जोड़ दी गई|नई शिकायत नहीं बनाई गई; null",
            "ADDED_TO_COMPLAINT; image; null; EN; Your photo was added to your complaint JAL-2026-000123|no new complaint; null",
            // a pin alone
            "LOCATION_NEEDS_TEXT; location; null; HI; लोकेशन) मिल गई|समस्या भी लिख कर भेजें; null",
            // what we cannot take, and what we can
            "UNSUPPORTED_MESSAGE; sticker; null; HI; स्टिकर|लिखा हुआ संदेश, फ़ोटो, आवाज़ वाला संदेश (वॉइस नोट) या लोकेशन; null",
            "UNSUPPORTED_MESSAGE; reaction; null; HI; इमोजी|लिखा हुआ संदेश; null",
            "UNSUPPORTED_MESSAGE; contacts; null; HI; संपर्क कार्ड|नंबर बताना है तो उसे संदेश में लिख दें; null",
            "UNSUPPORTED_MESSAGE; order; null; EN; order message|a text message, a photo, a voice note or a location; null",
            "UNSUPPORTED_MESSAGE; unsupported; null; HI; WhatsApp हमें नहीं दिखा पाया|लोकेशन; null",
            "UNSUPPORTED_MESSAGE; poll; null; EN; this kind of message|a voice note; null",
            // "theek hai na?" while we wait for "is it fixed?"
            "ANSWER_NOT_UNDERSTOOD; text; null; HI; JAL-2026-000123|बटनों में से एक दबाएँ|हाँ, ठीक हो गया; null",
            // a photo of a letter waits for a person to read it: add to it here, do not file again
            "AWAITING_TRANSCRIPTION; image; null; HI; JAL-2026-000123|यहीं लिख दें|इसी शिकायत JAL-2026-000123 में जुड़ जाएगा|नई शिकायत करने की ज़रूरत नहीं; जल्दी के लिए",
            "AWAITING_TRANSCRIPTION; image; null; EN; If you want to add something, write it here|it will be added to this complaint; speed this up",
    })
    void theCitizenIsToldWhatBecameOfTheirMessage(String kind, String type, Boolean firstContact, Language lang,
                                                   String mustSay, String mustNotSay) {
        CitizenMessage m = IntakeNoticeMessages.of(notice(kind, type, firstContact, null, null), lang).orElseThrow();
        String body = ((CitizenMessage.Text) m).body();
        assertThat(body).contains(Arrays.asList(mustSay.split("\\|")));
        if (mustNotSay != null) {
            assertThat(body).doesNotContain(mustNotSay);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"HI; नई शिकायत; 000123 के बारे में", "EN; New complaint; About 000123"})
    void newOrExistingIsAskedWithTwoButtonsThatFitAndCarryTheToken(Language lang, String newTitle, String aboutTitle) {
        var m = (CitizenMessage.Buttons) IntakeNoticeMessages.of(notice(CitizenNotice.ASK_NEW_OR_EXISTING, "text", null,
                ID, "tok_42-a"), lang).orElseThrow();
        assertThat(m.body()).contains(ID);
        assertThat(m.buttons()).extracting(CitizenMessage.Button::id)
                .containsExactly(ReplyIds.followUpNew("tok_42-a"), ReplyIds.followUpAbout(ID, "tok_42-a"));
        assertThat(m.buttons()).extracting(CitizenMessage.Button::title).containsExactly(newTitle, aboutTitle);
        assertThat(m.buttons()).allSatisfy(b -> assertThat(b.title().codePointCount(0, b.title().length()))
                .isBetween(1, MessageComposer.MAX_BUTTON_TITLE));
        assertThat(ReplyIds.parseFollowUp(m.buttons().get(1).id()).orElseThrow().complaintId()).isEqualTo(ID);
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            // a short number fits whole
            "AB-2026-123456; EN; About AB-2026-123456",
            // the district's usual number does not: the serial alone, the question names the whole number
            "JAL-2026-000123; HI; 000123 के बारे में",
            "JAL-2026-000123; EN; About 000123",
    })
    void theAboutButtonFitsTwentyCharacters(String id, Language lang, String title) {
        assertThat(IntakeNoticeMessages.aboutTitle(id, lang)).isEqualTo(title);
    }

    @Test
    void aQuestionWithoutTheComplaintOrAUsableTokenIsNotSent() {
        assertThat(IntakeNoticeMessages.of(notice(CitizenNotice.ASK_NEW_OR_EXISTING, "text", null, null, "t1"), Language.HI)).isEmpty();
        assertThat(IntakeNoticeMessages.of(notice(CitizenNotice.ASK_NEW_OR_EXISTING, "text", null, ID, "no spaces allowed"), Language.HI)).isEmpty();
        assertThat(IntakeNoticeMessages.of(notice("SOMETHING_NEWER", null, null, null, null), Language.HI)).isEmpty();
    }

    @ParameterizedTest(name = "{0} about {1} in {2}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // a field check at the village found the complaint false: calm, factual, the law, whom to ask
            "FLAGGED_FALSE; JAL-2026-000123; null; HI; शिकायत JAL-2026-000123: मौके पर हुई जाँच में यह शिकायत सही नहीं पाई गई|\"झूठी शिकायत\" का निशान|सूचना प्रौद्योगिकी (IT) अधिनियम|ज़िला शिकायत प्रकोष्ठ (कलेक्ट्रेट) से संपर्क करें",
            "FLAGGED_FALSE; JAL-2026-000123; null; EN; Complaint JAL-2026-000123: a check on the spot found that this complaint was not true|Information Technology (IT) Act|contact the district grievance cell",
            "FLAGGED_FALSE; null; null; HI; आपकी एक शिकायत सही नहीं पाई गई|IT) अधिनियम",
            // the grievance cell looked again and removed the flag, saying why
            "FLAG_CLEARED; null; दोबारा जाँच में शिकायत सही पाई गई; HI; निशान ज़िला शिकायत प्रकोष्ठ ने हटा दिया है। कारण: दोबारा जाँच में शिकायत सही पाई गई|पहले की तरह",
            "FLAG_CLEARED; null; null; EN; removed the false-complaint mark from your number. Reason: (no reason recorded)",
    })
    void aFalseCaseFlagAndItsClearingAreToldCalmly(String kind, String complaintId, String reason, Language lang, String mustSay) {
        var n = new CitizenNotice("919800000001", complaintId, kind, null, reason, null, Instant.now());
        var m = (CitizenMessage.Text) IntakeNoticeMessages.of(n, lang).orElseThrow();
        assertThat(m.kind().name()).isEqualTo(kind);
        assertThat(m.body()).contains(Arrays.asList(mustSay.split("\\|")));
        // not an answer to the citizen's own message: the window stays as it was, and the template may have to go
        assertThat(IntakeNoticeMessages.answersTheCitizen(kind)).isFalse();
        var t = IntakeNoticeMessages.template(n, lang).orElseThrow();
        assertThat(t.name()).isEqualTo(kind.equals("FLAGGED_FALSE") ? "sampark_number_flagged_false" : "sampark_flag_cleared");
        assertThat(t.bodyParameters()).hasSize(1).allSatisfy(p -> assertThat(p).isNotBlank());
    }

    @Test
    void everyOtherNoticeAnswersWhatTheCitizenJustSentAndHasNoTemplate() {
        for (String kind : List.of(CitizenNotice.ACKNOWLEDGED, CitizenNotice.LINKED, CitizenNotice.BLOCKED,
                CitizenNotice.ANSWER_NOT_UNDERSTOOD)) {
            assertThat(IntakeNoticeMessages.answersTheCitizen(kind)).as(kind).isTrue();
            assertThat(IntakeNoticeMessages.template(notice(kind, null, null, ID, null), Language.HI)).as(kind).isEmpty();
        }
    }
}
