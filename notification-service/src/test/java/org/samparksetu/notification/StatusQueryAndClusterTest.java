package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.notification.SimulatedCitizen.awaitMessages;

/** Status queries answered from the timeline (own complaints only) and co-complainants of a cluster. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(WhatsAppSimulatorResource.class)
class StatusQueryAndClusterTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    private static final String PHED_HI = "जन स्वास्थ्य अभियांत्रिकी विभाग (जलदाय विभाग)";

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static ComplaintReceived received(String id, String waId, String lang, Instant at) {
        return new ComplaintReceived(id, waId, "WHATSAPP", lang, "पानी नहीं आ रहा", null, List.of(), null, at);
    }

    private static ComplaintRouted routed(String id, String clusterId) {
        return new ComplaintRouted(id, "PHED", 0.9, List.of(), List.of("पानी"), "CLASSIFIER", "पानी नहीं", "hi", null,
                null, null, null, null, Instant.now(), clusterId);
    }

    private static CitizenReplied command(String waId, String command, String complaintId, String lang) {
        return new CitizenReplied(complaintId, waId, "wamid.cmd-" + System.nanoTime(), "COMMAND", null, command, Instant.now(),
                command, lang);
    }

    @Test
    void aStatusQueryIsAnsweredFromTheTimelineWithDepartmentSamparkIdDaysAndNextStep() {
        String wa = "919800000201";
        String id = "JAL-2026-200201";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, wa, "hi", Instant.now().minus(Duration.ofDays(3))));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "20261128000201", "API", Instant.now()));
        awaitMessages(wa, 2);

        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, command(wa, "STATUS", id, "hi"));
        List<JsonNode> got = awaitMessages(wa, 3);
        JsonNode answer = got.get(2);
        assertThat(answer.path("type").asText()).isEqualTo("text"); // the command itself opened the window
        assertThat(SimulatedCitizen.textOf(answer)).contains(id).contains(PHED_HI).contains("20261128000201")
                .contains("3 दिन से लंबित").contains("आगे क्या होगा");

        // English when asked in English; LIST shows the citizen's complaints
        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, command(wa, "LIST", null, "en"));
        got = awaitMessages(wa, 4);
        assertThat(SimulatedCitizen.textOf(got.get(3))).contains("Your complaints").contains(id).contains("registered on Sampark");
    }

    @Test
    void aStatusQueryNeverShowsAComplaintFiledFromAnotherNumber() {
        String owner = "919800000202";
        String other = "919800000203";
        String id = "JAL-2026-200202";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, id, received(id, owner, "hi", Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "20261128000202", "API", Instant.now()));
        awaitMessages(owner, 2);

        TestEvents.publish(prefix(), EventType.CITIZEN_REPLIED, id, command(other, "STATUS", id, "hi"));
        List<JsonNode> got = awaitMessages(other, 1);
        assertThat(SimulatedCitizen.textOf(got.get(0))).contains("दर्ज नहीं हुई").doesNotContain("20261128000202").doesNotContain(PHED_HI);
        assertThat(SimulatedCitizen.messagesTo(owner)).hasSize(2);
    }

    @Test
    void everyCoComplainantHearsTheLeadersProgressOnce() {
        String leaderWa = "919800000204";
        String memberWa = "919800000205";
        String leader = "JAL-2026-200204";
        String member = "JAL-2026-200205";
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, leader, received(leader, leaderWa, "hi", Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, member, received(member, memberWa, "en", Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, leader, routed(leader, leader));
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, member, routed(member, leader));
        awaitMessages(leaderWa, 1);
        awaitMessages(memberWa, 1);
        // give the member's routed event time to be consumed before the leader's progress
        await().atMost(WAIT).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from complaint_cluster where member_id = ?1 and leader_id = ?2")
                        .setParameter(1, member).setParameter(2, leader).getSingleResult()).longValue() == 1));

        var reg = TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, leader,
                new ComplaintRegistered(leader, "PHED", "20261128000204", "API", Instant.now()));
        List<JsonNode> memberGot = awaitMessages(memberWa, 2);
        assertThat(SimulatedCitizen.textOf(memberGot.get(1))).contains(member).contains(leader).contains("20261128000204")
                .contains("Public Health Engineering");
        assertThat(SimulatedCitizen.textOf(awaitMessages(leaderWa, 2).get(1))).contains("20261128000204");

        // the same event again changes nothing; the leader's closure reaches the member too
        TestEvents.publishRaw(prefix() + org.samparksetu.contract.Topics.COMPLAINT_REGISTERED, leader,
                org.samparksetu.messaging.codec.EventCodec.encode(reg));
        TestEvents.publish(prefix(), EventType.COMPLAINT_CLOSED, leader, new ComplaintClosed(leader, "PHED", "VERIFIED_FIXED", Instant.now()));
        memberGot = awaitMessages(memberWa, 3);
        assertThat(SimulatedCitizen.textOf(memberGot.get(2))).contains(leader).contains("closed");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> SimulatedCitizen.messagesTo(memberWa).size() == 3);
    }
}
