package org.samparksetu.verification.deadline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.fieldcheck.FieldCheck;
import org.samparksetu.verification.verification.VerificationState;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a complaint's (or a check's) clock, when the scheduler looks at "now", then does the clock fire. */
class DeadlineRuleTest {
    private static final Instant DUE = Instant.parse("2026-04-10T10:00:00Z");

    @ParameterizedTest(name = "{0} at L{1}, due {2}, now {3}: escalates {4}")
    @CsvSource(nullValues = "-", value = {
            // the Patwari did not act by the deadline: the Tehsildar gets it
            "REGISTERED,      1, 2026-04-10T10:00:00Z, 2026-04-10T10:00:00Z, true",
            "REOPENED,        2, 2026-04-10T10:00:00Z, 2026-04-12T08:00:00Z, true",
            // one minute to go
            "REGISTERED,      1, 2026-04-10T10:00:00Z, 2026-04-10T09:59:00Z, false",
            // at L3 only the collector moves it further
            "REGISTERED,      3, 2026-04-10T10:00:00Z, 2026-04-20T10:00:00Z, false",
            // the department reported action: the citizen is being asked, no clock runs
            "VERIFYING,       1, 2026-04-10T10:00:00Z, 2026-04-20T10:00:00Z, false",
            "CLOSED,          1, 2026-04-10T10:00:00Z, 2026-04-20T10:00:00Z, false",
            "WITHDRAWN,       1, 2026-04-10T10:00:00Z, 2026-04-20T10:00:00Z, false",
            // nothing due
            "REGISTERED,      1, -,                    2026-04-20T10:00:00Z, false",
    })
    void escalation(ComplaintState state, int level, Instant dueAt, Instant now, boolean escalates) {
        assertThat(DeadlineRule.escalates(state, level, dueAt, now)).isEqualTo(escalates);
    }

    @ParameterizedTest(name = "{0}, reminded {1}, now {2}: officers reminded {3}")
    @CsvSource(nullValues = "-", value = {
            // a day before the deadline (reminder window 1 day): the officers hear it
            "REGISTERED, -,                    2026-04-09T10:00:00Z, true",
            "REOPENED,   -,                    2026-04-10T09:59:00Z, true",
            // too early
            "REGISTERED, -,                    2026-04-09T09:59:00Z, false",
            // already reminded for this deadline
            "REGISTERED, 2026-04-09T10:00:00Z, 2026-04-09T12:00:00Z, false",
            // past the deadline: escalation, not a reminder
            "REGISTERED, -,                    2026-04-10T10:00:00Z, false",
            "VERIFYING,  -,                    2026-04-09T12:00:00Z, false",
    })
    void officersReminder(ComplaintState state, Instant remindedAt, Instant now, boolean reminds) {
        assertThat(DeadlineRule.remindsOfficers(state, DUE, remindedAt, Duration.ofDays(1), now)).isEqualTo(reminds);
    }

    @ParameterizedTest(name = "check {0}, reminder due {1}, reminded {2}, now {3}: citizen reminded {4}")
    @CsvSource(nullValues = "-", value = {
            "AWAITING_CITIZEN,    2026-04-10T10:00:00Z, -,                    2026-04-10T10:00:00Z, true",
            "AWAITING_CITIZEN,    2026-04-10T10:00:00Z, -,                    2026-04-10T09:00:00Z, false",
            // asked once more already
            "AWAITING_CITIZEN,    2026-04-10T10:00:00Z, 2026-04-10T10:00:00Z, 2026-04-11T10:00:00Z, false",
            // the citizen answered "don't know": a verifier is on the way
            "FIELD_CHECK_PENDING, 2026-04-10T10:00:00Z, -,                    2026-04-11T10:00:00Z, false",
            "WITHDRAWN,           2026-04-10T10:00:00Z, -,                    2026-04-11T10:00:00Z, false",
    })
    void citizenReminder(VerificationState check, Instant dueAt, Instant remindedAt, Instant now, boolean reminds) {
        assertThat(DeadlineRule.remindsCitizen(check, dueAt, remindedAt, now)).isEqualTo(reminds);
    }

    @ParameterizedTest(name = "check {0}, silence due {1}, now {2}: field check {3}")
    @CsvSource({
            // the citizen never answered, even after the reminder: someone goes and looks
            "AWAITING_CITIZEN, 2026-04-12T10:00:00Z, 2026-04-12T10:00:00Z, true",
            "AWAITING_CITIZEN, 2026-04-12T10:00:00Z, 2026-04-12T09:59:00Z, false",
            // answered in time
            "CONFIRMED,        2026-04-12T10:00:00Z, 2026-04-13T10:00:00Z, false",
            "SUPERSEDED,       2026-04-12T10:00:00Z, 2026-04-13T10:00:00Z, false",
    })
    void silence(VerificationState check, Instant silenceDueAt, Instant now, boolean fieldCheck) {
        assertThat(DeadlineRule.silenceSendsFieldCheck(check, silenceDueAt, now)).isEqualTo(fieldCheck);
    }

    @ParameterizedTest(name = "field check {0}, visit due {1}, now {2}: flagged as overdue {3}")
    @CsvSource(nullValues = "-", value = {
            // the verifier for Sayla had a week and did not go: the grievance cell hears of it
            "ASSIGNED,        2026-04-17T10:00:00Z, 2026-04-17T10:00:00Z, true",
            "ASSIGNED,        2026-04-17T10:00:00Z, 2026-04-17T09:59:00Z, false",
            // a check from before visit deadlines existed
            "ASSIGNED,        -,                    2026-04-17T10:00:00Z, false",
            // already back with a verdict, or cancelled with the withdrawal
            "PASSED,          2026-04-17T10:00:00Z, 2026-04-18T10:00:00Z, false",
            "FLAGGED,         2026-04-17T10:00:00Z, 2026-04-18T10:00:00Z, false",
            "CANCELLED,       2026-04-17T10:00:00Z, 2026-04-18T10:00:00Z, false",
    })
    void visitOverdue(FieldCheck.State state, Instant dueAt, Instant now, boolean overdue) {
        assertThat(DeadlineRule.visitOverdue(state, dueAt, now)).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "field check {0}, review due {1}, now {2}: sent again {3}")
    @CsvSource(nullValues = "-", value = {
            // the grievance cell did not look at the flag in three days: someone else goes
            "FLAGGED,   2026-04-20T10:00:00Z, 2026-04-20T10:00:00Z, true",
            "FLAGGED,   2026-04-20T10:00:00Z, 2026-04-20T09:59:00Z, false",
            // reviewed in time (accepted, or sent again)
            "PASSED,    2026-04-20T10:00:00Z, 2026-04-21T10:00:00Z, false",
            "SET_ASIDE, 2026-04-20T10:00:00Z, 2026-04-21T10:00:00Z, false",
            "CANCELLED, 2026-04-20T10:00:00Z, 2026-04-21T10:00:00Z, false",
    })
    void reviewOverdue(FieldCheck.State state, Instant reviewDueAt, Instant now, boolean overdue) {
        assertThat(DeadlineRule.reviewOverdue(state, reviewDueAt, now)).isEqualTo(overdue);
    }
}
