package org.samparksetu.verification.deadline;

import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.verification.appeal.AppealRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.verification.complaint.ComplaintState;
import org.samparksetu.verification.complaint.EscalationRule;
import org.samparksetu.verification.complaint.TrackedComplaint;
import org.samparksetu.verification.fieldcheck.FieldCheck;
import org.samparksetu.verification.fieldcheck.FieldCheckReviewRule;
import org.samparksetu.verification.fieldcheck.FieldCheckRules;
import org.samparksetu.verification.verification.Verification;
import org.samparksetu.verification.verification.VerificationDecision;
import org.samparksetu.verification.verification.VerificationOutcomes;
import org.samparksetu.verification.verification.VerificationState;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state a tracked complaint can stand in (its own state, its open check's, its field check's), and the timer
 * or event that moves it on: a complaint never waits where nothing can move it. Each way out is shown by the rule
 * production asks (a timer fires long after its deadline; an event changes the state). A state added to any of the
 * three enums without a row here, or a row whose timers no longer fire, fails this test.
 */
class ComplaintLifecycleTest {
    static final Instant DUE = Instant.parse("2026-04-10T10:00:00Z");
    /** Long after every deadline: a timer that can fire has fired. */
    static final Instant LATER = DUE.plus(Duration.ofDays(400));

    /** States nothing needs to move on from (a closed complaint may still be reopened by its citizen's rating). */
    static final Set<ComplaintState> FINAL = EnumSet.of(ComplaintState.CLOSED, ComplaintState.WITHDRAWN);
    static final Set<VerificationState> FINAL_CHECKS = Arrays.stream(VerificationState.values())
            .filter(s -> !s.isOpen()).collect(Collectors.toCollection(() -> EnumSet.noneOf(VerificationState.class)));
    static final Set<FieldCheck.State> FINAL_VISITS = EnumSet.of(FieldCheck.State.PASSED, FieldCheck.State.FAILED,
            FieldCheck.State.FALSE_COMPLAINT, FieldCheck.State.CANCELLED, FieldCheck.State.SET_ASIDE);

    /** Where a complaint stands: its state, its open check (null when none), that check's live field check (null when none). */
    record Stage(ComplaintState complaint, VerificationState check, FieldCheck.State visit, String example) {
        @Override
        public String toString() {
            return complaint + (check == null ? "" : "/" + check) + (visit == null ? "" : "/" + visit) + " (" + example + ")";
        }
    }

    /** A way out: a timer (the scheduler moves it on its own) or an event (someone acts), and the rule showing it moves. */
    record Exit(String what, boolean timer, BooleanSupplier moves) {
        static Exit timer(String what, BooleanSupplier fires) {
            return new Exit(what, true, fires);
        }

        static Exit event(String what, BooleanSupplier moves) {
            return new Exit(what, false, moves);
        }

        @Override
        public String toString() {
            return (timer ? "timer: " : "event: ") + what;
        }
    }

