package org.samparksetu.console.officer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Verification's view of a complaint ({@code GET /api/complaints[/{id}]}) turned into what the officer's pages show:
 * a row of the list, and the complaint with its history (timeline) and the citizen's answers. Texts stay message keys;
 * only the data (remarks, names, dates) is the service's.
 */
public final class ComplaintViews {
    private ComplaintViews() {
    }

    /** A row of the officer's list. */
    @TemplateData
    public record Row(String complaintId, String subject, String state, int escalationLevel, Instant registeredAt,
                      Instant dueAt, String registered, String due, SlaRule.Sla sla, long ageDays)
            implements QueueRule.Queued {
        public String level() {
            return "L" + escalationLevel;
        }

        /** The state's words in the bundle ({@code officer:state_*}). */
        public String stateKey() {
            return "state_" + state;
        }
    }

    /** One thing that happened to the complaint: when, what (a message key), and its data (remarks, who). */
    @TemplateData
    public record Event(Instant at, String when, String key, String detail, String tone) {
    }

    /** What the citizen said to a report: fixed / not fixed / don't know, or a rating. */
    @TemplateData
    public record Answer(String when, String key, String tone, Integer rating) {
    }

    /** The complaint page's data. */
    @TemplateData
    public record Complaint(String complaintId, String subject, String departmentCode, String grievanceId, String state,
                            int escalationLevel, String registered, String due, SlaRule.Sla sla, String interimReason,
                            String interimExpectedBy, List<Event> timeline, List<Answer> answers, boolean open,
                            boolean markedFalse) {
        public String level() {
            return "L" + escalationLevel;
        }

        public String stateKey() {
            return "state_" + state;
        }
    }

    /** An outcome the report form offers: its value and its words in the bundle. */
    @TemplateData
    public record Outcome(String value, String key) {
        static List<Outcome> all() {
            return ReportFormRule.OUTCOMES.stream().map(o -> new Outcome(o, "outcome_" + o)).toList();
        }
    }

    public static Row row(JsonNode c, Instant now, String language) {
        Instant registered = Dates.instant(c.path("registeredAt").asText(null));
        Instant due = Dates.instant(c.path("dueAt").asText(null));
        String state = c.path("state").asText("");
        return new Row(c.path("complaintId").asText(), text(c, "subject"), state, c.path("escalationLevel").asInt(1),
                registered, due, Dates.time(registered, language), Dates.time(due, language),
                SlaRule.of(due, state, now),
                registered == null ? 0 : Math.max(0, java.time.Duration.between(registered, now).toDays()));
    }

    public static Complaint complaint(JsonNode c, Instant now, String language) {
        Instant registered = Dates.instant(c.path("registeredAt").asText(null));
        Instant due = Dates.instant(c.path("dueAt").asText(null));
        String state = c.path("state").asText("");
        return new Complaint(c.path("complaintId").asText(), text(c, "subject"), text(c, "departmentCode"),
                text(c, "grievanceId"), state, c.path("escalationLevel").asInt(1), Dates.time(registered, language),
                Dates.time(due, language), SlaRule.of(due, state, now), text(c, "interimReason"),
                Dates.day(Dates.date(text(c, "interimExpectedBy")), language), timeline(c, language), answers(c, language),
                QueueRule.shown(state), c.path("markedFalse").asBoolean(false));
    }

    /** The complaint's history, oldest first, from the dates verification keeps. */
    static List<Event> timeline(JsonNode c, String language) {
        List<Event> events = new ArrayList<>();
        add(events, c, "registeredAt", "event_registered", text(c, "grievanceId"), "", language);
        if (c.path("transfers").asInt(0) > 0) {
            add(events, c, "transferredAt", "event_transferred",
                    text(c, "previousDepartmentCode") == null ? null : text(c, "previousDepartmentCode") + " → " + text(c, "departmentCode"),
                    "warn", language);
        }
        for (JsonNode v : c.path("verifications")) {
            String outcome = text(v, "outcome");
            String detail = join(outcome == null ? null : outcome, text(v, "remarks"), text(v, "officer"));
            add(events, v, "requestedAt", "event_reported", detail, "", language);
            if (v.hasNonNull("answeredAt")) {
                add(events, v, "answeredAt", "event_citizen_answered", text(v, "citizenAnswer"),
                        "FIXED".equals(text(v, "citizenAnswer")) ? "ok" : "NOT_FIXED".equals(text(v, "citizenAnswer")) ? "bad" : "warn",
                        language);
            }
        }
        for (JsonNode f : c.path("fieldChecks")) {
            add(events, f, "dueAt", "event_field_check", join(text(f, "verifier"), text(f, "state"), text(f, "verdict")),
                    "", language);
        }
        for (JsonNode r : c.path("ratings")) {
            add(events, r, "ratedAt", r.path("reopened").asBoolean(false) ? "event_reopened" : "event_rated",
                    r.hasNonNull("rating") ? r.get("rating").asText() + " / 5" : null,
                    r.path("reopened").asBoolean(false) ? "bad" : "ok", language);
        }
        if (c.hasNonNull("closedAt")) {
            add(events, c, "closedAt", "event_closed", text(c, "resolution"), "ok", language);
        }
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    static List<Answer> answers(JsonNode c, String language) {
        List<Answer> answers = new ArrayList<>();
        for (JsonNode v : c.path("verifications")) {
            String a = text(v, "citizenAnswer");
            if (a != null) {
                answers.add(new Answer(Dates.time(Dates.instant(text(v, "answeredAt")), language),
                        "answer_" + a.toLowerCase(java.util.Locale.ROOT),
                        "FIXED".equals(a) ? "ok" : "NOT_FIXED".equals(a) ? "bad" : "warn", null));
            } else if ("AWAITING_CITIZEN".equals(text(v, "state"))) {
                answers.add(new Answer(Dates.time(Dates.instant(text(v, "requestedAt")), language), "answer_awaited",
                        "", null));
            }
        }
        for (JsonNode r : c.path("ratings")) {
            if (r.hasNonNull("rating")) {
                answers.add(new Answer(Dates.time(Dates.instant(text(r, "ratedAt")), language), "answer_rating",
                        r.get("rating").asInt() >= 3 ? "ok" : "bad", r.get("rating").asInt()));
            }
        }
        return answers;
    }

    private static void add(List<Event> events, JsonNode node, String field, String key, String detail, String tone,
                            String language) {
        Instant at = Dates.instant(text(node, field));
        if (at != null) {
            events.add(new Event(at, Dates.time(at, language), key, detail, tone));
        }
    }

    private static String join(String... parts) {
        List<String> given = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                given.add(p);
            }
        }
        return given.isEmpty() ? null : String.join(" · ", given);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
