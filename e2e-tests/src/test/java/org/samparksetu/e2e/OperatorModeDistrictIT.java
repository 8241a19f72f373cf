package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.samparksetu.contract.Departments;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A district whose Sampark Kendra operator works the portal by hand: the bridge is restarted in operator mode once, for
 * both journeys that need it (they run side by side in that window, each with citizens of its own).
 * <p>
 * The Kendra operator enters a complaint with its photo in the console ({@link KendraConsoleJourney}).
 * <p>
 * The same re-route after registration as {@link RerouteAfterRegistrationApiModeIT}: the
 * operator registers the complaint from the queue, the grievance cell re-routes it, a TRANSFER task waits on the
 * operator's page; until the operator confirms the move the new department cannot report yet (409), afterwards
 * `complaint.transferred` (mode OPERATOR) tells everyone, the new department's report asks the citizen and the old one
 * is refused.
 */
@Isolated // the bridge is restarted in operator mode for it (BridgeEntryMode): nobody else may register meanwhile
class OperatorModeDistrictIT {
    /** Bhatki is a village of Chitalwana tehsil and block (LGD); no other journey names it. */
    private static final String TEXT = "गांव भाटकी में नल से पानी नहीं आ रहा, गली में बिछी पाइपलाइन जगह जगह से टूटी है";
    private static final String REASON = "गली की पाइपलाइन ग्राम पंचायत ने अपनी योजना से डाली थी, मरम्मत पंचायत करेगी";
    private static final String FROM = "PHED";
    private static final String TO = "PANCHAYATI_RAJ";
    /** From routing's directory: PANCHAYATI_RAJ's L1 post for Chitalwana block (BDO, Prakash Solanki). */
    private static final String TO_L1_CHITALWANA = "917000100100";

    @BeforeAll
    static void operatorMode() {
        BridgeEntryMode.operator();
    }

    @AfterAll
    static void apiModeAgain() {
        BridgeEntryMode.api();
    }

    @Test
    void theKendraOperatorEntersAComplaintWithItsPhotoInTheConsoleAndTheCitizenHearsTheGrievanceNumber() {
        KendraConsoleJourney.theOperatorEntersTheComplaintWithItsPhotoAndTheCitizenIsToldTheGrievanceNumber();
    }

    @Test
    void theOperatorMovesTheGrievanceOnThePortalAndOnlyThenTheNewDepartmentReports() {
        Citizen citizen = Citizen.next("Savitri");
        citizen.says(TEXT);
        String id = Whatsapp.complaintIdIn(citizen.awaitMessage(1)).orElseThrow();

        // the operator registers it on the portal by hand and records the grievance number
        await(id + " in the operator's queue").atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> operator().get(bridge() + "/api/operator/queue").then().statusCode(200).extract()
                        .jsonPath().getList("complaintId").contains(id));
        String grievanceId = "0315" + citizen.waId.substring(citizen.waId.length() - 9) + "7";
        operator().contentType(ContentType.JSON).body(Map.of("grievanceId", grievanceId))
                .post(bridge() + "/api/operator/queue/" + id + "/grievance").then().statusCode(200);
        Map<String, Object> registered = citizen.awaitMessage(2);
        assertThat(Whatsapp.textOf(registered)).contains(id).contains(grievanceId).contains(nameHi(FROM));
        assertThat(Records.eventData("sampark-bridge", id, "complaint.registered"))
                .extracting(r -> r.path("mode").asText()).containsExactly("OPERATOR");

        // the grievance cell re-routes it: a TRANSFER task for the operator, nothing moved yet
        Transfers.reroute(id, TO, REASON).then().statusCode(200);
        await("the TRANSFER task of " + id).atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> Transfers.operatorTransferTasks().stream().anyMatch(t -> id.equals(t.get("complaintId"))));
        Map<String, Object> task = Transfers.operatorTransferTasks().stream()
                .filter(t -> id.equals(t.get("complaintId"))).findFirst().orElseThrow();
        assertThat(task).containsEntry("grievanceId", grievanceId).containsEntry("fromDepartment", FROM)
                .containsEntry("toDepartment", TO).containsEntry("reason", REASON);
        assertThat(Records.eventData("sampark-bridge", id, "complaint.transferred")).isEmpty();
        Response tooEarly = Officers.fileReport(TO, id, "RELIEF", "पाइपलाइन जोड़ दी गई है", null);
        assertThat(tooEarly.statusCode()).as("before the move: %s", tooEarly.asString()).isEqualTo(409);
        citizen.receivesNothingBeyond(2);

        // the operator moves it on the portal and confirms: complaint.transferred, mode OPERATOR
        Transfers.operatorConfirms(id, TO).then().statusCode(200);
        await("complaint.transferred of " + id).atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> !Records.eventData("sampark-bridge", id, "complaint.transferred").isEmpty());
        List<JsonNode> transferred = Records.eventData("sampark-bridge", id, "complaint.transferred");
        assertThat(transferred).hasSize(1);
        assertThat(transferred.get(0).path("mode").asText()).isEqualTo("OPERATOR");
        assertThat(transferred.get(0).path("fromDepartmentCode").asText()).isEqualTo(FROM);
        assertThat(transferred.get(0).path("toDepartmentCode").asText()).isEqualTo(TO);
        assertThat(transferred.get(0).path("grievanceId").asText()).isEqualTo(grievanceId);
        assertThat(Transfers.operatorTransferTasks()).noneMatch(t -> id.equals(t.get("complaintId")));
        // confirmed twice is still one move
        Transfers.operatorConfirms(id, TO).then().statusCode(200);

        // 3: the citizen hears the new department and why
        Map<String, Object> told = citizen.awaitMessage(3);
        assertThat(Whatsapp.complaintIdsIn(told)).as(Whatsapp.textOf(told)).containsExactly(id);
        assertThat(Whatsapp.textOf(told)).contains(nameHi(TO)).contains(grievanceId).contains(REASON);
        assertThat(Officers.awaitTemplatesAbout(TO_L1_CHITALWANA, id, 1)).extracting(Officers.Template::name)
                .containsExactly("sampark_officer_transferred_in");

        // the department it left is refused; the new one reports and the citizen is asked
        Response refused = Officers.fileReport(FROM, id, "RELIEF", "पाइपलाइन ठीक कर दी गई है", null);
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(403);
        assertThat(refused.asString()).contains(TO);
        Officers.fileReport(TO, id, "RELIEF", "ग्राम पंचायत ने गली की पाइपलाइन जोड़ दी है", null).then().statusCode(201);
        Map<String, Object> question = citizen.awaitMessage(4);
        assertThat(Whatsapp.buttonIds(question)).hasSize(3).contains(Steps.fixed(id));
        citizen.receivesNothingBeyond(4);
        assertThat(Records.eventData("sampark-bridge", id, "complaint.action-reported"))
                .extracting(r -> r.path("departmentCode").asText()).containsExactly(TO);
        assertThat(Records.eventData("sampark-bridge", id, "complaint.transferred")).hasSize(1);
        Records.awaitOutboxesDrained();
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator-secret");
    }

    private static String bridge() {
        return TheSystem.baseUrl("sampark-bridge");
    }

    private static String nameHi(String code) {
        return Departments.byCode(code).orElseThrow().nameHi();
    }
}
