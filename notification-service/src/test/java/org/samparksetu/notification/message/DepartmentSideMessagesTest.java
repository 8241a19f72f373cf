package org.samparksetu.notification.message;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.notification.language.Language;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given what the department did (a disposal without a fix, interim relief, a transfer), when we compose the citizen's
 * message, then they read this: the decision and its reason with accept / appeal, the date of interim relief, the new
 * department.
 */
class DepartmentSideMessagesTest {
    private static final String ID = "JAL-2026-000456";
    private final MessageComposer composer = new MessageComposer();

    private static EventEnvelope<VerificationRequested> asked(DisposalOutcome outcome, String remarks, String kind) {
        return EventEnvelope.of(EventType.COMPLAINT_VERIFICATION_REQUESTED, "test", ID,
                new VerificationRequested(ID, "v-1", "PHED", outcome, remarks, Instant.now(), kind), Instant.now());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = ';', value = {
            // the hand pump belongs to the panchayat, says PHED: rejected, with its reason and the two buttons
            "REJECTED; HI; जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग) ने आपकी शिकायत JAL-2026-000456 अस्वीकार कर दी है।|विभाग का कारण: हैंडपंप पंचायत के अधीन है|\"ठीक है\" दबाएँ, शिकायत बंद कर दी जाएगी|\"अपील करें\" दबाएँ, आपकी शिकायत की दोबारा जाँच होगी",
            "NOT_POSSIBLE; HI; का कहना है कि आपकी शिकायत JAL-2026-000456 पर कार्रवाई करना संभव नहीं है|हैंडपंप पंचायत के अधीन है",
            "FILED; HI; ने आपकी शिकायत JAL-2026-000456 फ़ाइल कर दी है, यानी बिना कार्रवाई के निपटा दी है",
            "REJECTED; EN; Public Health Engineering (drinking water) has rejected your complaint JAL-2026-000456.|The department's reason: हैंडपंप पंचायत के अधीन है|tap \"OK\"|tap \"Appeal\"",
            "FILED; EN; has filed your complaint JAL-2026-000456, that is, disposed of it without action",
    })
    void aDisposalWithoutAFixIsToldWithItsReasonAndTheCitizenMayAcceptOrAppeal(DisposalOutcome outcome, Language lang, String mustSay) {
        var m = (CitizenMessage.Buttons) composer.compose(asked(outcome, "हैंडपंप पंचायत के अधीन है", VerificationRequested.KIND_APPEAL_OFFER), lang)
                .orElseThrow();
        assertThat(m.kind()).isEqualTo(MessageKind.APPEAL_OFFER);
        Arrays.stream(mustSay.split("\\|")).forEach(s -> assertThat(m.body()).contains(s));
        assertThat(m.buttons()).extracting(CitizenMessage.Button::id).containsExactly(
                ReplyIds.disposal(ReplyIds.DisposalAnswer.ACCEPT, ID), ReplyIds.disposal(ReplyIds.DisposalAnswer.APPEAL, ID));
        assertThat(m.buttons()).extracting(CitizenMessage.Button::title)
                .containsExactly(lang == Language.HI ? "ठीक है" : "OK", lang == Language.HI ? "अपील करें" : "Appeal");
        // the ids come back from intake as the citizen's answer, so they must parse
        assertThat(ReplyIds.parseDisposal(m.buttons().get(1).id())).contains(new ReplyIds.DisposalReply(ReplyIds.DisposalAnswer.APPEAL, ID));
    }

    @Test
    void aVeryLongReasonStillFitsWhatsAppsLimitForAMessageWithButtons() {
        var m = (CitizenMessage.Buttons) composer.compose(asked(DisposalOutcome.REJECTED, "कारण ".repeat(500),
                VerificationRequested.KIND_APPEAL_OFFER), Language.HI).orElseThrow();
        assertThat(m.body().codePointCount(0, m.body().length())).isLessThanOrEqualTo(MessageComposer.MAX_BUTTON_BODY);
        assertThat(m.body()).contains("अपील करें");
    }

    @Test
    void outsideTheWindowTheAppealOfferIsItsTemplateWithTheSameButtonIds() {
        var t = composer.template(asked(DisposalOutcome.NOT_POSSIBLE, "line one\nline two", VerificationRequested.KIND_APPEAL_OFFER),
                Language.HI).orElseThrow();
        assertThat(t.name()).isEqualTo("sampark_disposal_appeal");
        assertThat(t.bodyParameters()).containsExactly(ID, "जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग)",
                "संभव नहीं बताया गया", "line one line two");
        assertThat(t.quickReplyPayloads()).containsExactly("disposal:accept:" + ID, "disposal:appeal:" + ID);
    }

