package org.samparksetu.console.cell;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.console.shell.ServiceApi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A walk-in's or caller's complaint, typed in by an operator and filed through intake's operator door
 * ({@code POST /operator/complaints}) with the operator's token: intake records them as the one who took it.
 */
@ApplicationScoped
public class OperatorIntake {
    static final Set<String> SOURCES = Set.of("WALK_IN", "PHONE", "JANSUNWAI", "LETTER");

    @Inject
    ServiceApi api;

    /** What the operator typed, kept to fill the form again when something must be fixed. */
    public record Form(String source, String phone, String name, String village, String tehsil, String text,
                       String overrideReason) {
        public static Form empty() {
            return new Form("WALK_IN", "", "", "", "", "", "");
        }

        /** Village and tehsil as intake keeps a place: "Gomi, Chitalwana". */
        String place() {
            String v = village == null ? "" : village.strip();
            String t = tehsil == null ? "" : tehsil.strip();
            return v.isEmpty() ? t : t.isEmpty() ? v : v + ", " + t;
        }
    }

    /** Filed: its number and status; or the problem to show. */
    public record Filed(String complaintId, String status, Said problem) {
    }

    public Filed file(Form f) {
        Said problem = Said.first(SOURCES.contains(f.source()) ? null : Said.problem("problem_action"),
                Said.check(f.phone(), FormRule.PHONE, true, "intake_phone"),
                Said.check(f.name(), FormRule.NAME, false, "intake_name"),
                Said.check(f.place(), FormRule.PLACE, false, "place"),
                Said.check(f.text(), FormRule.TEXT, true, "intake_text"),
                Said.check(f.overrideReason(), FormRule.REASON, false, "intake_override"));
        if (problem != null) {
            return new Filed(null, null, problem);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", f.source());
        body.put("phone", f.phone().strip());
        body.put("name", blankToNull(f.name()));
        body.put("text", f.text().strip());
        body.put("place", blankToNull(f.place()));
        body.put("overrideReason", blankToNull(f.overrideReason()));
        try {
            JsonNode answer = api.post("intake-service", "/operator/complaints", body);
            return new Filed(CellInbox.text(answer, "complaintId"), CellInbox.text(answer, "status"), null);
        } catch (ServiceApi.ServiceAnswerException e) {
            return new Filed(null, null, Said.refused(e));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
