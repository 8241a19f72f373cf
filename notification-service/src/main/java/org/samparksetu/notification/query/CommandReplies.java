package org.samparksetu.notification.query;

import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.message.CitizenTexts;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.message.MessageComposer;
import org.samparksetu.notification.message.MessageKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the citizen is told when they ask (STATUS, LIST, HELP, WITHDRAW). Pure; Hindi by default. */
public final class CommandReplies {

    private CommandReplies() {
    }

    public static CitizenMessage status(StatusReport r, Language lang, Instant now) {
        return new CitizenMessage.Text(MessageKind.STATUS_REPLY, statusText(r, lang, now));
    }

    /** The STATUS answer's words: stage, department, Sampark number, days, what happens next. */
    public static String statusText(StatusReport r, Language lang, Instant now) {
        String dept = r.departmentCode() == null ? t(lang, "status.department-undecided")
                : MessageComposer.department(r.departmentCode(), lang);
        String grievance = r.grievanceId() == null ? t(lang, "status.not-registered") : r.grievanceId();
        String level = r.escalationLevel() > 1 && !r.isFinished()
                ? t(lang, "status.level", "level", String.valueOf(r.escalationLevel())) : "";
        return t(lang, "status.body", "id", r.complaintId(), "stage", stage(r.stage(), lang), "level", level,
                "department", dept, "grievance", grievance, "time", time(r, lang, now), "next", next(r, lang));
    }

    /** The status as an approved template (one line), should the window have closed meanwhile. */
    public static Optional<CitizenMessage.Template> statusTemplate(StatusReport r, Language lang, Instant now) {
        String line = t(lang, "status.line", "stage", stage(r.stage(), lang), "time", time(r, lang, now));
        if (r.grievanceId() != null) {
            line = t(lang, "status.line.grievance", "line", line, "grievance", r.grievanceId());
        }
        return MessageComposer.template(MessageKind.STATUS_REPLY, lang, List.of(r.complaintId(), line), List.of());
    }

    private static String time(StatusReport r, Language lang, Instant now) {
        return t(lang, r.isFinished() ? "status.settled-in" : "status.pending-for", "days", String.valueOf(r.daysPending(now)));
    }

    public static CitizenMessage notYours(String complaintId, Language lang) {
        return text(t(lang, "command.not-yours", "id", complaintId));
    }

    public static CitizenMessage none(Language lang) {
        return text(t(lang, "command.none"));
    }

    public static CitizenMessage list(List<StatusReport> reports, Language lang) {
        StringBuilder b = new StringBuilder(t(lang, "command.list.head"));
        for (StatusReport r : reports) {
            b.append("\n").append(r.complaintId()).append(": ").append(stage(r.stage(), lang));
        }
        b.append("\n").append(t(lang, "command.list.tail"));
        return text(b.toString());
    }

    public static CitizenMessage help(Language lang) {
        return text(t(lang, "command.help"));
    }

    public static CitizenMessage withdrawNoted(String complaintId, Language lang) {
        return text(t(lang, "command.withdraw-noted", "id", complaintId == null ? "" : " " + complaintId));
    }

    static String stage(StatusReport.Stage s, Language lang) {
        return t(lang, "stage." + s.name());
    }

    static String next(StatusReport r, Language lang) {
        return t(lang, "next." + r.stage().name());
    }

    private static String t(Language lang, String key, String... nameValuePairs) {
        return CitizenTexts.text(lang, key, nameValuePairs);
    }

    private static CitizenMessage text(String body) {
        return new CitizenMessage.Text(MessageKind.COMMAND_REPLY, body);
    }
}
