package org.samparksetu.e2e;

import io.restassured.http.ContentType;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.testing.system.ServiceProcess;
import org.samparksetu.testing.system.SystemUnderTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys of {@link ComplaintLifecycleIT}, on whichever system they are given: the shared one (one instance of
 * each service) or {@link TwoOfEverythingIT}'s, where each call may reach either instance of a service.
 */
final class ComplaintJourneys {
    private ComplaintJourneys() {
    }

    /** A water complaint registered, reported, verified and closed: the citizen's messages in order, every service's state. */
    static void waterComplaintRegisteredReportedVerifiedAndClosed(SystemUnderTest system) {
        Citizen citizen = Citizen.next(system, "Ramesh");
        citizen.says("गांव सियाणा में तीन दिन से पानी नहीं आ रहा है, पाइपलाइन टूटी है");

        // 1. the acknowledgement, in Hindi, with the complaint number
        var ack = citizen.awaitMessage(1);
        String complaintId = Whatsapp.complaintIdIn(ack)
                .orElseThrow(() -> new AssertionError("acknowledgement carries no complaint ID: " + Whatsapp.textOf(ack)));
        assertThat(Whatsapp.isHindi(ack)).as("acknowledgement is in Hindi").isTrue();

        // 2. registered on Sampark exactly once; the citizen hears the department and the grievance ID
        String registered = Whatsapp.textOf(citizen.awaitMessage(2));
        List<Grievance> grievances = Records.samparkRegistrations(system, complaintId);
        assertThat(grievances).hasSize(1);
        String grievanceId = grievances.get(0).grievanceId();
        assertThat(grievances.get(0).department()).isEqualTo("PHED");
        assertThat(registered).contains(complaintId).contains(grievanceId)
                .contains(Departments.byCode("PHED").orElseThrow().nameHi());

        // 3. the department reports action through the bridge's REST API; 4. verification asks with buttons
        Steps.askedIfFixed(citizen, complaintId, 3);

        // 5. the citizen taps "fixed"; the complaint closes and the citizen is told, with the rating buttons under it
        citizen.taps(Steps.fixed(complaintId), "हाँ, ठीक हो गया");
        var closed = citizen.awaitMessage(4);
        assertThat(Whatsapp.textOf(closed)).contains(complaintId);
        assertThat(Whatsapp.buttonIds(closed)).containsExactlyInAnyOrder(
                ReplyIds.rating(ReplyIds.Satisfaction.SATISFIED, complaintId),
                ReplyIds.rating(ReplyIds.Satisfaction.NOT_SATISFIED, complaintId));

        // exactly these four messages, in this order, and nothing more arrives
        citizen.receivesNothingBeyond(4);
        assertThat(citizen.messages()).extracting(Whatsapp::typeOf)
                .containsExactly("text", "text", "interactive", "interactive");

        // each service's own record of the complaint
        StateChecks.assertClosedEverywhere(complaintId, grievanceId, citizen);
    }

    /**
     * One message delivered eight times, six of them at once: one complaint, one acknowledgement. With several intake
     * instances the deliveries reach them in turn, so the duplicates meet on different instances.
     */
    static void sameWebhookTwiceAndConcurrentlyMakesOneComplaintAndOneAcknowledgement(SystemUnderTest system)
            throws Exception {
        Citizen citizen = Citizen.next(system, "Suresh");
        Map<String, Object> message = Map.of("from", citizen.waId, "id", "wamid.E2E-DUPLICATE-" + citizen.waId,
                "text", "bijli nahi aa rahi 2 din se");
        assertThat(citizen.sendsRaw(message).getInt("status")).isEqualTo(200);
        assertThat(citizen.sendsRaw(message).getInt("status")).isEqualTo(200);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> citizen.sendsRaw(message).getInt("status"));
            }
            for (var f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        citizen.awaitMessage(1);
        // the complaint goes on to registration; by then any duplicate acknowledgement would have arrived too
        var messages = citizen.awaitMessages(2);
        assertThat(messages).hasSize(2);
        assertThat(Whatsapp.complaintIdIn(messages.get(0))).isPresent();
        assertThat(citizen.complaintIds()).hasSize(1);
    }

    /** A webhook with a forged signature is refused by every intake instance and creates nothing. */
    static void badSignatureIsRefusedAndCreatesNothing(SystemUnderTest system) {
        Citizen citizen = Citizen.next(system, "Forged");
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":"
                + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"106540352242922\"},"
                + "\"messages\":[{\"from\":\"" + citizen.waId + "\",\"id\":\"wamid.E2E-FORGED\",\"timestamp\":\"1764300000\",\"type\":\"text\",\"text\":{\"body\":\"पानी नहीं\"}}]}}]}]}";
        for (ServiceProcess intake : system.instances("intake-service")) {
            given().header("X-Hub-Signature-256", "sha256=" + "0".repeat(64)).contentType(ContentType.JSON).body(body)
                    .post(intake.baseUrl() + "/webhooks/whatsapp")
                    .then().statusCode(401);
        }
        assertThat(citizen.complaintIds()).isEmpty();
        assertThat(citizen.messages()).isEmpty();
    }
}
