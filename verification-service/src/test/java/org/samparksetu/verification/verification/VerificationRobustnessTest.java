package org.samparksetu.verification.verification;

import org.samparksetu.verification.citizenreply.CitizenRepliedListener;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.DONT_KNOW;
import static org.samparksetu.contract.ReplyIds.VerificationAnswer.FIXED;
import org.samparksetu.verification.actionreport.VerificationRequestService;

import static org.samparksetu.verification.verification.TestComplaints.*;

/** Duplicates, stray replies and poison: nothing twice, nothing from nothing, poison never blocks. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class VerificationRobustnessTest {

    @Inject
    EntityManager em;
    @Inject
    VerificationRepository verifications;

    private long checksOfReport(String reportId) {
        return QuarkusTransaction.requiringNew().call(() -> verifications.count("reportId", reportId));
    }

    @Test
    void theSameActionReportDeliveredTwiceIsVerifiedOnce() {
        String id = "JAL-2026-300001";
        publishRegistered(id);
        var event = publishReport(id, "ATR-300001");
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_ACTION_REPORTED, id, EventCodec.encode(event));
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_ACTION_REPORTED, id, EventCodec.encode(event));
        // Same key, same partition, handled in order: once this later report is verified, the copies were handled.
        publishReport(id, "ATR-300001-marker");
        awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 2);

        assertThat(checksOfReport("ATR-300001")).isEqualTo(1);
        assertThat(events(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id)).hasSize(2);
        assertThat(outboxTypes(em, id)).hasSize(2);
    }

    @Test
    void theSameReportUnderANewEventIdIsVerifiedOnce() {
        String id = "JAL-2026-300002";
        publishRegistered(id);
        var first = publishReport(id, "ATR-300002");
        var again = publishReport(id, "ATR-300002"); // re-published by the bridge: new event id, same report
        assertThat(again.id()).isNotEqualTo(first.id());
        awaitHandled(em, VerificationRequestService.CONSUMER, again.id());

        assertThat(checksOfReport("ATR-300002")).isEqualTo(1);
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested");
        assertThat(view(id).getList("verifications")).hasSize(1);
    }

    @Test
    void anAnswerWithoutAnOpenCheckChangesNothing() {
        String registeredOnly = "JAL-2026-300003";
        String unknown = "JAL-2026-300004";
        publishRegistered(registeredOnly);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", registeredOnly).then().statusCode(200));

        var toRegistered = publishAnswer(registeredOnly, FIXED);
        var toUnknown = publishAnswer(unknown, FIXED);
        awaitHandled(em, CitizenRepliedListener.CONSUMER, toRegistered.id());
        awaitHandled(em, CitizenRepliedListener.CONSUMER, toUnknown.id());

        assertThat(outboxTypes(em, registeredOnly)).isEmpty();
        assertThat(outboxTypes(em, unknown)).isEmpty();
        assertThat(view(registeredOnly).getString("state")).isEqualTo("REGISTERED");
        given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", unknown).then().statusCode(404);
    }

    @Test
    void repliesThatAreNotVerificationButtonsAreIgnored() {
        String id = "JAL-2026-300005";
        awaitingCitizen(id);

        publishReply(id, new CitizenReplied(id, CITIZEN, "wamid.text", "TEXT", null, "fixed", Instant.now()));
        publishReply(id, new CitizenReplied(id, CITIZEN, "wamid.other", "BUTTON", "status:JAL-2026-300005", null, Instant.now()));
        publishReply(id, new CitizenReplied(id, CITIZEN, "wamid.cmd", "COMMAND", "verify:fixed:" + id, "STATUS", Instant.now()));
        // Same key, handled in order: DONT_KNOW can only land if the check was still waiting for the citizen.
        publishAnswer(id, DONT_KNOW);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(view(id).getString("verifications[0].state")).isEqualTo("FIELD_CHECK_PENDING"));
        assertThat(view(id).getString("verifications[0].citizenAnswer")).isEqualTo("DONT_KNOW");
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested");
    }

    @Test
    void aButtonOfAnotherComplaintIsNotAnAnswerAboutThisOne() {
        String id = "JAL-2026-300006";
        awaitingCitizen(id);
        // intake vouches for the event's complaint; the button names a different one
        var forged = publishReply(id, new CitizenReplied("JAL-2026-399999", CITIZEN, "wamid.x", "BUTTON",
                "verify:fixed:" + id, null, Instant.now()));
        awaitHandled(em, CitizenRepliedListener.CONSUMER, forged.id());

        assertThat(view(id).getString("verifications[0].state")).isEqualTo("AWAITING_CITIZEN");
        assertThat(outboxTypes(em, id)).containsExactly("complaint.verification-requested");
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextReportIsStillVerified() {
        String id = "JAL-2026-300007";
        TestEvents.publishRaw(prefix() + Topics.COMPLAINT_ACTION_REPORTED, id, "{not json");
        // well-formed JSON that can never be verified: no report id to de-duplicate on
        var noReportId = new ComplaintActionReported(id, null, DEPARTMENT, "1", null, null, null, "REST", List.of(), Instant.now());
        TestEvents.publish(prefix(), EventType.COMPLAINT_ACTION_REPORTED, id, noReportId);
        TestEvents.publishRaw(prefix() + Topics.CITIZEN_REPLIED, id, "[]");
        publishReport(id, "ATR-300007");

        awaitEvents(EventType.COMPLAINT_VERIFICATION_REQUESTED, VerificationRequested.class, id, 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var dead = TestEvents.readAll(prefix() + Topics.deadLetter("verification-service"));
            assertThat(dead).anySatisfy(r -> assertThat(r.value()).isEqualTo("{not json"));
            assertThat(dead).anySatisfy(r -> assertThat(r.value()).contains("\"complaint.action-reported\"")
                    .contains("\"reportId\":null"));
            assertThat(dead).anySatisfy(r -> assertThat(r.value()).isEqualTo("[]"));
        });
        assertThat(checksOfReport("ATR-300007")).isEqualTo(1);
    }
}
