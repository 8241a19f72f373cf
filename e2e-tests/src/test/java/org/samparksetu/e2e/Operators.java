package org.samparksetu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.samparksetu.testing.system.SystemUnderTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * What people at the district do, through the services' REST APIs with the local accounts of their
 * application.properties: the grievance cell's transcription queue (intake) and a department officer's
 * action-taken report (sampark-bridge).
 */
final class Operators {
    private static final String INTAKE_OPERATOR = "operator";
    private static final String INTAKE_OPERATOR_SECRET = "operator-secret";

    private Operators() {
    }

    /** intake's transcription queue: complaints whose photo or voice note a person must read or hear. */
    static List<Map<String, Object>> transcriptionQueue() {
        return given().auth().preemptive().basic(INTAKE_OPERATOR, INTAKE_OPERATOR_SECRET)
                .get(TheSystem.baseUrl("intake-service") + "/operator/transcriptions")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The operator types in what the letter or voice note says; the complaint then flows on. */
    static JsonPath transcribe(String complaintId, String text, String place) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (place != null) {
            body.put("place", place);
        }
        return JsonPath.from(given().auth().preemptive().basic(INTAKE_OPERATOR, INTAKE_OPERATOR_SECRET)
                .contentType(ContentType.JSON).body(body)
                .post(TheSystem.baseUrl("intake-service") + "/operator/transcriptions/" + complaintId)
                .then().statusCode(200).extract().asString());
    }

    /** A stored photo or voice note, as the operator opens it. */
    static byte[] storedMedia(String sha256Hex) {
        return given().auth().preemptive().basic(INTAKE_OPERATOR, INTAKE_OPERATOR_SECRET)
                .get(TheSystem.baseUrl("intake-service") + "/operator/media/" + sha256Hex)
                .then().statusCode(200).extract().asByteArray();
    }

    /** What became of one webhook (intake's archive). */
    static JsonPath webhookArchive(String webhookId) {
        return JsonPath.from(given().auth().preemptive().basic(INTAKE_OPERATOR, INTAKE_OPERATOR_SECRET)
                .get(TheSystem.baseUrl("intake-service") + "/webhooks/whatsapp/archive/" + webhookId)
                .then().statusCode(200).extract().asString());
    }

    /** The PHED officer reports the work done (sampark-bridge's department API, user phed-officer). */
    static void phedReportsFixed(String complaintId, String remarks) {
        phedReportsFixed(TheSystem.get(), complaintId, remarks);
    }

    /** The same on a system a test started itself (any of the bridge's instances takes it). */
    static void phedReportsFixed(SystemUnderTest system, String complaintId, String remarks) {
        given().auth().preemptive().basic("phed-officer", "phed-secret").contentType(ContentType.JSON)
                .body(Map.of("complaintId", complaintId, "outcome", "RELIEF", "remarks", remarks,
                        "officer", "AEn PHED Jalore"))
                .post(system.baseUrl("sampark-bridge") + "/api/action-reports")
                .then().statusCode(201);
    }
}
