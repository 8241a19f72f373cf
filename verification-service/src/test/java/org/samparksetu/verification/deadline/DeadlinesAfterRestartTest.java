package org.samparksetu.verification.deadline;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.verification.VerificationConfig;
import org.samparksetu.verification.time.MovableClock;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart keeps every clock: the deadlines are rows. The rows here are written with plain SQL, as an earlier run
 * of the service left them (no event, no bean of this run ever saw these complaints), and a scheduler the container
 * builds afresh (nothing in memory from earlier ticks) acts on them at the exact minute, on the movable clock.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class DeadlinesAfterRestartTest {
    static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    MovableClock clock;
    @Inject
    EntityManager em;
    @Inject
    VerificationConfig config;

    /** What a new process starts with: a scheduler the container builds afresh, holding nothing but its beans. */
    static DeadlineScheduler freshScheduler() {
        InjectableBean<DeadlineScheduler> bean = Arc.container().instance(DeadlineScheduler.class).getBean();
        return bean.create(Arc.container().beanManager().createCreationalContext(bean));
    }

    static JsonPath view(String id) {
        return given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", id)
                .then().statusCode(200).extract().jsonPath();
    }

    void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    <T> List<T> emitted(String complaintId, EventType type, Class<T> data) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select e.payload from OutboxEvent e where e.messageKey = :k and e.eventType = :t order by e.id", String.class)
                .setParameter("k", complaintId).setParameter("t", type.type()).getResultList())
                .stream().map(json -> EventCodec.decode(json, data).data()).toList();
    }

    @Test
    void deadlinesLeftInTheDatabaseByAnEarlierRunFireAtTheirMinute() {
        // due in an hour, to the minute; the earlier run already reminded the officers
        Instant due = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        Instant earlier = due.minus(Duration.ofDays(30));
        String overdue = "JAL-2026-730001";
        sql("""
                insert into tracked_complaint (complaint_id, department_code, grievance_id, state, escalation_level,
                  registered_at, state_changed_at, created_at, due_at, deadline_reminded_at)
                values (?1, 'PHED', '2026730001', 'REGISTERED', 1, ?2, ?2, ?2, ?3, ?4)""",
                overdue, Timestamp.from(earlier), Timestamp.from(due), Timestamp.from(due.minus(Duration.ofDays(3))));
        // a citizen asked earlier, whose reminder falls due at the same minute and whose silence four days later
        String silent = "JAL-2026-730002";
        UUID check = UUID.randomUUID();
        sql("""
                insert into tracked_complaint (complaint_id, department_code, grievance_id, state, escalation_level,
                  registered_at, state_changed_at, created_at)
                values (?1, 'PHED', '2026730002', 'VERIFYING', 1, ?2, ?2, ?2)""", silent, Timestamp.from(earlier));
        sql("""
                insert into verification (id, complaint_id, report_id, department_code, outcome, remarks, state,
                  requested_at, reminder_due_at, silence_due_at)
                values (?1, ?2, 'ATR-730002', 'PHED', 'RELIEF', 'repaired', 'AWAITING_CITIZEN', ?3, ?4, ?5)""",
                check, silent, Timestamp.from(due.minus(Duration.ofDays(3))), Timestamp.from(due),
                Timestamp.from(due.plus(Duration.ofDays(4))));

        DeadlineScheduler scheduler = freshScheduler();
        clock.advance(Duration.between(clock.instant(), due).minus(MINUTE));
        scheduler.tick();
        assertThat(view(overdue).getInt("escalationLevel")).isEqualTo(1);
        assertThat(emitted(overdue, EventType.COMPLAINT_ESCALATED, ComplaintEscalated.class)).isEmpty();
        assertThat(emitted(silent, EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class)).isEmpty();

        clock.advance(MINUTE);
        scheduler.tick();
        JsonPath v = view(overdue);
        assertThat(v.getInt("escalationLevel")).isEqualTo(2);
        // the next level's clock runs from the minute the deadline fell due, not from when the tick noticed
        assertThat(Instant.parse(v.getString("dueAt"))).isEqualTo(due.plus(config.deadline().levelLimit()));
        List<ComplaintEscalated> escalated = emitted(overdue, EventType.COMPLAINT_ESCALATED, ComplaintEscalated.class);
        assertThat(escalated).hasSize(1);
        assertThat(escalated.get(0).escalatedAt()).isEqualTo(due);
        assertThat(escalated.get(0).toLevel()).isEqualTo(2);
        List<VerificationRequested> reminders = emitted(silent, EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class);
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).kind()).isEqualTo(VerificationRequested.KIND_REMINDER);

        // another restart: a second fresh scheduler carries on where the first left off, and acts only once
        scheduler = freshScheduler();
        clock.advance(Duration.ofDays(4).minus(MINUTE));
        scheduler.tick();
        assertThat(view(silent).getList("fieldChecks")).isEmpty();
        assertThat(emitted(silent, EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class)).hasSize(1);
        clock.advance(MINUTE);
        scheduler.tick();
        assertThat(view(silent).getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING");
        assertThat(view(silent).getString("fieldChecks[0].reason")).isEqualTo("CITIZEN_NO_ANSWER");
    }
}
