package org.samparksetu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * A complaint moved to another department after it was registered: the grievance cell's re-route (routing, user
 * {@code triage-operator}) and, in operator mode, the Sampark Kendra operator's TRANSFER task (sampark-bridge, user
 * {@code operator}).
 */
final class Transfers {
    private Transfers() {
    }

    /** The grievance cell re-routes the complaint to another department, with its reason. */
    static Response reroute(String complaintId, String department, String reason) {
        return given().auth().preemptive().basic("triage-operator", "operator-secret").contentType(ContentType.JSON)
                .body(Map.of("department", department, "reason", reason))
                .post(TheSystem.baseUrl("routing-service") + "/complaints/" + complaintId + "/reroute");
    }

    /** The bridge's operator-mode list of grievances to move on the portal by hand. */
    static List<Map<String, Object>> operatorTransferTasks() {
        return given().auth().preemptive().basic("operator", "operator-secret")
                .get(TheSystem.baseUrl("sampark-bridge") + "/api/operator/transfers")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The operator moved the grievance on the portal to {@code department} and says so. */
    static Response operatorConfirms(String complaintId, String department) {
        return given().auth().preemptive().basic("operator", "operator-secret").contentType(ContentType.JSON)
                .body(Map.of("department", department))
                .post(TheSystem.baseUrl("sampark-bridge") + "/api/operator/transfers/" + complaintId + "/done");
    }

    /** The complaint as routing keeps it: decision, transfers, history. */
    static JsonPath routingView(String complaintId) {
        return JsonPath.from(given().auth().preemptive().basic("triage-operator", "operator-secret")
                .get(TheSystem.baseUrl("routing-service") + "/complaints/" + complaintId)
                .then().statusCode(200).extract().asString());
    }
}
