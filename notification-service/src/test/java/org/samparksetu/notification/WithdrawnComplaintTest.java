package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.notification.timeline.Timeline;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.notification.SimulatedCitizen.awaitMessages;

/**
 * After a withdrawal the citizen hears nothing more about the complaint: a late "registered" or "escalated" is
 * kept on the timeline but not sent, and a status query says it was withdrawn.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class WithdrawnComplaintTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Timeline timeline;

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static CitizenReplied command(String waId, String command, String complaintId) {
        return new CitizenReplied(complaintId, waId, "wamid.cmd-" + System.nanoTime(), "COMMAND", null, command,
                Instant.now(), command, "hi");
    }

    private void awaitOnTimeline(String id, String type) {
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() ->
                timeline.of(id).stream().anyMatch(t -> type.equals(t.type))));
    }

    @Test
    void aLateRegisteredOrEscalatedIsNotSentForAWithdrawnComplaint() {
        String wa = "919800000801";
        String id = "JAL-2026-200801";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, new ComplaintReceived(id, wa, "WHATSAPP", "hi",
                "पानी नहीं आ रहा", null, List.of(), null, Instant.now()));
        awaitMessages(wa, 1); // the acknowledgement
        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, command(wa, "WITHDRAW", id));
        assertThat(SimulatedCitizen.textOf(awaitMessages(wa, 2).get(1))).contains(id); // the existing confirmation
        TestEvents.publish(prefix(), EventType.COMPLAINT_WITHDRAWN, id, new ComplaintWithdrawn(id, "CITIZEN", null, Instant.now()));
        awaitOnTimeline(id, "complaint.withdrawn");

        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, "PHED", "20261128000801", "API", Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_ESCALATED, id,
                new ComplaintEscalated(id, "PHED", 1, 2, "OVERDUE", Instant.now()));
        awaitOnTimeline(id, "complaint.registered");
        awaitOnTimeline(id, "complaint.escalated");

        // A status query is answered after them (one consumer per topic, so sent once it is handled): by then a
        // wrongly sent "registered" or "escalated" would be there too.
        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, command(wa, "STATUS", id));
        List<JsonNode> got = awaitMessages(wa, 3);
        assertThat(got).hasSize(3);
        assertThat(SimulatedCitizen.textOf(got.get(2))).contains(id).contains("वापस ली गई")
                .doesNotContain("20261128000801");
        assertThat(got).noneMatch(m -> SimulatedCitizen.textOf(m).contains("20261128000801"));
    }
}
