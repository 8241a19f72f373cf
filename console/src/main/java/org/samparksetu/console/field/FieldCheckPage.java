package org.samparksetu.console.field;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One field check as the verifier's page shows it, read from verification's FieldCheckView (GET /api/field-checks):
 * the complaint, where it is, what the department reported, what the citizen said, how urgent the visit is, and once
 * done the verdict and whether the evidence was flagged.
 */
@TemplateData
public record FieldCheckPage(String id, String complaintId, String department, String reason, String state,
                             String village, String tehsil, String gramPanchayat, String pinLatitude,
                             String pinLongitude, String centreLatitude, String centreLongitude, String placeKind,
                             String reportOutcome, String reportRemarks, String reportOfficer, int reportPhotos,
                             String citizenAnswer, String disputeReason, List<String> citizenPhotoCaptions,
                             String dueDate, String urgency, long daysLeft, String assignmentNote, String verdict,
                             String flagReason, String distanceMetres) {

    /** Day-month-year with figures, as Indian forms write dates: the same in Hindi and English. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT)
            .withZone(VisitDueRule.DISTRICT);

    private static final Set<String> STATES = Set.of("ASSIGNED", "PASSED", "FAILED", "FALSE_COMPLAINT", "FLAGGED",
            "CANCELLED", "SET_ASIDE");
    private static final Set<String> REASONS = Set.of("RISKY_OUTCOME", "DEPARTMENT_FALSE_CLOSURES", "RANDOM_SAMPLE",
            "CITIZEN_NOT_FIXED", "CITIZEN_DONT_KNOW", "CITIZEN_NO_ANSWER");
    private static final Set<String> OUTCOMES = Set.of("RELIEF", "INTERIM_RELIEF", "REJECTED", "FALSE_CASE", "FILED",
            "NOT_POSSIBLE");
    private static final Set<String> ANSWERS = Set.of("FIXED", "NOT_FIXED", "DONT_KNOW");

    /** The bundle's key for a value verification sends, or null for a value this console does not know yet (shown raw). */
    private static String key(String prefix, Set<String> known, String value) {
        return value != null && known.contains(value) ? prefix + value : null;
    }

    public String stateKey() {
        return key("field_state_", STATES, state);
    }

    public String reasonKey() {
        return key("field_reason_", REASONS, reason);
    }

    public String outcomeKey() {
        return key("field_outcome_", OUTCOMES, reportOutcome);
    }

    public String answerKey() {
        return key("field_answer_", ANSWERS, citizenAnswer);
    }

    public String verdictKey() {
        return key("field_verdict_", VerdictRule.VERDICTS, verdict);
    }

    public boolean flagged() {
        return "FLAGGED".equals(state);
    }

    public boolean open() {
        return "ASSIGNED".equals(state);
    }

    public boolean hasPin() {
        return pinLatitude != null;
    }

    public boolean hasCentre() {
        return centreLatitude != null;
    }

    /** Where to go: the citizen's pin when they sent one, else the village's or town's centre. */
    public String mapPoint() {
        return hasPin() ? pinLatitude + "," + pinLongitude : hasCentre() ? centreLatitude + "," + centreLongitude : null;
    }

    static FieldCheckPage of(JsonNode c, Instant now) {
        JsonNode place = c.path("place");
        Instant due = c.hasNonNull("dueAt") ? Instant.parse(c.get("dueAt").asText()) : null;
        VisitDueRule.Due urgency = VisitDueRule.of(due, now);
        List<String> captions = new ArrayList<>();
        c.path("citizenPhotos").forEach(p -> captions.add(text(p, "caption")));
        return new FieldCheckPage(text(c, "fieldCheckId"), text(c, "complaintId"), text(c, "departmentCode"),
                text(c, "reason"), text(c, "state"), text(place, "village"), text(place, "tehsil"),
                text(place, "gramPanchayat"), degrees(place, "latitude"), degrees(place, "longitude"),
                degrees(place, "placeLatitude"), degrees(place, "placeLongitude"), text(place, "placeKind"),
                text(c, "reportOutcome"), text(c, "reportRemarks"), text(c, "reportOfficer"),
                c.path("reportPhotos").size(), text(c, "citizenAnswer"), text(c, "disputeReason"), captions,
                due == null ? null : DAY.format(due), urgency.urgency().name(), urgency.daysLeft(),
                text(c, "assignmentNote"), text(c, "verdict"), text(c, "flagReason"),
                c.hasNonNull("distanceMetres") ? String.valueOf(Math.round(c.get("distanceMetres").asDouble())) : null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String degrees(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNumber() ? String.format(Locale.ROOT, "%.5f", v.asDouble()) : null;
    }
}
