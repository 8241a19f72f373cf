package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.DisputeReasonRequested;
import org.samparksetu.contract.events.InterimReplied;
import org.samparksetu.contract.events.NotificationSent;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samparksetu.notification.SimulatedCitizen.awaitMessages;

/**
 * Verification's two questions to the citizen, from the real broker to the WhatsApp simulator: "why is it not
 * fixed? send a photo" after a dispute, and the department's interim reply (why not yet, and by when). Hindi by
 * default, English when the citizen wrote English.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class VerificationMessagesFlowTest {

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "hi | 919800005901 | JAL-2026-205901 | गांव में पानी नहीं आ रहा | आपने बताया कि समस्या ठीक नहीं हुई | फ़ोटो | "
                    + "ने बताया है कि अभी कार्रवाई क्यों नहीं हो पाई | अपेक्षित तारीख: 2026-04-15 | जन स्वास्थ्य अभियांत्रिकी विभाग",
            "en | 919800005902 | JAL-2026-205902 | no water in the village for five days | you said the problem is not fixed | photo | "
                    + "says why it could not act yet | Expected by: 2026-04-15 | Public Health Engineering"})
    void theReasonRequestAndTheInterimReplyReachTheCitizenInTheirLanguage(String language, String wa, String id,
            String complaint, String reasonAsk, String photoAsk, String interimSays, String expected, String department) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, new ComplaintReceived(id, wa, "WHATSAPP", language,
                complaint, null, List.of(), null, Instant.now()));
        awaitMessages(wa, 1);

        var asked = TestEvents.publish(prefix(), EventType.COMPLAINT_REASON_REQUESTED, id,
                new DisputeReasonRequested(id, UUID.randomUUID().toString(), "PHED", Instant.now()));
        JsonNode reasonRequest = awaitMessages(wa, 2).get(1);
        assertThat(reasonRequest.path("to").asText()).isEqualTo("+" + wa);
        assertThat(SimulatedCitizen.textOf(reasonRequest)).contains(id).contains(reasonAsk).contains(photoAsk);

        var interim = TestEvents.publish(prefix(), EventType.COMPLAINT_INTERIM_REPLIED, id, new InterimReplied(id, "PHED",
                "JEN PHED Sayla", "pump motor ordered from Jodhpur", "2026-04-15", 1, Instant.now()));
        JsonNode interimReply = awaitMessages(wa, 3).get(2);
        assertThat(SimulatedCitizen.textOf(interimReply)).contains(id).contains(department).contains(interimSays)
                .contains("pump motor ordered from Jodhpur").contains(expected);
        if ("en".equals(language)) {
            assertThat(SimulatedCitizen.textOf(interimReply)).doesNotContain("जन स्वास्थ्य");
        }
        assertThat(SimulatedCitizen.messagesTo(wa)).hasSize(3);

        // each is reported sent, under its own kind, for the complaint's timeline
        for (var cause : List.of(asked, interim)) {
            var sent = TestEvents.awaitEvents(prefix(), EventType.NOTIFICATION_SENT, NotificationSent.class,
                    e -> e.data().causeEventId().equals(cause.id().toString()), 1);
            assertThat(sent.get(0).subject()).isEqualTo(id);
            assertThat(sent.get(0).data().kind()).isEqualTo(cause == asked ? "REASON_REQUEST" : "INTERIM_REPLY");
        }
    }
}
