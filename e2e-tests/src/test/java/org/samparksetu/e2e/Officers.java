package org.samparksetu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The department side as its people see it: a department's officer filing an action-taken report (sampark-bridge,
 * each department's local account), the WhatsApp templates a named officer of the directory received (the simulator
 * keeps them per number, like a citizen's), the department's own topic {@code department.<code>.complaints}, and
 * verification's view of a complaint (the collector's account sees every department).
 */
final class Officers {
    /** Longer than a citizen's wait: escalations run on the department's clock. */
    static final Duration OFFICER_WAIT = Duration.ofMinutes(3);

    private Officers() {
    }

    // ---------------------------------------------------------------- a department's action-taken report

    /** The bridge's local account of a department: {@code phed-officer} / {@code phed-secret}, … */
    static String user(String departmentCode) {
        return departmentCode.toLowerCase(Locale.ROOT).replace('_', '-') + "-officer";
    }

    /**
     * The department files a report through the bridge's REST API; the answer as it stands (201 on success, 403 for a
     * department that may not report on it, …). {@code expectedBy} only when not null.
     */
    static Response fileReport(String departmentCode, String complaintId, String outcome, String remarks,
                               String expectedBy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complaintId", complaintId);
        body.put("outcome", outcome);
        body.put("remarks", remarks);
        body.put("officer", "AEn " + departmentCode + " Jalore");
        if (expectedBy != null) {
            body.put("expectedBy", expectedBy);
        }
        String user = user(departmentCode);
        return given().auth().preemptive().basic(user, user.replace("-officer", "-secret"))
                .contentType(ContentType.JSON).body(body)
                .post(TheSystem.baseUrl("sampark-bridge") + "/api/action-reports");
    }

    // ---------------------------------------------------------------- verification's view

    /** {@code GET /api/complaints/{id}} on verification, as the collector (who sees every department). */
    static JsonPath verificationView(String complaintId) {
        return JsonPath.from(given().auth().preemptive().basic("collector", "collector-secret")
                .get(TheSystem.baseUrl("verification-service") + "/api/complaints/" + complaintId)
                .then().statusCode(200).extract().asString());
    }

    // ---------------------------------------------------------------- what an officer received on WhatsApp

    /** Every message the Graph API accepted for this number, oldest first. */
    static List<Map<String, Object>> messagesTo(String waId) {
        return given().queryParam("to", waId).get(TheSystem.simulatorUrl() + "/simulator/whatsapp/messages")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /**
     * The templates this officer received about one complaint (an officer's number hears of every complaint in their
     * charge), oldest first.
     */
    static List<Template> templatesAbout(String waId, String complaintId) {
        return messagesTo(waId).stream().map(Template::of)
                .filter(t -> t != null && t.parameters().contains(complaintId)).toList();
    }

    /** Waits until the officer received at least {@code count} templates about the complaint; returns them. */
    static List<Template> awaitTemplatesAbout(String waId, String complaintId, int count) {
        List<Template> seen = new java.util.ArrayList<>();
        await("template " + count + " to officer " + waId + " about " + complaintId).atMost(OFFICER_WAIT)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    seen.clear();
                    seen.addAll(templatesAbout(waId, complaintId));
                    return seen.size() >= count;
                });
        return seen;
    }

    /** A WhatsApp template as sent: its name and the values of its body's parameters, in order. */
    record Template(String name, String language, List<String> parameters) {
        @SuppressWarnings("unchecked")
        static Template of(Map<String, Object> message) {
            if (!"template".equals(message.get("type"))) {
                return null;
            }
            var template = (Map<String, Object>) message.get("template");
            var language = (Map<String, Object>) template.get("language");
            var components = (List<Map<String, Object>>) template.get("components");
            List<String> parameters = components == null ? List.of() : components.stream()
                    .filter(c -> "body".equals(c.get("type")))
                    .flatMap(c -> ((List<Map<String, Object>>) c.get("parameters")).stream())
                    .map(p -> String.valueOf(p.get("text"))).toList();
            return new Template((String) template.get("name"), language == null ? null : (String) language.get("code"),
                    parameters);
        }
    }

    // ---------------------------------------------------------------- the department's own topic

    /** What the department's own system read about one complaint on {@code department.<code>.complaints}, in order. */
    static List<DepartmentComplaint> departmentFeed(String departmentCode, String complaintId) {
        String topic = TheSystem.get().topicPrefix + Topics.department(departmentCode);
        return TestEvents.readAll(topic).stream().filter(r -> complaintId.equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), DepartmentComplaint.class).data())
                .filter(d -> d != null && complaintId.equals(d.complaintId())).toList();
    }
}
