package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samparksetu.notification.SimulatedCitizen.awaitMessages;

/**
 * Intake's {@code citizen.notice} (linked repeat, awaiting transcription, blocked number), through the real broker
 * to what the citizen's phone shows: one free-text message per event, in the citizen's language, even when the
 * event is delivered twice and when the citizen's window was never seen opening.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class IntakeNoticeFlowTest {

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static CitizenNotice notice(String wa, String complaintId, String kind, String related, String reason, String lang) {
        return new CitizenNotice(wa, complaintId, kind, related, reason, lang, Instant.now());
    }

    /**
     * A barrier: a notice with the same key (so the same partition, consumed in order) published afterwards; once its
     * message is on the phone, everything published before it has been handled.
     */
    private static void barrier(String key, String wa, String id) {
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, key,
                notice(wa, id, CitizenNotice.AWAITING_TRANSCRIPTION, null, null, "hi"));
    }

    @Test
    void aLinkedRepeatIsToldOnceInHindiNamingTheEarlierComplaint() {
        String wa = "919800000301";
        var event = TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, "JAL-2026-300302",
                notice(wa, "JAL-2026-300302", CitizenNotice.LINKED, "JAL-2026-300301", null, "hi"));
        // the same event delivered again (Kafka is at-least-once): still one message
        TestEvents.publishRaw(prefix() + "citizen.notice", "JAL-2026-300302", EventCodec.encode(event));
        List<JsonNode> got = awaitMessages(wa, 1);
        assertThat(got.get(0).path("type").asText()).isEqualTo("text");
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains("पहले ही भेज चुके").contains("JAL-2026-300301")
                .contains("दोबारा दर्ज नहीं");
        barrier("JAL-2026-300302", wa, "JAL-2026-300303");
        got = awaitMessages(wa, 2);
        assertThat(got).hasSize(2);
        assertThat(SimulatedCitizen.textOf(got.get(1))).contains("JAL-2026-300303");
    }

    @Test
    void aComplaintAwaitingTranscriptionIsToldInEnglishWhenTheCitizenWritesEnglish() {
        String wa = "919800000311";
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, "JAL-2026-300311",
                notice(wa, "JAL-2026-300311", CitizenNotice.AWAITING_TRANSCRIPTION, null, null, "en"));
        List<JsonNode> got = awaitMessages(wa, 1);
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains("JAL-2026-300311").contains("photo / voice complaint")
                .contains("type it in");
        String hi = "919800000312";
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, "JAL-2026-300312",
                notice(hi, "JAL-2026-300312", CitizenNotice.AWAITING_TRANSCRIPTION, null, null, null));
        assertThat(SimulatedCitizen.textOf(awaitMessages(hi, 1).get(0))).contains("JAL-2026-300312").contains("दर्ज करेंगे");
    }

    @Test
    void aBlockedNumberIsToldWhyWithoutAComplaint() {
        String wa = "919800000321";
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, wa,
                notice(wa, null, CitizenNotice.BLOCKED, null, "47 fake complaints in a week, FIR 12/2026", "hi"));
        List<JsonNode> got = awaitMessages(wa, 1);
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains("स्वीकार नहीं").contains("47 fake complaints in a week, FIR 12/2026");
        assertThat(got.get(0).path("to").asText()).isEqualTo("+" + wa);
    }

    @Test
    void aNoticeOfAKindThisServiceDoesNotKnowSendsNothing() {
        String wa = "919800000331";
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, wa, notice(wa, null, "SOMETHING_NEWER", null, null, "hi"));
        barrier(wa, wa, "JAL-2026-300331");
        List<JsonNode> got = awaitMessages(wa, 1);
        assertThat(got).hasSize(1);
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains("JAL-2026-300331");
    }

    @Test
    void aRejectedMessageIsToldWhyWhileTheCitizensWindowIsOpen() {
        String wa = "919800000341";
        // the citizen wrote (a repeat they were told about): their window is open
        TestEvents.publish(prefix(), EventType.CITIZEN_NOTICE, "JAL-2026-300342",
                notice(wa, "JAL-2026-300342", CitizenNotice.LINKED, "JAL-2026-300341", null, "hi"));
        awaitMessages(wa, 1);
        TestEvents.publish(prefix(), EventType.COMPLAINT_QUARANTINED, "JAL-2026-300343", new ComplaintQuarantined(
                "JAL-2026-300343", "abusive language about an official", Instant.now(), wa, "hi", "REJECTED"));
        List<JsonNode> got = awaitMessages(wa, 2);
        assertThat(got.get(1).path("type").asText()).isEqualTo("text");
        assertThat(SimulatedCitizen.textOf(got.get(1))).contains("JAL-2026-300343").contains("दर्ज नहीं किया गया")
                .contains("abusive language about an official");
    }
}
