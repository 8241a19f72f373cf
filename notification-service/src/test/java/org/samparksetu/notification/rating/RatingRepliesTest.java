package org.samparksetu.notification.rating;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.Satisfaction;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.message.MessageComposer;
import org.samparksetu.notification.message.MessageKind;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Given verification's decision on a rating or a request to reopen, when we answer, then the citizen reads this. */
class RatingRepliesTest {
    private static final String ID = "JAL-2026-000123";
    private final MessageComposer composer = new MessageComposer(10);

    @ParameterizedTest(name = "rating {0}, reopened {1}, refusal {2}, in {3}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // "संतुष्ट नहीं" within the period: the same number, back to the department
            "1; true; null; HI; आपकी शिकायत JAL-2026-000123 फिर से खोल दी गई है|यही शिकायत संख्या JAL-2026-000123 रहेगी|जन स्वास्थ्य अभियांत्रिकी विभाग",
            // "phir se kholo" within the period (no rating)
            "null; true; null; EN; complaint JAL-2026-000123 has been reopened|same number|sent back to Public Health Engineering",
            // "संतुष्ट"
            "5; false; null; HI; धन्यवाद|खुशी है कि आपकी समस्या हल हो गई",
            // a typed 2 that did not reopen it: thanks, without "glad it was solved"
            "2; false; null; EN; Thank you for rating complaint JAL-2026-000123|recorded",
            // "phir se kholo" a month after closure: why not, and how to file a new one
            "null; false; REOPEN_PERIOD_OVER; HI; 10 दिन से ज़्यादा|फिर से नहीं खोला जा सकता|नई शिकायत करें|गाँव का नाम",
            "1; false; REOPEN_PERIOD_OVER; EN; more than 10 days ago|file a new complaint",
            // "phir se kholo" about a complaint that is still open
            "null; false; NOT_CLOSED; HI; अभी बंद नहीं हुई है|STATUS JAL-2026-000123",
    })
    void theCitizenHearsWhatBecameOfTheirRating(Integer rating, boolean reopened, String refusal, Language lang, String mustSay) {
        var e = new ComplaintRated(ID, "PHED", rating, reopened, refusal, Instant.now());
        var m = (CitizenMessage.Text) composer.compose(EventEnvelope.of(EventType.COMPLAINT_RATED, "test", ID, e, Instant.now()), lang)
                .orElseThrow();
        assertThat(m.kind()).isEqualTo(MessageKind.RATING_REPLY);
        assertThat(m.body()).contains(Arrays.asList(mustSay.split("\\|")));
    }

    @Test
    void aComplaintStillOpenIsToldWithWhereItStands() {
        var e = new ComplaintRated(ID, "PHED", null, false, ComplaintRated.NOT_CLOSED, Instant.now());
        var m = (CitizenMessage.Text) composer.rated(e, Language.HI, Optional.of("स्थिति: संपर्क पोर्टल पर दर्ज, विभाग के पास"));
        assertThat(m.body()).contains("अभी बंद नहीं हुई").contains("संपर्क पोर्टल पर दर्ज, विभाग के पास").doesNotContain("{status}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "HI; संतुष्ट; संतुष्ट नहीं; 10 दिन के अंदर|फिर से खोलो|phir se kholo",
            "EN; Satisfied; Not satisfied; within 10 days|phir se kholo"})
    void theClosureMessageAsksForARatingAndSaysHowToReopen(Language lang, String yes, String no, String mustSay) {
        var closed = EventEnvelope.of(EventType.COMPLAINT_CLOSED, "test", ID,
                new ComplaintClosed(ID, "PHED", "VERIFIED_FIXED", Instant.now()), Instant.now());
        var m = (CitizenMessage.Buttons) composer.compose(closed, lang).orElseThrow();
        assertThat(m.kind()).isEqualTo(MessageKind.CLOSED);
        assertThat(m.body()).contains(ID).contains(Arrays.asList(mustSay.split("\\|")));
        assertThat(m.body().codePointCount(0, m.body().length())).isLessThanOrEqualTo(MessageComposer.MAX_BUTTON_BODY);
        assertThat(m.buttons()).extracting(CitizenMessage.Button::id).containsExactly(
                ReplyIds.rating(Satisfaction.SATISFIED, ID), ReplyIds.rating(Satisfaction.NOT_SATISFIED, ID));
        assertThat(m.buttons()).extracting(CitizenMessage.Button::title).containsExactly(yes, no);
        // a closed window: the approved template, with the same two buttons as quick replies
        var t = composer.template(closed, lang).orElseThrow();
        assertThat(t.bodyParameters()).containsExactly(ID, "10");
        assertThat(t.quickReplyPayloads()).containsExactly(
                ReplyIds.rating(Satisfaction.SATISFIED, ID), ReplyIds.rating(Satisfaction.NOT_SATISFIED, ID));
    }
}
