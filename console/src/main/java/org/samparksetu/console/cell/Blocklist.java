package org.samparksetu.console.cell;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.console.ops.RedactionRule;
import org.samparksetu.console.shell.ServiceApi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Blocked numbers and false-case flags, from intake's operator API with the person's token. Numbers are shown masked;
 * the full one travels only in the form that unblocks or clears it (intake needs it in the address).
 */
@ApplicationScoped
public class Blocklist {
    private static final String INTAKE = "intake-service";

    @Inject
    ServiceApi api;
    @Inject
    java.time.Clock clock;

    public record Blocked(String waId, String masked, String reason, String blockedBy, Instant blockedAt,
                          AgeRule.Age age) {
    }

    public record Flagged(String waId, String masked, int falseCases, Instant flaggedAt, String reason,
                          Instant clearedAt, String clearedBy, String clearReason, AgeRule.Age age) {
    }

    /** Each list, or why it could not be read. */
    public record View(List<Blocked> blocked, String blockedProblem, List<Flagged> flagged, String flaggedProblem) {
    }

    public View read() {
        Instant now = clock.instant();
        List<Blocked> blocked = new ArrayList<>();
        String blockedProblem = null;
        try {
            api.get(INTAKE, "/operator/blocklist").forEach(j -> blocked.add(new Blocked(CellInbox.text(j, "waId"),
                    mask(CellInbox.text(j, "waId")), CellInbox.text(j, "reason"), CellInbox.text(j, "blockedBy"),
                    instant(j, "blockedAt"), AgeRule.of(instant(j, "blockedAt"), now).asRecord())));
            blocked.sort(Comparator.comparing(Blocked::blockedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        } catch (ServiceApi.ServiceAnswerException e) {
            blockedProblem = e.serviceSays == null ? "HTTP " + e.status : e.serviceSays;
        }
        List<Flagged> flagged = new ArrayList<>();
        String flaggedProblem = null;
        try {
            api.get(INTAKE, "/operator/flags").forEach(j -> flagged.add(new Flagged(CellInbox.text(j, "waId"),
                    mask(CellInbox.text(j, "waId")), j.path("falseCaseCount").asInt(), instant(j, "flaggedAt"),
                    CellInbox.text(j, "reason"), instant(j, "clearedAt"), CellInbox.text(j, "clearedBy"),
                    CellInbox.text(j, "clearReason"), AgeRule.of(instant(j, "flaggedAt"), now).asRecord())));
            // those still flagged first, the newest flag first
            flagged.sort(Comparator.comparing((Flagged f) -> f.clearedAt() != null)
                    .thenComparing(Flagged::flaggedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        } catch (ServiceApi.ServiceAnswerException e) {
            flaggedProblem = e.serviceSays == null ? "HTTP " + e.status : e.serviceSays;
        }
        return new View(blocked, blockedProblem, flagged, flaggedProblem);
    }

    public ActionResult block(String number, String reason) {
        Said problem = Said.first(Said.check(number, FormRule.PHONE, true, "block_number"),
                Said.check(reason, FormRule.REASON, true, "reason"));
        if (problem != null) {
            return ActionResult.problem(problem);
        }
        return call(() -> api.put(INTAKE, "/operator/blocklist/" + ServiceApi.encode(FormRule.waId(number)),
                Map.of("reason", reason.strip())), "blocked");
    }

    public ActionResult unblock(String waId) {
        Said problem = Said.check(waId, 64, true, "block_number");
        if (problem != null) {
            return ActionResult.problem(problem);
        }
        return call(() -> api.delete(INTAKE, "/operator/blocklist/" + ServiceApi.encode(waId.strip())), "unblocked");
    }

    public ActionResult clear(String waId, String reason) {
        Said problem = Said.first(Said.check(waId, 64, true, "block_number"),
                Said.check(reason, FormRule.REASON, true, "reason"));
        if (problem != null) {
            return ActionResult.problem(problem);
        }
        return call(() -> api.post(INTAKE, "/operator/flags/" + ServiceApi.encode(waId.strip()) + "/clear",
                Map.of("reason", reason.strip())), "cleared");
    }

    private interface Call {
        void run();
    }

    private static ActionResult call(Call call, String done) {
        try {
            call.run();
            return ActionResult.done(done, null);
        } catch (ServiceApi.ServiceAnswerException e) {
            return ActionResult.problem(Said.refused(e));
        }
    }

    private static String mask(String waId) {
        return waId == null ? null : RedactionRule.redact(waId, 64);
    }

    private static Instant instant(JsonNode j, String field) {
        String t = CellInbox.text(j, field);
        try {
            return t == null ? null : Instant.parse(t);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
