package org.samparksetu.intake.evidence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.samparksetu.intake.evidence.RetentionRule.ComplaintFacts;
import org.samparksetu.intake.evidence.RetentionRule.Verdict;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the retention job may delete, in cases a district would recognise (cut-off 1 Jan 2023: three years before 2026). */
class RetentionRuleTest {
    private static final Instant CUTOFF = Instant.parse("2023-01-01T00:00:00Z");
    private static final Instant OLD = Instant.parse("2022-03-01T00:00:00Z");
    private static final Instant OLDER = Instant.parse("2022-01-01T00:00:00Z");
    private static final Instant RECENT = Instant.parse("2025-06-01T00:00:00Z");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the one complaint closed four years ago", false, OLDER,
                        List.of(closed(OLDER, OLD)), Verdict.DELETE),
                Arguments.of("closed long ago, but under an evidence hold (FIR)", true, OLDER,
                        List.of(closed(OLDER, OLD)), Verdict.KEEP_HELD),
                Arguments.of("one complaint closed long ago, another still open", false, OLDER,
                        List.of(closed(OLDER, OLD), open(OLDER)), Verdict.KEEP_OPEN),
                Arguments.of("one complaint closed long ago, another closed last year", false, RECENT,
                        List.of(closed(OLDER, OLD), closed(RECENT, RECENT)), Verdict.KEEP_RECENT),
                Arguments.of("closed long ago, then reopened and never closed again", false, OLDER,
                        List.of(new ComplaintFacts("RECEIVED", OLDER, OLD, null, null, OLDER)), Verdict.KEEP_OPEN),
                Arguments.of("reopened, then closed again long ago", false, OLDER,
                        List.of(new ComplaintFacts("RECEIVED", OLD, OLDER, null, null, OLDER)), Verdict.DELETE),
                Arguments.of("withdrawn by the citizen long ago", false, OLDER,
                        List.of(new ComplaintFacts("WITHDRAWN", null, null, OLD, null, OLDER)), Verdict.DELETE),
                Arguments.of("quarantined junk rejected by an operator long ago", false, OLDER,
                        List.of(new ComplaintFacts("REJECTED", null, null, null, OLD, OLDER)), Verdict.DELETE),
                Arguments.of("quarantined and never decided", false, OLDER,
                        List.of(new ComplaintFacts("QUARANTINED", null, null, null, null, OLDER)), Verdict.KEEP_OPEN),
                Arguments.of("a repeat linked to a complaint closed long ago", false, OLDER,
                        List.of(closed(OLDER, OLD), new ComplaintFacts("LINKED", null, null, null, null, OLDER)), Verdict.DELETE),
                Arguments.of("closed long ago, but the citizen wrote again last month", false, RECENT,
                        List.of(closed(OLDER, OLD)), Verdict.KEEP_RECENT),
                Arguments.of("only stickers, long ago, no complaint", false, OLD, List.of(), Verdict.DELETE),
                Arguments.of("only a sticker last month", false, RECENT, List.of(), Verdict.KEEP_RECENT),
                Arguments.of("an operator complaint (no message) closed long ago", false, null,
                        List.of(closed(OLDER, OLD)), Verdict.DELETE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String name, boolean held, Instant lastMessage, List<ComplaintFacts> complaints, Verdict expected) {
        assertThat(RetentionRule.decide(held, lastMessage, complaints, CUTOFF)).isEqualTo(expected);
    }

    private static ComplaintFacts closed(Instant received, Instant closedAt) {
        return new ComplaintFacts("RECEIVED", closedAt, null, null, null, received);
    }

    private static ComplaintFacts open(Instant received) {
        return new ComplaintFacts("RECEIVED", null, null, null, null, received);
    }
}
