package org.samparksetu.verification.withdrawal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;
import org.samparksetu.verification.deadline.DeadlineScheduler;
import org.samparksetu.verification.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * A withdrawn complaint stops every clock: with the clock moved far past every deadline and the scheduler ticked,
 * nothing fires — no escalation, no officers' reminder, no citizen reminder, no field check — and a report that
 * comes afterwards is recorded without asking the citizen.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class WithdrawalClockTest {
    static final Duration FAR_PAST_EVERY_DEADLINE = Duration.ofDays(120);

    @Inject
    MovableClock clock;
    @Inject
    DeadlineScheduler scheduler;
    @Inject
    EntityManager em;

    static RequestSpecification collector() {
        return given().auth().preemptive().basic("collector", "collector-secret").contentType("application/json");
    }

    static JsonPath view(String id) {
        return collector().get("/api/complaints/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    void registered(String id) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, "PHED", "2026000" + id.substring(9), "API", Instant.now()));
    }

    void report(String id, String reportId) {
        TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, reportId,
                "PHED", "2026000" + id.substring(9), DisposalOutcome.RELIEF, "handpump repaired", "JEN PHED Sayla", "REST",
                List.of(), Instant.now()));
    }

    void withdraw(String id) {
        var e = TestEvents.publish(prefix(), EventType.COMPLAINT_WITHDRAWN, id,
                new ComplaintWithdrawn(id, "CITIZEN", null, Instant.now()));
        TestEvents.publishRaw(prefix() + EventType.COMPLAINT_WITHDRAWN.topic(), id, EventCodec.encode(e)); // redelivered
        await().atMost(Duration.ofSeconds(60)).until(() -> collector().get("/api/complaints/{id}", id).statusCode() == 200
                && "WITHDRAWN".equals(view(id).getString("state")));
    }

    List<String> outbox(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select e.eventType from OutboxEvent e where e.messageKey = :k order by e.id", String.class)
                .setParameter("k", id).getResultList());
    }

    void advanceFarAndTick() {
        // two days at a time, as the scheduler would see time pass: a tick lands inside every three-day reminder
        // window and after every level boundary, in 60 ticks instead of 120
        for (int day = 0; day < FAR_PAST_EVERY_DEADLINE.toDays(); day += 2) {
            clock.advance(Duration.ofDays(2));
            scheduler.tick();
        }
    }

    @Test
    void aWithdrawnComplaintWaitingForItsDepartmentNeverEscalatesNorReminds() {
        String id = "JAL-2026-850001";
        registered(id);
        await().atMost(Duration.ofSeconds(60)).until(() -> collector().get("/api/complaints/{id}", id).statusCode() == 200);
        assertThat(view(id).getString("dueAt")).isNotNull(); // its clock was running

        withdraw(id);
        assertThat(view(id).getString("dueAt")).isNull();

        advanceFarAndTick();
        JsonPath after = view(id);
        assertThat(after.getString("state")).isEqualTo("WITHDRAWN");
        assertThat(after.getInt("escalationLevel")).isEqualTo(1);
        assertThat(outbox(id)).isEmpty();
        JsonPath figures = collector().get("/api/accountability").then().statusCode(200).extract().jsonPath();
        assertThat(figures.getList("worstOverdue.complaintId")).doesNotContain(id);
        assertThat(figures.getInt("departments.find { it.department == 'PHED' }.withdrawn")).isGreaterThanOrEqualTo(1);
        // and the collector cannot push it up by hand
        collector().body("{\"reason\":\"no action\"}").post("/api/complaints/{id}/escalate", id)
                .then().statusCode(409).body("error", containsString("WITHDRAWN"));
    }

    @Test
    void aCitizenAskedToVerifyIsNeitherRemindedNorVisitedAfterWithdrawing() {
        String id = "JAL-2026-850002";
        registered(id);
        report(id, "ATR-850002-1");
        await().atMost(Duration.ofSeconds(60)).until(() -> collector().get("/api/complaints/{id}", id).statusCode() == 200
                && "AWAITING_CITIZEN".equals(view(id).getString("verifications[0].state")));
        assertThat(outbox(id)).containsExactly("complaint.verification-requested");

        withdraw(id);
        assertThat(view(id).getString("verifications[0].state")).isEqualTo("WITHDRAWN");

        advanceFarAndTick();
        assertThat(outbox(id)).containsExactly("complaint.verification-requested"); // no reminder, nothing after
        assertThat(view(id).getList("fieldChecks.state")).doesNotContain("ASSIGNED");
        assertThat(view(id).getString("state")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aReportAfterTheWithdrawalIsRecordedButTheCitizenIsNotAsked() {
        String id = "JAL-2026-850003";
        withdraw(id); // overtakes the registration: tracked as withdrawn straight away
        registered(id);
        report(id, "ATR-850003-1");
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("verifications").size() == 1);
        JsonPath v = view(id);
        assertThat(v.getString("verifications[0].state")).isEqualTo("WITHDRAWN");
        assertThat(v.getString("verifications[0].reportId")).isEqualTo("ATR-850003-1");
        assertThat(v.getString("state")).isEqualTo("WITHDRAWN");
        // the late registration started no clock either
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getString("grievanceId") != null);
        assertThat(view(id).getString("dueAt")).isNull();

        advanceFarAndTick();
        assertThat(outbox(id)).isEmpty();
        assertThat(view(id).getList("fieldChecks.state")).doesNotContain("ASSIGNED");
    }
}
