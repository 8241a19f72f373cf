package org.samparksetu.intake.citizen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a number and the door its complaint comes through, may it file one more? The district's limits: flagged
 * numbers need an operator, 10 complaints in 30 days, 3 in 10 minutes; counts are the number's complaints through
 * every door before this one, photo- and voice-only ones included.
 */
class AbuseRuleTest {
    private static final AbuseRule.Limits DISTRICT = new AbuseRule.Limits(true, 10, 3);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                                          | door     | blocked | flagged | in 30 days | in 10 min | operator's reason | outcome        | limit
            a first complaint on WhatsApp                                    | WHATSAPP | false   | false   | 0          | 0         | false             | ALLOW          | -
            a blocked number on WhatsApp                                     | WHATSAPP | true    | false   | 0          | 0         | false             | REFUSE         | BLOCKED
            a blocked number through Open311                                 | OPEN311  | true    | false   | 0          | 0         | false             | REFUSE         | BLOCKED
            a blocked number at a jansunwai: the operator unblocks it first  | OPERATOR | true    | false   | 0          | 0         | true              | REFUSE         | BLOCKED
            a blocked number over every limit: blocked says it all           | OPEN311  | true    | true    | 50         | 50        | false             | REFUSE         | BLOCKED
            a flagged number on WhatsApp: held for the grievance cell        | WHATSAPP | false   | true    | 0          | 0         | false             | NEEDS_OVERRIDE | FLAGGED_FALSE_CASE
            a flagged number through Open311                                 | OPEN311  | false   | true    | 0          | 0         | false             | NEEDS_OVERRIDE | FLAGGED_FALSE_CASE
            a flagged number at the operator's desk without a reason         | OPERATOR | false   | true    | 0          | 0         | false             | NEEDS_OVERRIDE | FLAGGED_FALSE_CASE
            a flagged number at the operator's desk with a reason            | OPERATOR | false   | true    | 0          | 0         | true              | OVERRIDDEN     | FLAGGED_FALSE_CASE
            the eleventh complaint in 30 days on WhatsApp                    | WHATSAPP | false   | false   | 10         | 0         | false             | NEEDS_OVERRIDE | CAP_EXCEEDED
            the tenth complaint in 30 days                                   | WHATSAPP | false   | false   | 9          | 0         | false             | ALLOW          | -
            the eleventh in 30 days through Open311                          | OPEN311  | false   | false   | 10         | 0         | false             | NEEDS_OVERRIDE | CAP_EXCEEDED
            the fourth in ten minutes typed in by an operator                | OPERATOR | false   | false   | 3          | 3         | false             | NEEDS_OVERRIDE | BURST
            the fourth in ten minutes, the operator says why                 | OPERATOR | false   | false   | 3          | 3         | true              | OVERRIDDEN     | BURST
            the third in ten minutes                                         | OPERATOR | false   | false   | 2          | 2         | false             | ALLOW          | -
            a reason where none is needed changes nothing                    | OPERATOR | false   | false   | 0          | 0         | true              | ALLOW          | -
            an Open311 client cannot override                                | OPEN311  | false   | false   | 3          | 3         | true              | NEEDS_OVERRIDE | BURST
            nor can a WhatsApp message                                       | WHATSAPP | false   | false   | 3          | 3         | true              | NEEDS_OVERRIDE | BURST
            over the cap and in a burst: the cap is named                    | WHATSAPP | false   | false   | 10         | 3         | false             | NEEDS_OVERRIDE | CAP_EXCEEDED
            flagged and over the cap: the flag is named                      | WHATSAPP | false   | true    | 10         | 3         | false             | NEEDS_OVERRIDE | FLAGGED_FALSE_CASE
            """)
    void oneRuleForEveryDoor(String situation, AbuseRule.Door door, boolean blocked, boolean flagged, long inCapPeriod,
                             long inBurstPeriod, boolean overridden, AbuseRule.Outcome outcome, String limit) {
        var decision = AbuseRule.decide(new AbuseRule.Facts(door, blocked, flagged, inCapPeriod, inBurstPeriod, overridden),
                DISTRICT);
        assertThat(decision.outcome()).as(situation).isEqualTo(outcome);
        assertThat(decision.reason()).as(situation).isEqualTo(limit);
        assertThat(decision.files()).as(situation)
                .isEqualTo(outcome == AbuseRule.Outcome.ALLOW || outcome == AbuseRule.Outcome.OVERRIDDEN);
    }

    @ParameterizedTest(name = "quarantine of flagged numbers switched off: {0}")
    @CsvSource({"true, NEEDS_OVERRIDE", "false, ALLOW"})
    void aFlaggedNumberNeedsAnOperatorOnlyWhileTheDistrictHoldsFlaggedNumbers(boolean quarantineFlagged,
                                                                             AbuseRule.Outcome outcome) {
        var facts = new AbuseRule.Facts(AbuseRule.Door.WHATSAPP, false, true, 0, 0, false);
        assertThat(AbuseRule.decide(facts, new AbuseRule.Limits(quarantineFlagged, 10, 3)).outcome()).isEqualTo(outcome);
    }
}
