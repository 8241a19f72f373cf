package org.samparksetu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;
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
    void aClusterMemberHearsItsOwnLinkedRegistrationAndOfTheLeaderOnlyWhatStaysTheLeaders() {
        String leaderWa = "919800000204";
        String memberWa = "919800000205";
        String leader = "JAL-2026-200204";
        String member = "JAL-2026-200205";
        joinCluster(leader, leaderWa, member, memberWa);

        // the leader is registered on Sampark: the member is told by its own LINKED registration, not by a line on
        // the leader's
        var reg = TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, leader,
                new ComplaintRegistered(leader, "PHED", "20261128000204", "API", Instant.now()));
        awaitQueued(reg);
        assertThat(coComplainantUpdates(member)).isEmpty();
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, member, new ComplaintRegistered(member, "PHED",
                "20261128000204", ComplaintRegistered.MODE_LINKED, Instant.now(), null, leader));
        String linked = SimulatedCitizen.textOf(awaitMessages(memberWa, 2).get(1));
        assertThat(linked).contains("पहले ही शिकायत " + leader).contains("आपकी शिकायत " + member)
                .contains("संपर्क शिकायत संख्या 20261128000204").contains(PHED_HI).contains("जोड़ दी गई");
        assertThat(SimulatedCitizen.textOf(awaitMessages(leaderWa, 2).get(1))).contains("20261128000204").doesNotContain(member);

        // "is it fixed?" goes to each member with its own event; the leader's is the leader's citizen's question
        var fixed = TestEvents.publish(prefix(), EventType.COMPLAINT_VERIFICATION_REQUESTED, leader,
                new VerificationRequested(leader, "v-204", "PHED", DisposalOutcome.RELIEF, "पाइप बदल दिया", Instant.now()));
        awaitQueued(fixed);
        assertThat(coComplainantUpdates(member)).isEmpty();

        // the leader's escalation and reopening are the leader's alone: the member hears of them
        TestEvents.publish(prefix(), EventType.COMPLAINT_ESCALATED, leader,
                new ComplaintEscalated(leader, "PHED", 1, 2, "late", Instant.now()));
        assertThat(SimulatedCitizen.textOf(awaitMessages(memberWa, 3).get(2))).contains(member).contains(leader)
                .contains("स्तर L2");
        TestEvents.publish(prefix(), EventType.COMPLAINT_REOPENED, leader,
                new ComplaintReopened(leader, "PHED", "the citizen says it is not fixed", 3, Instant.now()));
        assertThat(SimulatedCitizen.textOf(awaitMessages(memberWa, 4).get(3))).contains(leader).contains("फिर से खोली गई");

        // the leader's closure: the member is closed by its own complaint.closed, with its own rating buttons
        var closed = TestEvents.publish(prefix(), EventType.COMPLAINT_CLOSED, leader,
                new ComplaintClosed(leader, "PHED", "VERIFIED_FIXED", Instant.now()));
        awaitQueued(closed);
        TestEvents.publish(prefix(), EventType.COMPLAINT_CLOSED, member,
                new ComplaintClosed(member, "PHED", "VERIFIED_FIXED", Instant.now()));
        JsonNode memberClosed = awaitMessages(memberWa, 5).get(4);
        assertThat(SimulatedCitizen.textOf(memberClosed)).contains(member).doesNotContain(leader);
        assertThat(memberClosed.at("/interactive/action/buttons/0/reply/id").asText()).endsWith(member);
        assertThat(coComplainantUpdates(member)).containsExactly("complaint.escalated", "complaint.reopened");
    }

    @Test
    void aMemberSplitOffTheClusterHearsNothingMoreOfTheLeader() {
        String leaderWa = "919800000206";
        String memberWa = "919800000207";
        String leader = "JAL-2026-200206";
        String member = "JAL-2026-200207";
        joinCluster(leader, leaderWa, member, memberWa);
        TestEvents.publish(prefix(), EventType.COMPLAINT_ESCALATED, leader,
                new ComplaintEscalated(leader, "PHED", 1, 2, "late", Instant.now()));
        assertThat(SimulatedCitizen.textOf(awaitMessages(memberWa, 2).get(1))).contains(leader);

        // the grievance cell split it off: routed again, without a cluster
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, member, routed(member, null));
        await().atMost(WAIT).until(() -> clusterRows(member) == 0);
        var again = TestEvents.publish(prefix(), EventType.COMPLAINT_ESCALATED, leader,
                new ComplaintEscalated(leader, "PHED", 2, 3, "still late", Instant.now()));
        awaitQueued(again);
        assertThat(coComplainantUpdates(member)).containsExactly("complaint.escalated"); // the one before the split

        // registered on its own now: its own number, no word of the leader
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, member,
                new ComplaintRegistered(member, "PHED", "20261128000207", "API", Instant.now()));
        assertThat(SimulatedCitizen.textOf(awaitMessages(memberWa, 3).get(2))).contains("20261128000207").doesNotContain(leader);
        assertThat(coComplainantUpdates(member)).containsExactly("complaint.escalated");
    }

    /** Both complaints received (acknowledged) and routed into one cluster led by {@code leader}. */
    private void joinCluster(String leader, String leaderWa, String member, String memberWa) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, leader, received(leader, leaderWa, "hi", Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, member, received(member, memberWa, "hi", Instant.now()));
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, leader, routed(leader, leader));
        TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, member, routed(member, leader));
        awaitMessages(leaderWa, 1);
        awaitMessages(memberWa, 1);
        // the member's routed event is consumed before the leader's progress
        await().atMost(WAIT).until(() -> clusterRows(member) == 1);
    }

    private long clusterRows(String member) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from complaint_cluster where member_id = ?1").setParameter(1, member).getSingleResult()).longValue());
    }

    /**
     * The leader's event was handled: its own message is queued, in the same transaction as any co-complainant's, so
     * from here on what the members were queued is final.
     */
    private void awaitQueued(org.samparksetu.contract.EventEnvelope<?> event) {
        await().atMost(WAIT).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outgoing_message where cast(cause_event_id as text) = ?1")
                .setParameter(1, event.id().toString()).getSingleResult()).longValue() == 1));
    }

    /** The leader's events a member was queued a line about, oldest first. */
    @SuppressWarnings("unchecked")
    private List<String> coComplainantUpdates(String member) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "select cause_type from outgoing_message where complaint_id = ?1 and kind = 'CO_COMPLAINANT_UPDATE' order by seq")
                .setParameter(1, member).getResultList());
    }
}
