package org.samparksetu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The people who look at a complaint on the ground and those who review them, through the services' REST APIs with
 * the local accounts of their application.properties: a field verifier on verification's {@code /api/field-checks}
 * (verifier-sayla, verifier-bhinmal, verifier-district), the grievance cell reviewing flagged checks
 * ({@code /api/field-check-reviews}, user grievance-cell) and clearing a flagged number on intake ({@code operator}).
 */
final class FieldChecks {
    static final String SAYLA = "verifier-sayla";
    static final String BHINMAL = "verifier-bhinmal";
    static final String DISTRICT = "verifier-district";
    private static final String VERIFIER_SECRET = "verifier-secret";

    private FieldChecks() {
    }

    /** The verifier's own assigned checks, as their page lists them. */
    static List<Map<String, Object>> assignedTo(String verifier) {
        return given().auth().preemptive().basic(verifier, VERIFIER_SECRET)
                .get(TheSystem.baseUrl("verification-service") + "/api/field-checks")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Waits until the verifier has a check of this complaint to visit; returns it as their page shows it. */
    static Map<String, Object> awaitAssigned(String verifier, String complaintId) {
        AtomicReference<Map<String, Object>> found = new AtomicReference<>();
        await(verifier + " is sent to look at " + complaintId).atMost(Citizen.MESSAGE_WAIT)
                .until(() -> assignedTo(verifier).stream().filter(c -> complaintId.equals(c.get("complaintId")))
                        .findFirst().map(c -> {
                            found.set(c);
                            return true;
                        }).orElse(false));
        return found.get();
    }

    /**
     * The verifier's verdict (FIXED, NOT_FIXED, FALSE_COMPLAINT) with the phone's location where they stood; answers
     * the check as it then is (state COMPLETED-like, or FLAGGED with its reason).
     */
    static JsonPath verdict(String verifier, Object fieldCheckId, String verdict, String remarks,
                            double latitude, double longitude) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("verdict", verdict);
        form.put("remarks", remarks);
        form.put("deviceLatitude", latitude);
        form.put("deviceLongitude", longitude);
        return JsonPath.from(given().auth().preemptive().basic(verifier, VERIFIER_SECRET).contentType(ContentType.JSON)
                .body(form).post(TheSystem.baseUrl("verification-service") + "/api/field-checks/" + fieldCheckId + "/verdict")
                .then().statusCode(200).extract().asString());
    }

    /** The grievance cell's queue of flagged checks. */
    static List<Map<String, Object>> flaggedForReview() {
        return given().auth().preemptive().basic("grievance-cell", "grievance-cell-secret")
                .get(TheSystem.baseUrl("verification-service") + "/api/field-check-reviews")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /**
     * The grievance cell reviews a flagged check: {@code accept} (with a note: the verdict takes effect), {@code redo}
     * or {@code reassign} (optionally to a named verifier). Answers the check that now counts.
     */
    static JsonPath review(Object fieldCheckId, String action, String note, String verifier) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("note", note);
        if (verifier != null) {
            form.put("verifier", verifier);
        }
        return JsonPath.from(given().auth().preemptive().basic("grievance-cell", "grievance-cell-secret")
                .contentType(ContentType.JSON).body(form)
                .post(TheSystem.baseUrl("verification-service") + "/api/field-check-reviews/" + fieldCheckId + "/" + action)
                .then().statusCode(200).extract().asString());
    }

    /** The numbers intake holds flagged for a complaint found false (grievance cell, user operator). */
    static List<Map<String, Object>> flaggedNumbers() {
        return given().auth().preemptive().basic("operator", "operator-secret")
                .get(TheSystem.baseUrl("intake-service") + "/operator/flags")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static boolean isFlagged(Citizen citizen) {
        return flaggedNumbers().stream().anyMatch(f -> citizen.waId.equals(f.get("waId")));
    }

    /** The grievance cell clears the number's flag; the reason is told to the citizen. */
    static JsonPath clearFlag(Citizen citizen, String reason) {
        return JsonPath.from(given().auth().preemptive().basic("operator", "operator-secret")
                .contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(TheSystem.baseUrl("intake-service") + "/operator/flags/" + citizen.waId + "/clear")
                .then().statusCode(200).extract().asString());
    }

    /** verification's field_check rows of the complaint, oldest first. */
    static List<Map<String, Object>> rowsOf(String complaintId) {
        return Records.query("verification-service",
                "select id, verifier, reason, state, verdict, flag_reason, compared_with, tehsil from field_check"
                        + " where complaint_id = ? order by assigned_at", complaintId);
    }

    /** The complaint as verification tracks it: state and escalation level. */
    static Map<String, Object> trackedComplaint(String complaintId) {
        return Records.query("verification-service",
                "select state, escalation_level from tracked_complaint where complaint_id = ?", complaintId).get(0);
    }
}
