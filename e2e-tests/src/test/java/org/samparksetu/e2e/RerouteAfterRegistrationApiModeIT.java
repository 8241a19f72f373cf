package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.simulators.sampark.Grievance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The grievance cell finds a registered complaint is another department's: routing re-routes it, the bridge moves the
 * grievance on the Sampark portal by its transfer call (API mode, the e2e system's), `complaint.transferred` tells
 * everyone; the citizen hears which department has it now and why; the new department's L1 officer is told; only the
 * new department may file the action-taken report, and its report asks the citizen; the old one is refused (403
 * naming the new one).
 */
class RerouteAfterRegistrationApiModeIT {
    /** Gomi is a village of Chitalwana tehsil (LGD); no other journey names it. */
    private static final String TEXT = "गांव गोमी में ट्यूबवेल से पीने का पानी नहीं मिल रहा, पूरा मोहल्ला परेशान है";
    private static final String REASON = "ट्यूबवेल की मोटर का ट्रांसफार्मर जला हुआ है, बिजली विभाग बदलेगा";
    private static final String FROM = "PHED";
    private static final String TO = "JDVVNL";
    /** From routing's directory: JDVVNL's L1 post for Chitalwana (Junior Engineer, Seema Acharya). */
    private static final String TO_L1_CHITALWANA = "917000100023";

    @Test
    void aRegisteredComplaintReroutedIsMovedOnThePortalAndOnlyTheNewDepartmentMayReport() {
        Citizen citizen = Citizen.next("Dinesh");
        Steps.Registered complaint = Steps.registeredWaterComplaint(citizen, TEXT);
        String id = complaint.complaintId();
        String grievanceId = complaint.grievanceId();
        assertThat(Records.samparkRegistrations(id).get(0).department()).isEqualTo(FROM);

        // the grievance cell re-routes it; routing counts the transfer
        Transfers.reroute(id, TO, REASON).then().statusCode(200);
        List<JsonNode> routed = Records.eventData("routing-service", id, "complaint.routed");
        assertThat(routed).extracting(r -> r.path("departmentCode").asText()).containsExactly(FROM, TO);
        assertThat(routed.get(1).path("previousDepartmentCode").asText()).isEqualTo(FROM);
        assertThat(routed.get(1).path("transfers").asInt()).isEqualTo(1);

        // the portal: the same grievance, now the new department's; nothing registered twice
        await("grievance " + grievanceId + " moved to " + TO).atMost(Citizen.MESSAGE_WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> TO.equals(Records.samparkRegistrations(id).get(0).department()));
        List<Grievance> grievances = Records.samparkRegistrations(id);
        assertThat(grievances).hasSize(1);
        assertThat(grievances.get(0).grievanceId()).isEqualTo(grievanceId);
        assertThat(grievances.get(0).transferredFrom()).isEqualTo(FROM);
        assertThat(grievances.get(0).transfers()).isEqualTo(1);

        // complaint.transferred, once, by the portal's call
        await("complaint.transferred of " + id).atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> !Records.eventData("sampark-bridge", id, "complaint.transferred").isEmpty());
        List<JsonNode> transferred = Records.eventData("sampark-bridge", id, "complaint.transferred");
        assertThat(transferred).hasSize(1);
        JsonNode move = transferred.get(0);
        assertThat(move.path("fromDepartmentCode").asText()).isEqualTo(FROM);
        assertThat(move.path("toDepartmentCode").asText()).isEqualTo(TO);
        assertThat(move.path("grievanceId").asText()).isEqualTo(grievanceId);
        assertThat(move.path("mode").asText()).isEqualTo("API");
        assertThat(move.path("transfers").asInt()).isEqualTo(1);
        assertThat(move.path("reason").asText()).isEqualTo(REASON);

        // 3: the citizen hears the new department, the old one, the same Sampark number and why
        Map<String, Object> told = citizen.awaitMessage(3);
        assertThat(Whatsapp.complaintIdsIn(told)).as(Whatsapp.textOf(told)).containsExactly(id);
        assertThat(Whatsapp.textOf(told)).contains(nameHi(TO)).contains(nameHi(FROM)).contains(grievanceId)
                .contains(REASON);
        assertThat(Whatsapp.isHindi(told)).isTrue();
        citizen.receivesNothingBeyond(3);
        assertThat(Records.messagesRecordedFor(citizen).get(2)).isEqualTo("complaint.transferred:SENT");

        // the new department's L1 officer of the tehsil is told it came in
        List<Officers.Template> toL1 = Officers.awaitTemplatesAbout(TO_L1_CHITALWANA, id, 1);
        assertThat(toL1).extracting(Officers.Template::name).containsExactly("sampark_officer_transferred_in");
        // both departments' own systems hear of the move
        await("the move on both departments' topics").atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(Officers.departmentFeed(FROM, id)).extracting(DepartmentComplaint::kind)
                            .contains(DepartmentComplaint.TRANSFERRED_OUT);
                    assertThat(Officers.departmentFeed(TO, id)).extracting(DepartmentComplaint::kind)
                            .contains(DepartmentComplaint.TRANSFERRED_IN);
                });
        assertThat(Officers.departmentFeed(TO, id)).filteredOn(d -> DepartmentComplaint.TRANSFERRED_IN.equals(d.kind()))
                .extracting(DepartmentComplaint::otherDepartmentCode).containsExactly(FROM);

        // verification follows: the new department, its fresh clock
        await("verification moved " + id + " to " + TO).atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> TO.equals(Officers.verificationView(id).getString("departmentCode")));
        JsonPath view = Officers.verificationView(id);
        assertThat(view.getInt("transfers")).isEqualTo(1);
        assertThat(view.getString("previousDepartmentCode")).isEqualTo(FROM);
        assertThat(view.getString("state")).isEqualTo("REGISTERED");

        // the department it left may no longer report: 403 naming the department it is with
        Response refused = Officers.fileReport(FROM, id, "RELIEF", "पाइपलाइन ठीक कर दी गई है", null);
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(403);
        assertThat(refused.asString()).contains(TO);

        // the new department reports the transformer replaced: 4 asks the citizen with the three buttons
        Officers.fileReport(TO, id, "RELIEF", "ट्रांसफार्मर बदल दिया गया है, मोटर चल रही है", null).then().statusCode(201);
        Map<String, Object> question = citizen.awaitMessage(4);
        assertThat(Whatsapp.complaintIdsIn(question)).as(Whatsapp.textOf(question)).containsExactly(id);
        assertThat(Whatsapp.buttonIds(question)).hasSize(3).contains(Steps.fixed(id));
        citizen.receivesNothingBeyond(4);

        assertThat(Records.query("sampark-bridge",
                "select department_code, outcome from action_report where complaint_id = ?", id))
                .containsExactly(Map.of("department_code", TO, "outcome", "RELIEF"));
        assertThat(Records.eventData("sampark-bridge", id, "complaint.action-reported"))
                .extracting(r -> r.path("departmentCode").asText()).containsExactly(TO);
        assertThat(Records.samparkRegistrations(id)).hasSize(1);
        Records.awaitOutboxesDrained();
    }

    private static String nameHi(String code) {
        return Departments.byCode(code).orElseThrow().nameHi();
    }
}
