package org.samparksetu.verification.cluster;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintVerified;
import org.samparksetu.contract.events.DisputeReasonRequested;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.testing.TestEvents;
import org.samparksetu.testing.ServiceInfrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.FIXED;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.NOT_FIXED;
import static org.samparksetu.verification.verification.TestComplaints.*;

/**
 * A cluster is one problem, on the real broker and database: its members follow the leader (no clock of their own),
 * every citizen of it is asked about the leader's fix, one "not fixed" sends the one field check, only everyone's
 * "fixed" confirms it, and every member closes with the leader. A member split off runs on its own clock.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class ClusterFlowTest {
    @Inject
    EntityManager em;

    private static void publishLinked(String member, String leader) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, member, new ComplaintRegistered(member, DEPARTMENT,
                "2026000" + leader.substring(9), ComplaintRegistered.MODE_LINKED, Instant.now(), null, leader));
    }

    private static JsonPath awaitTracked(String id) {
        await("verification tracks " + id).atMost(Duration.ofSeconds(60)).until(() -> given().auth().preemptive()
                .basic("collector", "collector-secret").get("/api/complaints/{id}", id).statusCode() == 200);
        return view(id);
    }

    /** A leader and its members, registered; the department reports on the leader; everyone is asked. */
    private static String askedTogether(String leader, String... members) {
        publishRegistered(leader);
        awaitTracked(leader);
        for (String m : members) {
            publishLinked(m, leader);
            JsonPath tracked = awaitTracked(m);
            assertThat(tracked.getString("dueAt")).as("a member runs on its leader's clock").isNull();
        }
        publishReport(leader, "ATR-" + leader);
        String check = awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, leader, 1)
                .get(0).data().verificationId();
        for (String m : members) {
            VerificationRequested asked = awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED,
                    VerificationRequested.class, m, 1).get(0).data();
            assertThat(asked.complaintId()).isEqualTo(m);
            assertThat(asked.verificationId()).as("asked about the leader's one check").isEqualTo(check);
            assertThat(asked.kind()).isEqualTo(VerificationRequested.KIND_REQUEST);
        }
        return check;
    }

    @Test
    void everyoneSaysFixedAndTheWholeClusterClosesOnTheLastYes() {
        String leader = "JAL-2026-880001", first = "JAL-2026-880002", second = "JAL-2026-880003";
        askedTogether(leader, first, second);

        publishAnswer(leader, FIXED);
        publishAnswer(first, FIXED);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> events(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, leader).isEmpty());
        assertThat(view(leader).getString("state")).as("waits for the last citizen").isEqualTo("VERIFYING");

        publishAnswer(second, FIXED);
        for (String id : List.of(leader, first, second)) {
            ComplaintClosed closed = awaitEvents(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, id, 1).get(0).data();
            assertThat(closed.resolution()).isEqualTo("VERIFIED_FIXED");
            assertThat(view(id).getString("state")).isEqualTo("CLOSED");
        }
        assertThat(awaitEvents(EventType.COMPLAINT_VERIFIED, ComplaintVerified.class, leader, 1)).singleElement()
                .satisfies(v -> assertThat(v.data().fixed()).isTrue());
        assertThat(events(EventType.COMPLAINT_VERIFIED, ComplaintVerified.class, first)).isEmpty();
        assertThat(answers(leader)).containsExactlyInAnyOrder("FIXED", "FIXED", "FIXED");
    }

    @Test
    void oneCoComplainantsNotFixedSendsTheOneFieldCheckAndIsAskedWhy() {
        String leader = "JAL-2026-880011", first = "JAL-2026-880012", second = "JAL-2026-880013";
        askedTogether(leader, first, second);

        publishAnswer(leader, FIXED);
        publishAnswer(second, NOT_FIXED);
        DisputeReasonRequested why = awaitEvents(EventType.COMPLAINT_REASON_REQUESTED, DisputeReasonRequested.class,
                second, 1).get(0).data();
        assertThat(why.complaintId()).isEqualTo(second);
        await().atMost(Duration.ofSeconds(30)).until(() -> view(leader).getList("fieldChecks").size() == 1);
        assertThat(view(leader).getString("state")).isEqualTo("VERIFYING");
        assertThat(fieldChecksOf(second)).isZero();
        assertThat(fieldChecksOf(first)).isZero();

        // the first member's later yes changes nothing: a witness says the problem persists, the verifier decides
        publishAnswer(first, FIXED);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> events(EventType.COMPLAINT_CLOSED, ComplaintClosed.class, leader).isEmpty()
                        && view(leader).getList("fieldChecks").size() == 1);
        assertThat(events(EventType.COMPLAINT_REASON_REQUESTED, DisputeReasonRequested.class, leader)).isEmpty();
    }

    @Test
    void aMemberSplitOffAndRegisteredOnItsOwnRunsOnItsOwnClock() {
        String leader = "JAL-2026-880021", member = "JAL-2026-880022";
        publishRegistered(leader);
        publishLinked(member, leader);
        assertThat(awaitTracked(member).getString("dueAt")).isNull();

        publishRegistered(member); // registered on its own after the grievance cell split it off
        await().atMost(Duration.ofSeconds(60)).until(() -> view(member).getString("dueAt") != null);
        publishReport(leader, "ATR-" + leader);
        awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, leader, 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15)).until(() ->
                events(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, member).isEmpty());
    }

    private List<String> answers(String leader) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        select a.answer from cluster_answer a join verification v on v.id = a.verification_id
                        where v.complaint_id = ?1""", String.class).setParameter(1, leader).getResultList());
    }

    private long fieldChecksOf(String complaintId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from field_check where complaint_id = ?1").setParameter(1, complaintId)
                .getSingleResult()).longValue());
    }
}
