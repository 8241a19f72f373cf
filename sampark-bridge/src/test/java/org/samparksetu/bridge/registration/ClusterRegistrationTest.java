package org.samparksetu.bridge.registration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.testing.ServiceInfrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.clustered;
import static org.samparksetu.bridge.TestComplaints.publishRouted;
import static org.samparksetu.bridge.TestComplaints.registered;

/**
 * A cluster is one problem: only its leader is registered on the portal (over real HTTP to the simulator); the other
 * reports share its grievance and are announced with its number, in whichever order routing's events arrive. The
 * department answers the leader alone. A member split off is registered on its own.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class ClusterRegistrationTest {
    private static final String LEADER = "JAL-2026-730001";
    private static final String EARLY_MEMBER = "JAL-2026-730002";
    private static final String LATE_MEMBER = "JAL-2026-730003";

    @Inject
    RegistrationRepository registrations;

    private Registration row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> registrations.findById(id));
    }

    private static List<Grievance> atThePortal(String id) {
        return SamparkSimulator.simulators().sampark().byReference(id);
    }

    @Test
    void aClusterIsRegisteredOnceAndEveryMemberSharesTheLeadersGrievance() {
        // a member's routing overtakes its leader's (separate keys, separate partitions): it waits, linked
        publishRouted(clustered(EARLY_MEMBER, LEADER));
        await().atMost(Duration.ofSeconds(60)).until(() -> row(EARLY_MEMBER) != null);
        assertThat(row(EARLY_MEMBER).state).isEqualTo(Registration.State.LINKED);
        assertThat(row(EARLY_MEMBER).leaderComplaintId).isEqualTo(LEADER);

        publishRouted(clustered(LEADER, null));
        EventEnvelope<ComplaintRegistered> leader = awaitRegistered(LEADER);
        EventEnvelope<ComplaintRegistered> early = awaitRegistered(EARLY_MEMBER);
        assertThat(early.data().grievanceId()).isEqualTo(leader.data().grievanceId());
        assertThat(early.data().mode()).isEqualTo(ComplaintRegistered.MODE_LINKED);
        assertThat(early.data().linkedTo()).isEqualTo(LEADER);
        assertThat(leader.data().linkedTo()).isNull();

        // a report that joins after the leader's registration shares it at once
        publishRouted(clustered(LATE_MEMBER, LEADER));
        EventEnvelope<ComplaintRegistered> late = awaitRegistered(LATE_MEMBER);
        assertThat(late.data().grievanceId()).isEqualTo(leader.data().grievanceId());
        assertThat(late.data().linkedTo()).isEqualTo(LEADER);

        // one problem, one grievance on the portal
        assertThat(atThePortal(LEADER)).hasSize(1);
        assertThat(atThePortal(EARLY_MEMBER)).isEmpty();
        assertThat(atThePortal(LATE_MEMBER)).isEmpty();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> registered(EARLY_MEMBER).size() == 1 && registered(LATE_MEMBER).size() == 1);

        // the department answers the leader: a report on a member is refused, naming the leader
        given().auth().preemptive().basic("jdvvnl-officer", "jdvvnl-secret").contentType(ContentType.JSON)
                .body(Map.of("complaintId", LATE_MEMBER, "outcome", "RELIEF", "remarks", "ट्रांसफार्मर बदल दिया",
                        "officer", "AEN JVVNL Sayla", "reportId", "cluster-member-report-1"))
                .post("/api/action-reports")
                .then().statusCode(409).body("error", allOf(containsString(LEADER), containsString(LATE_MEMBER)));
    }

    @Test
    void aMemberSplitOffByTheGrievanceCellIsRegisteredOnItsOwn() {
        String leader = "JAL-2026-730011";
        String member = "JAL-2026-730012";
        publishRouted(clustered(leader, null));
        String leadersGrievance = awaitRegistered(leader).data().grievanceId();
        publishRouted(clustered(member, leader));
        assertThat(awaitRegistered(member).data().linkedTo()).isEqualTo(leader);

        // routing's word after the split: the same complaint in no cluster
        publishRouted(clustered(member, null));
        await().atMost(Duration.ofSeconds(60)).until(() -> registered(member).size() == 2);
        ComplaintRegistered own = registered(member).get(1).data();
        assertThat(own.linkedTo()).isNull();
        assertThat(own.mode()).isEqualTo(Registration.ENTRY_API);
        assertThat(own.grievanceId()).isNotEqualTo(leadersGrievance);
        assertThat(atThePortal(member)).singleElement().satisfies(g -> assertThat(g.grievanceId()).isEqualTo(own.grievanceId()));
        assertThat(row(member).state).isEqualTo(Registration.State.REGISTERED);
        assertThat(row(member).leaderComplaintId).isNull();
    }
}
