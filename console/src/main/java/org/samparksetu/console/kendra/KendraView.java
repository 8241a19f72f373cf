package org.samparksetu.console.kendra;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the Kendra page shows, read from the bridge's answers (its operator API's JSON): the entry queue in the
 * portal's own fields and order, the transfers and closures to do on the portal, and the complaints entered lately.
 */
public record KendraView(List<Entry> queue, List<Transfer> transfers, List<Withdrawal> withdrawals,
                         List<Registered> registered, String reportId) {
    /** Times are shown as the district's clock says them. */
    static final ZoneId DISTRICT = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

    public record Entry(String complaintId, String department, String departmentName, String departmentNameHi,
                        String subject, String district, String tehsil, String blockOrTown, String ward,
                        String gramPanchayat, String village, String description, String contactNumber,
                        List<AttachmentRule.Attachment> attachments, String location, String previousGrievanceId,
                        String waitingSince, long waitedHours, String waiting) {
    }

    public record Transfer(String complaintId, String grievanceId, String fromDepartment, String fromDepartmentName,
                           String toDepartment, String toDepartmentName, String toDepartmentNameHi, String reason,
                           String requestedAt) {
    }

    public record Withdrawal(String complaintId, String grievanceId, String department, String reason,
                             String withdrawnAt) {
    }

    public record Registered(String complaintId, String department, String grievanceId, String subject,
                             String registeredAt) {
    }

    static List<Entry> queue(JsonNode answer, Instant now) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : list(answer)) {
            List<AttachmentRule.Attachment> attachments = new ArrayList<>();
            e.path("attachments").forEach(a -> attachments.add(AttachmentRule.of(a.asText())));
            Instant since = instant(e.path("waitingSince"));
            String location = e.hasNonNull("latitude") && e.hasNonNull("longitude")
                    ? String.format(Locale.ROOT, "%.5f, %.5f", e.path("latitude").asDouble(), e.path("longitude").asDouble())
                    : null;
            entries.add(new Entry(text(e, "complaintId"), text(e, "department"), text(e, "departmentName"),
                    text(e, "departmentNameHi"), text(e, "subject"), text(e, "district"), text(e, "tehsil"),
                    text(e, "blockOrTown"), text(e, "ward"), text(e, "gramPanchayat"), text(e, "village"),
                    text(e, "description"), text(e, "contactNumber"), attachments, location,
                    text(e, "previousGrievanceId"), time(since), WaitingRule.hours(since, now),
                    WaitingRule.level(since, now).name().toLowerCase(Locale.ROOT)));
        }
        return entries;
    }

    static List<Transfer> transfers(JsonNode answer) {
        List<Transfer> list = new ArrayList<>();
        for (JsonNode t : list(answer)) {
            list.add(new Transfer(text(t, "complaintId"), text(t, "grievanceId"), text(t, "fromDepartment"),
                    text(t, "fromDepartmentName"), text(t, "toDepartment"), text(t, "toDepartmentName"),
                    text(t, "toDepartmentNameHi"), text(t, "reason"), time(instant(t.path("requestedAt")))));
        }
        return list;
    }

    static List<Withdrawal> withdrawals(JsonNode answer) {
        List<Withdrawal> list = new ArrayList<>();
        for (JsonNode w : list(answer)) {
            list.add(new Withdrawal(text(w, "complaintId"), text(w, "grievanceId"), text(w, "department"),
                    text(w, "reason"), time(instant(w.path("withdrawnAt")))));
        }
        return list;
    }

    static List<Registered> registered(JsonNode answer) {
        List<Registered> list = new ArrayList<>();
        for (JsonNode r : list(answer)) {
            list.add(new Registered(text(r, "complaintId"), text(r, "department"), text(r, "grievanceId"),
                    text(r, "subject"), time(instant(r.path("registeredAt")))));
        }
        return list;
    }

    private static Iterable<JsonNode> list(JsonNode answer) {
        return answer != null && answer.isArray() ? answer : List.of();
    }

    /** A field's text, or null when absent or empty (the page shows a dash: a portal field left empty, never wrong). */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static Instant instant(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        try {
            return v.isNumber() ? Instant.ofEpochMilli((long) (v.asDouble() * 1000)) : Instant.parse(v.asText());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String time(Instant t) {
        return t == null ? null : TIME.format(t.atZone(DISTRICT));
    }
}
