package org.samparksetu.intake.complaint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a complete complaint and what is known of its number, where does it go? Limits as in the district: held
 * when flagged for a False Case, 10 complaints in 30 days, 3 in 10 minutes. Counts are complaints filed before this
 * one; "assembling" is the usual WhatsApp window (off: every message a complaint of its own at once).
 */
class ScreeningRuleTest {
    private static final ScreeningRule.Limits DISTRICT = new ScreeningRule.Limits(true, 10, 3);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                     | words                                    | media | pin   | channel  | assembling | same text as    | flagged | in 30 days | in 10 min | outcome    | held for
            a typed complaint from a number with no history             | Gaon Sayla me 5 din se pani nahi aa raha  | false | false | WHATSAPP | true       | -               | false   | 0          | 0         | RECEIVE    | -
            a photo of a hand-written letter, no words                  | -                                        | true  | false | WHATSAPP | true       | -               | false   | 0          | 0         | TRANSCRIBE | -
            a photo with the cover note "ye dekhiye sir"                | ye dekhiye sir                           | true  | false | WHATSAPP | true       | -               | false   | 0          | 0         | TRANSCRIBE | -
            a voice note only                                           | -                                        | true  | false | WHATSAPP | true       | -               | false   | 0          | 0         | TRANSCRIBE | -
            a photo whose caption says what is wrong                    | ye dekhiye gaon ki sadak tooti padi hai  | true  | false | WHATSAPP | true       | -               | false   | 0          | 0         | RECEIVE    | -
            a photo with a cover note from a flagged number: read first | please see the photo                     | true  | false | WHATSAPP | true       | -               | true    | 0          | 0         | TRANSCRIBE | -
            the same text again                                         | gaon sayla me 6 din se pani nahi aa raha  | false | false | WHATSAPP | true       | JAL-2026-000123 | false   | 1          | 1         | LINK       | -
            the same text again from a number over its cap: linked      | gaon sayla me 6 din se pani nahi aa raha  | false | false | WHATSAPP | true       | JAL-2026-000123 | false   | 12         | 0         | LINK       | -
            keyboard mashing                                            | asdfgh qwerty                            | false | false | WHATSAPP | true       | -               | false   | 0          | 0         | HOLD       | GIBBERISH
            abuse of an official                                        | sarpanch chutiya hai                     | false | false | WHATSAPP | true       | -               | false   | 0          | 0         | HOLD       | ABUSIVE
            only dots                                                   | ...                                      | false | false | WHATSAPP | true       | -               | false   | 0          | 0         | HOLD       | EMPTY
            a pin that waited for words in vain                         | -                                        | false | true  | WHATSAPP | true       | -               | false   | 0          | 0         | HOLD       | EMPTY
            a pin alone when every message is a complaint at once       | -                                        | false | true  | WHATSAPP | false      | -               | false   | 0          | 0         | RECEIVE    | -
            gibberish from a flagged number: held for the words         | asdfgh qwerty                            | false | false | WHATSAPP | true       | -               | true    | 0          | 0         | HOLD       | GIBBERISH
            a number flagged for a False Case                           | gaon me nali band hai                    | false | false | WHATSAPP | true       | -               | true    | 0          | 0         | HOLD       | FLAGGED_FALSE_CASE
            the eleventh complaint in 30 days                           | naya transformer chahiye                 | false | false | WHATSAPP | true       | -               | false   | 10         | 0         | HOLD       | CAP_EXCEEDED
            the tenth complaint in 30 days                              | naya transformer chahiye                 | false | false | WHATSAPP | true       | -               | false   | 9          | 0         | RECEIVE    | -
            the fourth complaint in ten minutes                         | aanganwadi band rehti hai                | false | false | WHATSAPP | true       | -               | false   | 3          | 3         | HOLD       | BURST
            the third complaint in ten minutes                          | aanganwadi band rehti hai                | false | false | WHATSAPP | true       | -               | false   | 2          | 2         | RECEIVE    | -
            an Open311 request from a number over every limit           | street light not working near the school | false | true  | OPEN311  | true       | -               | true    | 50         | 50        | RECEIVE    | -
            an Open311 request with gibberish                           | asdfgh qwerty                            | false | true  | OPEN311  | true       | -               | false   | 0          | 0         | HOLD       | GIBBERISH
            """)
    void aCompleteComplaintGoesWhereTheDistrictWantsIt(String situation, String words, boolean media, boolean pin,
                                                       String channel, boolean assembling, String earlier,
                                                       boolean flagged, long inCapPeriod, long inBurstPeriod,
                                                       ScreeningRule.Outcome outcome, String heldFor) {
        var facts = new ScreeningRule.Facts(words, media, pin, Complaint.CHANNEL_WHATSAPP.equals(channel), assembling,
                earlier, flagged, inCapPeriod, inBurstPeriod);
        var screening = ScreeningRule.screen(facts, DISTRICT);
        assertThat(screening.outcome()).as(situation).isEqualTo(outcome);
        assertThat(screening.reason()).as(situation).isEqualTo(heldFor);
        assertThat(screening.linkedTo()).as(situation).isEqualTo(outcome == ScreeningRule.Outcome.LINK ? earlier : null);
    }

    @ParameterizedTest(name = "quarantine of flagged numbers switched off: {0}")
    @CsvSource({"true, HOLD", "false, RECEIVE"})
    void aFlaggedNumberIsHeldOnlyWhileTheDistrictHoldsFlaggedNumbers(boolean quarantineFlagged,
                                                                    ScreeningRule.Outcome outcome) {
        var facts = new ScreeningRule.Facts("gaon me nali band hai", false, false, true, true, null, true, 0, 0);
        assertThat(ScreeningRule.screen(facts, new ScreeningRule.Limits(quarantineFlagged, 10, 3)).outcome())
                .isEqualTo(outcome);
    }
}
