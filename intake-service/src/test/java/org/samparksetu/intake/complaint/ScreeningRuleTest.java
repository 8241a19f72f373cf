package org.samparksetu.intake.complaint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a complete complaint and what is known of its number, where does it go? "held by limits" is what the number's
 * limits decided for it ({@code citizen.AbuseRuleTest} says when: flagged, over its cap, a burst), the same for
 * every door; "assembling" is the usual WhatsApp window (off: every message a complaint of its own at once).
 */
class ScreeningRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                     | words                                    | media | pin   | channel  | assembling | same text as    | held by limits     | outcome    | held for
            a typed complaint from a number with no history             | Gaon Sayla me 5 din se pani nahi aa raha  | false | false | WHATSAPP | true       | -               | -                  | RECEIVE    | -
            a photo of a hand-written letter, no words                  | -                                        | true  | false | WHATSAPP | true       | -               | -                  | TRANSCRIBE | -
            a photo with the cover note "ye dekhiye sir"                | ye dekhiye sir                           | true  | false | WHATSAPP | true       | -               | -                  | TRANSCRIBE | -
            a voice note only                                           | -                                        | true  | false | WHATSAPP | true       | -               | -                  | TRANSCRIBE | -
            a photo whose caption says what is wrong                    | ye dekhiye gaon ki sadak tooti padi hai  | true  | false | WHATSAPP | true       | -               | -                  | RECEIVE    | -
            a photo only from a number over its cap: held, not read     | -                                        | true  | false | WHATSAPP | true       | -               | CAP_EXCEEDED       | HOLD       | CAP_EXCEEDED
            a voice note only in a burst: held, not heard               | -                                        | true  | false | WHATSAPP | true       | -               | BURST              | HOLD       | BURST
            a photo with a cover note from a flagged number: held       | please see the photo                     | true  | false | WHATSAPP | true       | -               | FLAGGED_FALSE_CASE | HOLD       | FLAGGED_FALSE_CASE
            the same text again                                         | gaon sayla me 6 din se pani nahi aa raha  | false | false | WHATSAPP | true       | JAL-2026-000123 | -                  | LINK       | -
            the same text again from a number over its cap: linked      | gaon sayla me 6 din se pani nahi aa raha  | false | false | WHATSAPP | true       | JAL-2026-000123 | CAP_EXCEEDED       | LINK       | -
            keyboard mashing                                            | asdfgh qwerty                            | false | false | WHATSAPP | true       | -               | -                  | HOLD       | GIBBERISH
            abuse of an official                                        | sarpanch chutiya hai                     | false | false | WHATSAPP | true       | -               | -                  | HOLD       | ABUSIVE
            only dots                                                   | ...                                      | false | false | WHATSAPP | true       | -               | -                  | HOLD       | EMPTY
            a pin that waited for words in vain                         | -                                        | false | true  | WHATSAPP | true       | -               | -                  | HOLD       | EMPTY
            a pin alone when every message is a complaint at once       | -                                        | false | true  | WHATSAPP | false      | -               | -                  | RECEIVE    | -
            gibberish from a flagged number: held for the words         | asdfgh qwerty                            | false | false | WHATSAPP | true       | -               | FLAGGED_FALSE_CASE | HOLD       | GIBBERISH
            a number flagged for a False Case                           | gaon me nali band hai                    | false | false | WHATSAPP | true       | -               | FLAGGED_FALSE_CASE | HOLD       | FLAGGED_FALSE_CASE
            the eleventh complaint in 30 days                           | naya transformer chahiye                 | false | false | WHATSAPP | true       | -               | CAP_EXCEEDED       | HOLD       | CAP_EXCEEDED
            the fourth complaint in ten minutes                         | aanganwadi band rehti hai                | false | false | WHATSAPP | true       | -               | BURST              | HOLD       | BURST
            an Open311 request from a number over its cap               | street light not working near the school | false | true  | OPEN311  | true       | -               | CAP_EXCEEDED       | HOLD       | CAP_EXCEEDED
            an Open311 request within every limit                       | street light not working near the school | false | true  | OPEN311  | true       | -               | -                  | RECEIVE    | -
            an Open311 request with gibberish                           | asdfgh qwerty                            | false | true  | OPEN311  | true       | -               | -                  | HOLD       | GIBBERISH
            """)
    void aCompleteComplaintGoesWhereTheDistrictWantsIt(String situation, String words, boolean media, boolean pin,
                                                       String channel, boolean assembling, String earlier,
                                                       String heldByLimits, ScreeningRule.Outcome outcome, String heldFor) {
        var facts = new ScreeningRule.Facts(words, media, pin, Complaint.CHANNEL_WHATSAPP.equals(channel), assembling,
                earlier, heldByLimits);
        var screening = ScreeningRule.screen(facts);
        assertThat(screening.outcome()).as(situation).isEqualTo(outcome);
        assertThat(screening.reason()).as(situation).isEqualTo(heldFor);
        assertThat(screening.linkedTo()).as(situation).isEqualTo(outcome == ScreeningRule.Outcome.LINK ? earlier : null);
    }
}
