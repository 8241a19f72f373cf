package org.samparksetu.console.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.console.shell.ServiceApi;
import org.samparksetu.contract.Departments;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grievance cell's actions, each one call of a service's own API with the person's token (the service decides
 * and records them as the one who acted). Free text is checked here first ({@link FormRule}), so the person reads what
 * to fix in their language; the service checks everything again and its refusal is shown in its own words.
 */
@ApplicationScoped
public class CellActions {
    private static final Logger LOG = Logger.getLogger(CellActions.class);
    private static final String ROUTING = "routing-service";
    private static final String INTAKE = "intake-service";
    private static final String VERIFICATION = "verification-service";

    @Inject
    ServiceApi api;

    public ActionResult claim(String id) {
        if (!FormRule.isComplaintNumber(id)) {
            return ActionResult.problem(Said.problem("problem_number"));
        }
        return call(() -> api.post(ROUTING, "/triage/" + ServiceApi.encode(id) + "/claim", null), "claimed", id);
    }

    public ActionResult assign(String id, String department, String reason) {
        Said problem = Said.first(FormRule.isComplaintNumber(id) ? null : Said.problem("problem_number"),
                department(department), Said.check(reason, FormRule.REASON, false, "reason"));
        if (problem != null) {
            return ActionResult.problem(problem);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("department", department);
        body.put("reason", strip(reason));
        return call(() -> api.post(ROUTING, "/triage/" + ServiceApi.encode(id) + "/assign", body), "assigned", id);
    }

    public ActionResult reroute(String id, String department, String reason) {
        String number = id == null ? null : id.strip().toUpperCase(java.util.Locale.ROOT);
        Said problem = Said.first(Said.check(number, 30, true, "complaint_number"),
                FormRule.isComplaintNumber(number) ? null : Said.problem("problem_number"),
                department(department), Said.check(reason, FormRule.REASON, true, "reason"));
        if (problem != null) {
            return ActionResult.problem(problem);
        }
        return call(() -> api.post(ROUTING, "/complaints/" + ServiceApi.encode(number) + "/reroute",
                Map.of("department", department, "reason", reason.strip())), "rerouted", number);
    }

    public ActionResult transcribe(String id, String text, String place) {
        Said problem = Said.first(FormRule.isComplaintNumber(id) ? null : Said.problem("problem_number"),
                Said.check(text, FormRule.TEXT, true, "text"), Said.check(place, FormRule.PLACE, false, "place"));
        if (problem != null) {
            return ActionResult.problem(problem);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text.strip());
        if (place != null && !place.isBlank()) {
            body.put("place", place.strip());
        }
        return call(() -> api.post(INTAKE, "/operator/transcriptions/" + ServiceApi.encode(id), body), "transcribed", id);
    }

    /** Releases or rejects a held complaint: {@code action} is the button pressed. */
    public ActionResult decide(String id, String action, String note) {
        boolean release = "release".equals(action);
        if (!release && !"reject".equals(action)) {
            return ActionResult.problem(Said.problem("problem_action"));
        }
        Said problem = Said.first(FormRule.isComplaintNumber(id) ? null : Said.problem("problem_number"),
                Said.check(note, FormRule.REASON, !release, release ? "note" : "reason"));
        if (problem != null) {
            return ActionResult.problem(problem);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(release ? "note" : "reason", strip(note));
        return call(() -> api.post(INTAKE, "/operator/quarantine/" + ServiceApi.encode(id) + (release ? "/release" : "/reject"),
                body), release ? "released" : "rejected", id);
    }

    /** Accepts, redoes or reassigns a flagged field check. */
    public ActionResult review(String id, String action, String note, String verifier) {
        if (action == null || !java.util.Set.of("accept", "redo", "reassign").contains(action)) {
            return ActionResult.problem(Said.problem("problem_action"));
        }
        Said problem = Said.first(Said.check(note, FormRule.REASON, "accept".equals(action), "note"),
                Said.check(verifier, 100, false, "verifier"));
        if (problem != null) {
            return ActionResult.problem(problem);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", strip(note));
        if ("reassign".equals(action) && verifier != null && !verifier.isBlank()) {
            body.put("verifier", verifier.strip());
        }
        String done = switch (action) {
            case "accept" -> "accepted";
            case "redo" -> "redone";
            default -> "reassigned";
        };
        try {
            var answer = api.post(VERIFICATION, "/api/field-check-reviews/" + ServiceApi.encode(id) + "/" + action, body);
            return ActionResult.done(done, answer.path("complaintId").asText(""));
        } catch (ServiceApi.ServiceAnswerException e) {
            return ActionResult.problem(Said.refused(e));
        }
    }

    public ServiceApi.Download media(String sha256) {
        return api.download(INTAKE, "/operator/media/" + sha256);
    }

    public ServiceApi.Download fieldCheckPhoto(String id) {
        return api.download(VERIFICATION, "/api/field-check-reviews/" + ServiceApi.encode(id) + "/photo");
    }

    private static Said department(String code) {
        if (code == null || code.isBlank()) {
            return new Said(null, null, "problem_missing", "department", null, null, null);
        }
        return Departments.isKnown(code) ? null : new Said(null, null, "problem_missing", "department", null, null, null);
    }

    private interface Call {
        void run();
    }

    private static ActionResult call(Call call, String done, String ref) {
        try {
            call.run();
            return ActionResult.done(done, ref);
        } catch (ServiceApi.ServiceAnswerException e) {
            LOG.infof("the cell's %s of %s was refused: %d %s", done, ref, e.status, e.getMessage());
            return ActionResult.problem(Said.refused(e));
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
