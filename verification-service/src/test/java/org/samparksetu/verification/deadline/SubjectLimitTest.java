package org.samparksetu.verification.deadline;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;
import org.samparksetu.verification.time.MovableClock;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The subject on {@code complaint.registered} picks the time limit: {@code JDVVNL.power-cut} (5 days, test profile)
 * overrides JDVVNL's 15 days, which overrides the 30-day default; and the shorter clock escalates at its own minute.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class SubjectLimitTest {
    static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    MovableClock clock;
    @Inject
    DeadlineScheduler scheduler;

    static JsonPath view(String id) {
        return given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Registers the complaint and answers how long its department has from the minute it was tracked. */
    Duration registered(String id, String department, String subject) {
        TestEvents.publish(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_REGISTERED, id,
                new ComplaintRegistered(id, department, "2026" + id.substring(9), "API", Instant.now(), subject));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().preemptive().basic("collector", "collector-secret")
                .get("/api/complaints/{id}", id).statusCode() == 200);
        JsonPath v = view(id);
        assertThat(v.getString("subject")).isEqualTo(subject);
        assertThat(v.getString("state")).isEqualTo("REGISTERED");
        // tracked (state_changed_at) and due are both on the service's clock: their difference is the limit, exactly
        return Duration.between(Instant.parse(v.getString("stateChangedAt")), Instant.parse(v.getString("dueAt")));
    }

    @Test
    void aDepartmentSubjectLimitOverridesTheDepartmentsWhichOverridesTheDefault() {
        assertThat(registered("JAL-2026-720001", "JDVVNL", "power-cut")).isEqualTo(Duration.ofDays(5));
        assertThat(registered("JAL-2026-720002", "JDVVNL", "meter-reading")).isEqualTo(Duration.ofDays(15));
        assertThat(registered("JAL-2026-720003", "JDVVNL", null)).isEqualTo(Duration.ofDays(15));
        // a subject limit belongs to its department: PHED's power-cut complaint has the default
        assertThat(registered("JAL-2026-720004", "PHED", "power-cut")).isEqualTo(Duration.ofDays(30));

        Instant due = Instant.parse(view("JAL-2026-720001").getString("dueAt"));
        clock.advance(Duration.between(clock.instant(), due).minus(MINUTE));
        scheduler.tick();
        assertThat(view("JAL-2026-720001").getInt("escalationLevel")).isEqualTo(1);
        clock.advance(MINUTE);
        scheduler.tick();
        assertThat(view("JAL-2026-720001").getInt("escalationLevel")).isEqualTo(2);
        assertThat(view("JAL-2026-720002").getInt("escalationLevel")).isEqualTo(1);
        assertThat(view("JAL-2026-720004").getInt("escalationLevel")).isEqualTo(1);
    }
}
