package org.samparksetu.notification.query;

import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.timeline.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CommandRepliesTest {
    private static final String ID = "JAL-2026-000777";
    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");

    private static TimelineEntry entry(EventType type, Object data, Instant at) {
        TimelineEntry t = new TimelineEntry();
        t.complaintId = ID;
        t.type = type.type();
        t.occurredAt = at;
        t.payload = EventCodec.encode(EventEnvelope.of(type, "test", ID, data, at));
        return t;
    }

    private static List<TimelineEntry> registeredAndEscalated() {
        List<TimelineEntry> l = new ArrayList<>();
        l.add(entry(EventType.COMPLAINT_RECEIVED, new ComplaintReceived(ID, "919800000001", "WHATSAPP", "hi", "x", null, List.of(), null, T0), T0));
        l.add(entry(EventType.COMPLAINT_REGISTERED, new ComplaintRegistered(ID, "JDVVNL", "20261120000777", "API", T0.plusSeconds(600)), T0.plusSeconds(600)));
        l.add(entry(EventType.COMPLAINT_ESCALATED, new ComplaintEscalated(ID, "JDVVNL", 1, 2, "late", T0.plus(Duration.ofDays(4))), T0.plus(Duration.ofDays(4))));
        return l;
    }

    @Test
    void theStatusSaysStageDepartmentSamparkIdDaysPendingAndWhatHappensNext() {
        StatusReport r = StatusReport.of(ID, registeredAndEscalated());
        assertThat(r.stage()).isEqualTo(StatusReport.Stage.REGISTERED);
        assertThat(r.grievanceId()).isEqualTo("20261120000777");
        assertThat(r.escalationLevel()).isEqualTo(2);
        Instant now = T0.plus(Duration.ofDays(5)).plusSeconds(3600);
        String en = ((CitizenMessage.Text) CommandReplies.status(r, Language.EN, now)).body();
        assertThat(en).contains(ID).contains("20261120000777").contains("pending for 5 day(s)").contains("level L2")
                .contains("What happens next:");
        String hi = ((CitizenMessage.Text) CommandReplies.status(r, Language.HI, now)).body();
        assertThat(hi).contains("5 दिन से लंबित").contains("आगे क्या होगा").doesNotContain("pending");
        var t = CommandReplies.statusTemplate(r, Language.HI, now).orElseThrow();
        assertThat(t.bodyParameters()).hasSize(2).allSatisfy(p -> assertThat(p).doesNotContain("\n"));
    }

    @Test
    void aClosedComplaintCountsTheDaysItTook() {
        List<TimelineEntry> l = registeredAndEscalated();
        l.add(entry(EventType.COMPLAINT_CLOSED, new ComplaintClosed(ID, "JDVVNL", "VERIFIED_FIXED", T0.plus(Duration.ofDays(6))), T0.plus(Duration.ofDays(6))));
        StatusReport r = StatusReport.of(ID, l);
        assertThat(r.stage()).isEqualTo(StatusReport.Stage.CLOSED);
        assertThat(r.daysPending(T0.plus(Duration.ofDays(40)))).isEqualTo(6);
        assertThat(((CitizenMessage.Text) CommandReplies.status(r, Language.EN, T0.plus(Duration.ofDays(40)))).body())
                .contains("settled in 6 day(s)").doesNotContain("level L2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // the department gave interim relief: still open, nothing asked of the citizen
            "INTERIM; INTERIM_RELIEF; JDVVNL; अंतरिम राहत दी गई, पूरा काम बाकी|बताई गई तारीख तक पूरा काम करेगा",
            // the department rejected it: the citizen's answer is awaited
            "APPEAL_OFFER; APPEAL_OFFERED; JDVVNL; आपके जवाब का इंतज़ार|\"अपील करें\"",
            // a plain "is it fixed?"
            "REQUEST; VERIFYING; JDVVNL; कार्रवाई की जाँच हो रही है",
    })
    void whatTheDepartmentDidShowsInTheStatus(String kind, StatusReport.Stage stage, String department, String mustSay) {
        List<TimelineEntry> l = registeredAndEscalated();
        l.add(entry(EventType.COMPLAINT_VERIFICATION_REQUESTED, new VerificationRequested(ID, "v-1", department,
                DisposalOutcome.REJECTED, "x", T0.plus(Duration.ofDays(5)), kind), T0.plus(Duration.ofDays(5))));
        StatusReport r = StatusReport.of(ID, l);
        assertThat(r.stage()).isEqualTo(stage);
        assertThat(((CitizenMessage.Text) CommandReplies.status(r, Language.HI, T0.plus(Duration.ofDays(6)))).body())
                .contains(Arrays.asList(mustSay.split("\\|")));
    }

    @Test
    void afterATransferTheStatusNamesTheNewDepartmentAndNothingTheOldOneWasDoingIsPending() {
        List<TimelineEntry> l = registeredAndEscalated();
        l.add(entry(EventType.COMPLAINT_VERIFICATION_REQUESTED, new VerificationRequested(ID, "v-1", "JDVVNL",
                DisposalOutcome.REJECTED, "not ours", T0.plus(Duration.ofDays(5)), VerificationRequested.KIND_APPEAL_OFFER),
                T0.plus(Duration.ofDays(5))));
        l.add(entry(EventType.COMPLAINT_TRANSFERRED, new ComplaintTransferred(ID, "JDVVNL", "PHED", "20261120000777", "OPERATOR", 1,
                "hand pump", T0.plus(Duration.ofDays(6))), T0.plus(Duration.ofDays(6))));
        StatusReport r = StatusReport.of(ID, l);
        assertThat(r.stage()).isEqualTo(StatusReport.Stage.REGISTERED);
        assertThat(r.departmentCode()).isEqualTo("PHED");
        assertThat(((CitizenMessage.Text) CommandReplies.status(r, Language.EN, T0.plus(Duration.ofDays(7)))).body())
                .contains("Public Health Engineering").contains("20261120000777");
    }
}