    @ParameterizedTest(name = "verification wrote \"{0}\" → by {2}, comment \"{3}\"")
    @CsvSource(delimiter = ';', value = {
            // verification's remarks: the date the department is held to, then its reason; the date is said once
            "2026-04-15: टैंकर से पानी शुरू; HI; 15-04-2026; टैंकर से पानी शुरू",
            // a date 200 days ahead that verification capped at 90: the cap is what the citizen hears
            "2026-07-14: new transformer ordered; EN; 14-07-2026; new transformer ordered",
    })
    void interimReliefNamesTheDateVerificationHoldsTheDepartmentToOnce(String remarks, Language lang, String by,
                                                                       String comment) {
        ComplaintFacts facts = id -> Optional.of("2026-11-01"); // the report's own date, later than the cap
        var e = asked(DisposalOutcome.INTERIM_RELIEF, remarks, VerificationRequested.KIND_INTERIM);
        var m = (CitizenMessage.Text) composer.compose(e, lang, facts).orElseThrow();
        assertThat(m.body()).contains(by).contains(comment).doesNotContain(remarks.substring(0, 10))
                .doesNotContain("01-11-2026");
    }

    @ParameterizedTest(name = "report says {0}, remarks \"{1}\" → {3}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // the action report's date wins: it is what the department filed
            "2026-04-15; टैंकर से पानी शुरू; HI; 15-04-2026",
            // no date on the report, but one written in the remarks
            "null; टैंकर शुरू, पाइपलाइन 2026-05-01 तक; HI; 01-05-2026",
            // no date at all: the usual time limit
            "null; टैंकर शुरू; HI; तय समय-सीमा",
            "null; tanker started; EN; the usual time limit",
            "2026-04-15; tanker started; EN; 15-04-2026",
    })
    void interimReliefIsToldWithTheDateTheRestWillBeDoneBy(String reported, String remarks, Language lang, String by) {
        ComplaintFacts facts = id -> ID.equals(id) ? Optional.ofNullable(reported) : Optional.empty();
        var e = asked(DisposalOutcome.INTERIM_RELIEF, remarks, VerificationRequested.KIND_INTERIM);
        var m = (CitizenMessage.Text) composer.compose(e, lang, facts).orElseThrow();
        assertThat(m.kind()).isEqualTo(MessageKind.INTERIM_RELIEF);
        assertThat(m.body()).contains(ID).contains(by).contains(remarks)
                .contains(lang == Language.HI ? "खुली रहेगी" : "stays open");
        var t = composer.template(e, lang, facts).orElseThrow();
        assertThat(t.name()).isEqualTo("sampark_interim_relief");
        assertThat(t.bodyParameters().get(2)).isEqualTo(by);
        assertThat(t.quickReplyPayloads()).isEmpty();
    }

    @Test
    void aPlainVerificationRequestIsStillIsItFixed() {
        var m = composer.compose(asked(DisposalOutcome.RELIEF, "done", null), Language.HI).orElseThrow();
        assertThat(m.kind()).isEqualTo(MessageKind.VERIFICATION_REQUEST);
        assertThat(composer.kindFor(asked(DisposalOutcome.RELIEF, "done", VerificationRequested.KIND_REMINDER).data()))
                .contains(MessageKind.VERIFICATION_REQUEST);
    }

    @Test
    void aTransferNamesTheNewDepartmentTheOldOneTheSamparkNumberAndWhy() {
        var e = EventEnvelope.of(EventType.COMPLAINT_TRANSFERRED, "test", ID, new ComplaintTransferred(ID, "PHED", "PANCHAYATI_RAJ",
                "20261128000456", "API", 1, "हैंडपंप पंचायत का है", Instant.now()), Instant.now());
        var hi = (CitizenMessage.Text) composer.compose(e, Language.HI).orElseThrow();
        assertThat(hi.kind()).isEqualTo(MessageKind.TRANSFERRED);
        assertThat(hi.body()).isEqualTo("आपकी शिकायत JAL-2026-000456 अब ग्रामीण विकास एवं पंचायती राज विभाग को सौंप दी गई है। आगे की कार्रवाई यही विभाग करेगा और हर जानकारी आपको यहीं मिलेगी।"
                + "\nपहले यह शिकायत जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग) के पास थी।"
                + "\nसंपर्क शिकायत संख्या वही रहेगी: 20261128000456"
                + "\nविभाग बदलने का कारण: हैंडपंप पंचायत का है");
        var en = (CitizenMessage.Text) composer.compose(e, Language.EN).orElseThrow();
        assertThat(en.body()).contains("now been handed to Rural Development and Panchayati Raj").doesNotContain("पंचायती");
        var t = composer.template(e, Language.HI).orElseThrow();
        assertThat(t.name()).isEqualTo("sampark_complaint_transferred");
        assertThat(t.bodyParameters()).containsExactly(ID, "ग्रामीण विकास एवं पंचायती राज विभाग", "20261128000456");
        assertThat(composer.concernsCoComplainants(e.data())).isTrue();
        assertThat(composer.progress(e.data(), Language.HI)).contains("अब ग्रामीण विकास एवं पंचायती राज विभाग को सौंपी गई");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2026-04-15; 15-04-2026",
            "15 April; 15 April",
    })
    void datesReadDayFirst(String given, String read) {
        assertThat(MessageComposer.citizenDate(given)).isEqualTo(read);
    }
}
