package org.samparksetu.console.cell;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.console.cell.InboxRule.Section;
import org.samparksetu.console.ops.RedactionRule;
import org.samparksetu.console.shell.ServiceApi;
import org.samparksetu.contract.Departments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads everything waiting for the grievance cell from the services, with the signed-in person's token: routing's
 * triage queue, intake's transcription and quarantine queues, verification's flagged field checks and notification's
 * call list. A service that does not answer leaves only its own section empty, with the reason; the rest still show.
 */
@ApplicationScoped
public class CellInbox {
    private static final Logger LOG = Logger.getLogger(CellInbox.class);

    @Inject
    ServiceApi api;
    @Inject
    Clock clock;

    public Inbox read(String asked) {
        Instant now = clock.instant();
        Map<Section, Inbox.Tab> tabs = new EnumMap<>(Section.class);
        tabs.put(Section.TRIAGE, tab(Section.TRIAGE, now, () -> triage(api.get("routing-service", "/triage"), now)));
        tabs.put(Section.TRANSCRIPTION, tab(Section.TRANSCRIPTION, now,
                () -> each(api.get("intake-service", "/operator/transcriptions"), j -> transcription(j, now))));
        tabs.put(Section.QUARANTINE, tab(Section.QUARANTINE, now,
                () -> each(api.get("intake-service", "/operator/quarantine"), j -> held(j, now))));
        tabs.put(Section.FIELD_CHECKS, tab(Section.FIELD_CHECKS, now,
                () -> each(api.get("verification-service", "/api/field-check-reviews"), j -> fieldCheck(j, now))));
        tabs.put(Section.DELIVERIES, tab(Section.DELIVERIES, now,
                () -> each(api.get("notification-service", "/api/operator/call-list"), j -> call(j, now))));
        Map<Section, Instant> oldest = new EnumMap<>(Section.class);
        tabs.forEach((s, t) -> t.items().stream().map(InboxRule.Waiting::waitingSince)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).ifPresent(i -> oldest.put(s, i)));
        Section open = InboxRule.open(asked, oldest);
        return new Inbox(List.copyOf(tabs.values()), open, tabs.get(open));
    }

    public static List<Inbox.DepartmentOption> departments() {
        return Departments.all().stream().map(d -> new Inbox.DepartmentOption(d.code(), d.nameHi(), d.nameEn())).toList();
    }

    private interface Read {
        List<? extends InboxRule.Waiting> items();
    }

    private Inbox.Tab tab(Section section, Instant now, Read read) {
        String slug = section.slug();
        String label = "tab_" + section.name().toLowerCase(Locale.ROOT);
        try {
            List<? extends InboxRule.Waiting> items = InboxRule.oldestFirst(read.items());
            AgeRule.Age oldest = items.isEmpty() ? null : AgeRule.of(items.get(0).waitingSince(), now);
            return new Inbox.Tab(section, slug, label, items, false, null, oldest);
        } catch (ServiceApi.ServiceAnswerException e) {
            LOG.warnf("the cell's %s list is not available: %s", slug, e.getMessage());
            return new Inbox.Tab(section, slug, label, List.of(), true, e.serviceSays, null);
        }
    }

    private static <T> List<T> each(JsonNode array, Function<JsonNode, T> map) {
        List<T> out = new ArrayList<>();
        array.forEach(j -> out.add(map.apply(j)));
        return out;
    }

    private List<Inbox.Triage> triage(JsonNode array, Instant now) {
        return each(array, j -> {
            List<Inbox.Suggestion> suggestions = new ArrayList<>();
            j.path("suggestions").forEach(s -> {
                String code = s.path("departmentCode").asText(null);
                if (code != null && suggestions.stream().noneMatch(x -> x.code().equals(code))) {
                    suggestions.add(new Inbox.Suggestion(code, nameOf(code),
                            (int) Math.round(s.path("confidence").asDouble() * 100)));
                }
            });
            Instant since = instant(j, "decidedAt");
            String holder = text(j, "departmentCode");
            return new Inbox.Triage(text(j, "complaintId"), text(j, "text"), place(text(j, "village"), text(j, "tehsil")),
                    text(j, "triageReason"), suggestions, holder, holder == null ? null : nameOf(holder),
                    withoutPrefix(text(j, "assignedTo")), since, AgeRule.of(since, now));
        });
    }

    private static Inbox.Transcription transcription(JsonNode j, Instant now) {
        List<Inbox.Part> parts = new ArrayList<>();
        j.path("parts").forEach(p -> {
            String sha = text(p, "sha256");
            String url = sha == null ? null : "/cell/media/" + sha;
            String type = p.path("type").asText("");
            String mime = p.path("mimeType").asText("");
            String kind = mime.startsWith("image/") || type.equals("image") || type.equals("sticker") ? "image"
                    : mime.startsWith("audio/") || type.equals("audio") || p.path("voice").asBoolean() ? "audio"
                    : sha != null ? "document" : "text";
            parts.add(new Inbox.Part(kind, text(p, "text"), url, text(p, "mediaError")));
        });
        Instant since = instant(j, "receivedAt");
        return new Inbox.Transcription(text(j, "complaintId"), text(j, "citizen"), text(j, "place"), parts, since,
                AgeRule.of(since, now));
    }

    private static Inbox.Held held(JsonNode j, Instant now) {
        Instant since = instant(j, "receivedAt");
        return new Inbox.Held(text(j, "complaintId"), text(j, "citizen"), text(j, "text"), text(j, "quarantineReason"),
                text(j, "place"), since, AgeRule.of(since, now));
    }

    private static Inbox.FieldCheck fieldCheck(JsonNode j, Instant now) {
        Instant since = instant(j, "completedAt") != null ? instant(j, "completedAt") : instant(j, "assignedAt");
        JsonNode place = j.path("place");
        String verifier = text(j, "verifierName") != null ? text(j, "verifierName") : text(j, "verifier");
        return new Inbox.FieldCheck(text(j, "fieldCheckId"), text(j, "complaintId"), text(j, "departmentCode"),
                verifier, text(j, "verdict"), text(j, "remarks"), text(j, "flagReason"), metres(j, "distanceMetres"),
                metres(j, "radiusMetres"), place(text(place, "village"), text(place, "tehsil")),
                j.path("photo").asBoolean(), instant(j, "reviewDueAt"), since, AgeRule.of(since, now));
    }

    private static Inbox.Call call(JsonNode j, Instant now) {
        Instant since = instant(j, "lastFailedAt");
        // the full number on purpose: the operator dials it (notification's call list needs the operator role)
        return new Inbox.Call(text(j, "complaintId"), text(j, "phone"), j.path("failedMessages").asLong(),
                RedactionRule.redact(text(j, "lastError"), RedactionRule.MAX_REASON), since, AgeRule.of(since, now));
    }

    static String nameOf(String code) {
        return Departments.byCode(code).map(d -> d.nameHi() + " (" + d.code() + ")").orElse(code);
    }

    /** routing records an operator as "operator:cell-jalore": the page shows the person. */
    private static String withoutPrefix(String who) {
        return who == null ? null : who.startsWith("operator:") ? who.substring("operator:".length()) : who;
    }

    private static String place(String village, String tehsil) {
        if (village == null && tehsil == null) {
            return null;
        }
        return village == null ? tehsil : tehsil == null || tehsil.equals(village) ? village : village + ", " + tehsil;
    }

    private static String metres(JsonNode j, String field) {
        return j.hasNonNull(field) ? String.valueOf(Math.round(j.path(field).asDouble())) : null;
    }

    static String text(JsonNode j, String field) {
        JsonNode v = j.path(field);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static Instant instant(JsonNode j, String field) {
        String t = text(j, field);
        if (t == null) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (RuntimeException e) {
            // Jackson may write an Instant as seconds with a fraction
            try {
                return Instant.ofEpochMilli(Math.round(Double.parseDouble(t) * 1000));
            } catch (NumberFormatException ignored) {
                return null;
            }
        }
    }
}
