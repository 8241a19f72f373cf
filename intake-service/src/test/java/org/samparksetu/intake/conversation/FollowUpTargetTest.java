package org.samparksetu.intake.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a number's complaints (newest first: JAL-2026-000003 verification asked an hour ago, JAL-2026-000002 closed
 * yesterday, JAL-2026-000001 open and nothing asked), when a follow-up of this intent comes, then it is about this one.
 */
class FollowUpTargetTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static ConversationState.OwnComplaint complaint(String id, Instant verification, Instant closed) {
        return new ConversationState.OwnComplaint(id, "RECEIVED", NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(10)),
                verification, null, closed, null, null, null);
    }

    private static final ConversationState STATE = ConversationState.of(List.of(
            complaint("JAL-2026-000003", NOW.minus(Duration.ofHours(1)), null),
            complaint("JAL-2026-000002", null, NOW.minus(Duration.ofDays(1))),
            complaint("JAL-2026-000001", null, null)), NOW, Duration.ofDays(7), Duration.ofDays(7));

    @ParameterizedTest(name = "{0} naming [{1}] is about {2}")
    @CsvSource(delimiter = '|', value = {
            "VERIFY_FIXED     |                 | JAL-2026-000003",
            "VERIFY_NOT_FIXED | JAL-2026-000001 | JAL-2026-000003",
            "STATUS           | JAL-2026-000001 | JAL-2026-000001",
            "STATUS           | JAL-2026-999999 | JAL-2026-000003",
            "REMINDER         |                 | JAL-2026-000003",
            "ADDITION         |                 | JAL-2026-000003",
            "ADDITION         | JAL-2026-000001 | JAL-2026-000001",
            "ADDITION         | JAL-2026-000002 | JAL-2026-000003",
            "RATING           |                 |",
            "REOPEN           |                 | JAL-2026-000002",
            "REOPEN           | JAL-2026-000001 | JAL-2026-000001",
            "NEW_COMPLAINT    |                 |",
            "THANKS           |                 |"})
    void aFollowUpIsAboutTheSendersOwnComplaint(FollowUpIntent intent, String named, String expected) {
        FollowUp f = new FollowUp(intent, intent == FollowUpIntent.RATING ? 4 : null, named == null ? List.of() : List.of(named));
        assertThat(FollowUpTarget.of(f, STATE).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "asked {0} ago, answered: {1} -> pending {2}")
    @CsvSource(delimiter = '|', value = {
            "PT1H  | false | VERIFICATION",
            "PT1H  | true  |",
            "P8D   | false |"})
    void onlyARecentUnansweredQuestionIsPending(Duration ago, boolean answered, ConversationState.Question pending) {
        Instant asked = NOW.minus(ago);
        var c = new ConversationState.OwnComplaint("JAL-2026-000010", "RECEIVED", asked, asked, asked, null, null, null,
                null, answered ? asked.plusSeconds(60) : null);
        var state = ConversationState.of(List.of(c), NOW, Duration.ofDays(7), Duration.ofDays(7));
        assertThat(state.pending().map(ConversationState.Pending::question).orElse(null)).isEqualTo(pending);
    }
}