    static Stream<Arguments> lifecycle() {
        return Stream.of(
                Arguments.of(new Stage(ComplaintState.REGISTERED, null, null, "the hand-pump complaint is with PHED"), List.of(
                        Exit.timer("the department's deadline escalates it L1 -> L2 -> L3",
                                () -> DeadlineRule.escalates(ComplaintState.REGISTERED, 1, DUE, LATER)
                                        && DeadlineRule.escalates(ComplaintState.REGISTERED, 2, DUE, LATER)),
                        Exit.event("the department's action report: the citizen is asked",
                                () -> ComplaintState.REGISTERED.awaitsDepartment()))),
                Arguments.of(new Stage(ComplaintState.REGISTERED, null, null, "overdue at L3: the clock stops"), List.of(
                        Exit.event("the collector escalates L3 -> L4",
                                () -> EscalationRule.byCollector(3, true).isPresent()),
                        Exit.event("the department's action report", () -> ComplaintState.REGISTERED.awaitsDepartment()))),
                // announced and moved on to VERIFYING in the transaction that records the report: never seen waiting
                Arguments.of(new Stage(ComplaintState.ACTION_REPORTED, null, null, "the report is being recorded"), List.of(
                        Exit.event("the same transaction asks the citizen (VERIFYING)", () -> true))),
                Arguments.of(new Stage(ComplaintState.VERIFYING, VerificationState.AWAITING_CITIZEN, null,
                        "the citizen was asked \"is it fixed?\""), List.of(
                        Exit.timer("one reminder", () -> DeadlineRule.remindsCitizen(VerificationState.AWAITING_CITIZEN,
                                DUE, null, LATER)),
                        Exit.timer("silence sends a field check", () -> DeadlineRule.silenceSendsFieldCheck(
                                VerificationState.AWAITING_CITIZEN, DUE, LATER)
                                && VerificationDecision.onSilence(VerificationState.AWAITING_CITIZEN, ComplaintState.VERIFYING, 1)
                                .verificationState() == VerificationState.FIELD_CHECK_PENDING),
                        Exit.event("the citizen's answer (fixed, not fixed, don't know)", () -> Arrays.stream(
                                VerificationAnswer.values()).allMatch(a -> VerificationDecision.onCitizenAnswer(
                                VerificationState.AWAITING_CITIZEN, ComplaintState.VERIFYING, 1, a).changesAnything())))),
                Arguments.of(new Stage(ComplaintState.VERIFYING, VerificationState.AWAITING_CITIZEN, FieldCheck.State.ASSIGNED,
                        "a Rejected disposal: a verifier is sent while the citizen is asked"), List.of(
                        Exit.timer("silence (the field check is already going)", () -> DeadlineRule.silenceSendsFieldCheck(
                                VerificationState.AWAITING_CITIZEN, DUE, LATER)),
                        Exit.timer("the visit deadline flags it", () -> DeadlineRule.visitOverdue(FieldCheck.State.ASSIGNED, DUE, LATER)),
                        Exit.event("the verifier's verdict", () -> verdictsMoveOn(VerificationState.AWAITING_CITIZEN)))),
                Arguments.of(new Stage(ComplaintState.VERIFYING, VerificationState.FIELD_CHECK_PENDING, FieldCheck.State.ASSIGNED,
                        "the citizen said \"not fixed\" or \"don't know\", or stayed silent"), List.of(
                        Exit.timer("the visit deadline flags it for the grievance cell",
                                () -> DeadlineRule.visitOverdue(FieldCheck.State.ASSIGNED, DUE, LATER)),
                        Exit.event("the verifier's verdict", () -> verdictsMoveOn(VerificationState.FIELD_CHECK_PENDING)))),
                Arguments.of(new Stage(ComplaintState.VERIFYING, VerificationState.FIELD_CHECK_PENDING, FieldCheck.State.FLAGGED,
                        "the photo was taken 5 km from the village, or nobody went"), List.of(
                        Exit.timer("the review deadline sends another verifier (a new visit, with its own deadline)",
                                () -> DeadlineRule.reviewOverdue(FieldCheck.State.FLAGGED, DUE, LATER)
                                        && FieldCheckReviewRule.onReviewOverdue(true) != FieldCheckReviewRule.Action.ACCEPT
                                        && FieldCheckReviewRule.onReviewOverdue(false) != FieldCheckReviewRule.Action.ACCEPT),
                        Exit.event("the grievance cell accepts, redoes or reassigns it", () -> Arrays.stream(
                                FieldCheckReviewRule.Action.values()).allMatch(a -> FieldCheckReviewRule.refusal(
                                FieldCheck.State.FLAGGED, FieldCheck.Verdict.FIXED, a).isEmpty())))),
                Arguments.of(new Stage(ComplaintState.VERIFYING, VerificationState.AWAITING_CITIZEN, FieldCheck.State.FLAGGED,
                        "a sampled check flagged while the citizen is asked"), List.of(
                        Exit.timer("silence", () -> DeadlineRule.silenceSendsFieldCheck(VerificationState.AWAITING_CITIZEN, DUE, LATER)),
                        Exit.timer("the review deadline", () -> DeadlineRule.reviewOverdue(FieldCheck.State.FLAGGED, DUE, LATER)),
                        Exit.event("the citizen's answer", () -> VerificationDecision.onCitizenAnswer(
                                VerificationState.AWAITING_CITIZEN, ComplaintState.VERIFYING, 1, VerificationAnswer.FIXED)
                                .changesAnything()))),
                Arguments.of(new Stage(ComplaintState.VERIFYING, VerificationState.APPEAL_OFFERED, null,
                        "PWD rejected the road complaint; the citizen was told why and may appeal"), List.of(
                        Exit.timer("the appeal period ends: closed as disposed, or field-checked when sampled",
                                () -> AppealRule.onSilence(VerificationState.APPEAL_OFFERED, ComplaintState.VERIFYING, 1,
                                        DUE, LATER, false).changesAnything()
                                        && AppealRule.onSilence(VerificationState.APPEAL_OFFERED, ComplaintState.VERIFYING,
                                        1, DUE, LATER, true).changesAnything()),
                        Exit.event("the citizen accepts or appeals", () -> Arrays.stream(DisposalOutcome.values())
                                .allMatch(o -> Arrays.stream(ReplyIds.DisposalAnswer.values()).allMatch(a -> AppealRule
                                        .onAnswer(VerificationState.APPEAL_OFFERED, ComplaintState.VERIFYING, 1, o, a)
                                        .changesAnything()))))),
                Arguments.of(new Stage(ComplaintState.REOPENED, null, null, "the verifier found the fix not real: back one level up"), List.of(
                        Exit.timer("a reopened complaint gets a new clock, and it escalates",
                                ComplaintLifecycleTest::reopeningStartsAClock),
                        Exit.event("the department's next report", () -> ComplaintState.REOPENED.awaitsDepartment()))),
                Arguments.of(new Stage(ComplaintState.REOPENED, null, FieldCheck.State.ASSIGNED,
                        "confirmed, then reopened by the citizen's rating; the verifier sent for the disposal is still on the way"), List.of(
                        Exit.timer("the department's deadline",
                                () -> DeadlineRule.escalates(ComplaintState.REOPENED, 2, DUE, LATER)),
                        Exit.timer("the visit deadline", () -> DeadlineRule.visitOverdue(FieldCheck.State.ASSIGNED, DUE, LATER)))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lifecycle")
    void everyStateHasAWayOutThatWorks(Stage stage, List<Exit> exits) {
        assertThat(exits).as("ways out of " + stage).isNotEmpty();
        for (Exit exit : exits) {
            assertThat(exit.moves().getAsBoolean()).as(stage + " -> " + exit).isTrue();
        }
        if (stage.complaint() == ComplaintState.VERIFYING) {
            // the department's clock stopped with its report: a check's own timer must run instead
            assertThat(exits).as("a verifying complaint needs a timer of its own: " + stage).anyMatch(Exit::timer);
        }
    }

    @Test
    void everyStateOfEveryEnumIsInTheTableOrFinal() {
        List<Stage> stages = lifecycle().map(a -> (Stage) a.get()[0]).toList();
        for (ComplaintState s : ComplaintState.values()) {
            assertThat(FINAL.contains(s) || stages.stream().anyMatch(st -> st.complaint() == s))
                    .as("complaint state " + s + " has no way out in the table").isTrue();
        }
        for (VerificationState s : VerificationState.values()) {
            assertThat(FINAL_CHECKS.contains(s) || stages.stream().anyMatch(st -> st.check() == s))
                    .as("check state " + s + " has no way out in the table").isTrue();
        }
        for (FieldCheck.State s : FieldCheck.State.values()) {
            assertThat(FINAL_VISITS.contains(s) || stages.stream().anyMatch(st -> st.visit() == s))
                    .as("field check state " + s + " has no way out in the table").isTrue();
        }
        // and nothing called final can still be waited on
        assertThat(FINAL_VISITS).doesNotContain(FieldCheck.State.ASSIGNED, FieldCheck.State.FLAGGED);
    }

    /** Whatever the verifier finds, a check that was open moves the complaint out of VERIFYING. */
    private static boolean verdictsMoveOn(VerificationState open) {
        return Arrays.stream(FieldCheck.Verdict.values()).allMatch(v -> {
            var d = FieldCheckRules.onVerdict(open, ComplaintState.VERIFYING, 1, v);
            return d.changesAnything() && d.complaintState() != ComplaintState.VERIFYING;
        });
    }

    /** A fix the verifier found not real, applied as production applies it: reopened with a deadline that will escalate it. */
    private static boolean reopeningStartsAClock() {
        TrackedComplaint c = new TrackedComplaint();
        c.complaintId = "JAL-2026-000123";
        c.state = ComplaintState.VERIFYING;
        c.escalationLevel = 1;
        Verification v = new Verification();
        v.state = VerificationState.FIELD_CHECK_PENDING;
        VerificationOutcomes.move(FieldCheckRules.onVerdict(VerificationState.FIELD_CHECK_PENDING,
                ComplaintState.VERIFYING, 1, FieldCheck.Verdict.NOT_FIXED), c, v, DUE, Duration.ofDays(7));
        return c.state == ComplaintState.REOPENED && c.dueAt != null
                && DeadlineRule.escalates(c.state, c.escalationLevel, c.dueAt, LATER);
    }
}
