package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.Satisfaction;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.e2e.VillageComplaints.Village;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * Three villagers report the same dry tap in one village: one problem. Routing links the later two to the first
 * report; the bridge registers it on Sampark once and the other two hear that grievance number; the department
 * answers the first report alone; all three are asked whether it is fixed. One says it is not: asked why, and the one
 * field check goes to the village; the verifier finds it fixed, and all three are told it is closed.
 */
class ClusterOfThreeIT {

    @Test
    void aClusterOfThreeIsRegisteredOnceAndAllThreeAreAskedAndTold() {
        Village village = VillageComplaints.BHUNDWA;
        Citizen first = Citizen.next("Dhanni Devi");
        Citizen second = Citizen.next("Sawa Ram");
        Citizen third = Citizen.next("Lehri Devi");

        // the first report is registered on Sampark like any complaint
        Steps.Registered lead = VillageComplaints.registeredIn(first, village, VillageComplaints.waterComplaintIn(village));
        String leader = lead.complaintId();

        // the next two name the same problem at the same place: linked to it, and told its grievance number
        second.says("गांव " + village.name() + " में नल में पानी नहीं आ रहा है, हैंडपंप भी खराब पड़ा है");
        third.says("हमारे गांव " + village.name() + " में चार दिन से पानी नहीं आया, हैंडपंप खराब है");
        String secondId = linkedTo(second, leader, lead.grievanceId());
        String thirdId = linkedTo(third, leader, lead.grievanceId());
        for (String member : List.of(secondId, thirdId)) {
            assertThat(Records.eventData("routing-service", member, "complaint.routed")).singleElement()
                    .satisfies(r -> assertThat(r.path("clusterId").asText()).isEqualTo(leader));
            assertThat(Records.samparkRegistrations(member)).as("never registered itself").isEmpty();
        }
        assertThat(Records.samparkRegistrations(leader)).hasSize(1);
        assertThat(Records.samparkRegistrationsFrom(second)).isEmpty();
        assertThat(Records.samparkRegistrationsFrom(third)).isEmpty();

        // the department answers the first report; a report on another is refused, naming the first
        given().auth().preemptive().basic("phed-officer", "phed-secret").contentType(ContentType.JSON)
                .body(Map.of("complaintId", thirdId, "outcome", "RELIEF", "remarks", "हैंडपंप ठीक कर दिया",
                        "officer", "AEn PHED Jalore"))
                .post(TheSystem.baseUrl("sampark-bridge") + "/api/action-reports")
                .then().statusCode(409).body("error", containsString(leader));
        Steps.askedIfFixed(first, leader, 3);
        for (Citizen c : List.of(second, third)) {
            String own = c.complaintIds().get(0);
            Map<String, Object> asked = c.awaitMessage(3);
            assertThat(Whatsapp.buttonIds(asked)).as("each asked about their own number: %s", asked).containsExactly(
                    ReplyIds.verification(VerificationAnswer.FIXED, own),
                    ReplyIds.verification(VerificationAnswer.NOT_FIXED, own),
                    ReplyIds.verification(VerificationAnswer.DONT_KNOW, own));
        }

        // two say fixed, one says not: that one is asked why, and one verifier goes to the village
        first.taps(Steps.fixed(leader), "हाँ, ठीक हो गया");
        second.taps(Steps.fixed(secondId), "हाँ, ठीक हो गया");
        third.taps(ReplyIds.verification(VerificationAnswer.NOT_FIXED, thirdId), "ठीक नहीं हुआ");
        Map<String, Object> why = VillageComplaints.awaitTold(third, "complaint.reason-requested");
        assertThat(Whatsapp.complaintIdsIn(why)).as(Whatsapp.textOf(why)).containsExactly(thirdId);
        Map<String, Object> check = FieldChecks.awaitAssigned(village.verifier(), leader);
        VillageComplaints.assertPlaceIsTheVillage(check, village);
        assertThat(check.get("citizenAnswer")).isEqualTo("NOT_FIXED");
        assertThat(VillageComplaints.statesOf(leader, secondId, thirdId)).containsOnly("VERIFYING");

        JsonPath done = FieldChecks.verdict(village.verifier(), check.get("fieldCheckId"), "FIXED",
                "हैंडपंप चालू है, नल में पानी आ रहा है", village.latitudeNorth(600), village.longitude());
        assertThat(done.getString("state")).isEqualTo("PASSED");

        // all three are told it is closed, each with the rating buttons of their own complaint
        for (Citizen c : List.of(first, second, third)) {
            String own = c.complaintIds().get(0);
            Map<String, Object> closed = VillageComplaints.awaitTold(c, "complaint.closed");
            assertThat(Whatsapp.complaintIdsIn(closed)).as(Whatsapp.textOf(closed)).contains(own);
            assertThat(Whatsapp.buttonIds(closed)).containsExactlyInAnyOrder(
                    ReplyIds.rating(Satisfaction.SATISFIED, own), ReplyIds.rating(Satisfaction.NOT_SATISFIED, own));
            VillageComplaints.awaitState(own, "CLOSED", 1);
        }

        // one problem: one registration, one field check, one verdict
        assertThat(Records.samparkRegistrations(leader)).hasSize(1);
        assertThat(FieldChecks.rowsOf(leader)).singleElement()
                .satisfies(fc -> assertThat(fc).containsEntry("state", "PASSED").containsEntry("compared_with", "VILLAGE"));
        assertThat(FieldChecks.rowsOf(secondId)).isEmpty();
        assertThat(FieldChecks.rowsOf(thirdId)).isEmpty();
        List<JsonNode> verified = Records.eventData("verification-service", leader, "complaint.verified");
        assertThat(verified).singleElement().satisfies(v -> assertThat(v.path("method").asText()).isEqualTo("FIELD"));

        // what each heard: nothing twice, nothing more
        // (the first message, the acknowledgement, is intake's notice)
        for (Citizen c : List.of(first, second)) {
            assertThat(Records.messagesRecordedFor(c)).as("sent to %s", c).hasSize(4).endsWith(
                    "complaint.registered:SENT", "complaint.verification-requested:SENT", "complaint.closed:SENT");
        }
        assertThat(Records.messagesRecordedFor(third)).hasSize(5).endsWith("complaint.registered:SENT",
                "complaint.verification-requested:SENT", "complaint.reason-requested:SENT", "complaint.closed:SENT");
        first.receivesNothingBeyond(4);
        second.receivesNothingBeyond(4);
        third.receivesNothingBeyond(5);
        Records.awaitOutboxesDrained();
    }

    /** Acknowledged with its own number, then told it joined the first report on Sampark under its grievance. */
    private static String linkedTo(Citizen citizen, String leader, String grievanceId) {
        Map<String, Object> ack = citizen.awaitMessage(1);
        String own = Whatsapp.complaintIdIn(ack).orElseThrow();
        assertThat(own).isNotEqualTo(leader);
        Map<String, Object> registered = citizen.awaitMessage(2);
        assertThat(Whatsapp.textOf(registered)).contains(own).contains(leader).contains(grievanceId);
        assertThat(Whatsapp.isHindi(registered)).isTrue();
        await("routing linked " + own).atMost(Citizen.MESSAGE_WAIT)
                .until(() -> !Records.eventData("routing-service", own, "complaint.routed").isEmpty());
        return own;
    }
}
