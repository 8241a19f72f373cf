package org.samparksetu.notification.message;

import org.samparksetu.notification.language.Language;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.ReplyIds.DisposalAnswer;
import org.samparksetu.contract.ReplyIds.Satisfaction;
import org.samparksetu.contract.ReplyIds.VerificationAnswer;
import org.samparksetu.contract.events.ComplaintRated;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.DisputeReasonRequested;
import org.samparksetu.contract.events.InterimReplied;
import org.samparksetu.contract.events.VerificationRequested;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what the citizen is told about a complaint event, in Hindi (the default) or English. Pure:
 * the same event and language always give the same message, so a message that waited for the
 * citizen to become known is composed exactly as it would have been at once. Events that tell the
 * citizen nothing new (routed, action reported, verified) give no message.
 */
public final class MessageComposer {

    /** WhatsApp's limits for reply-button messages. */
    public static final int MAX_BUTTON_BODY = 1024;
    public static final int MAX_BUTTON_TITLE = 20;
    /** Remarks are the department's free text; cut so the whole body stays within WhatsApp's limit. */
    static final int MAX_REMARKS = 600;
    /** The longest reason (an operator's, intake's) repeated to the citizen. */
    static final int MAX_REASON = 300;
    /** How long after closure the citizen may reopen, unless configured otherwise (verification decides; keep equal). */
    public static final int DEFAULT_REOPEN_DAYS = 7;
    /** A rating from this on (of 5) is a happy one. */
    static final int GOOD_RATING = 4;
    /** An ISO date inside the department's remarks (interim relief: the contract puts its date there). */
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");
    /** Verification writes interim relief's remarks as the date the department is held to, then its reason. */
    private static final Pattern HELD_TO = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:\\s*:\\s*|\\s*$)");
    /** How a date reads in a village: day first. */
    private static final DateTimeFormatter CITIZEN_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private final int reopenDays;

    public MessageComposer() {
        this(DEFAULT_REOPEN_DAYS);
    }

    /** @param reopenDays the days after closure within which the citizen may still reopen (told in the closure message) */
    public MessageComposer(int reopenDays) {
        if (reopenDays < 1) {
            throw new IllegalArgumentException("the reopen period is at least one day, not " + reopenDays);
        }
        this.reopenDays = reopenDays;
    }

    /** The kind of message an event gives, without composing it (the citizen may not be known yet). */
    public Optional<MessageKind> kindFor(Object data) {
        if (data instanceof ComplaintReceived r) {
            return Boolean.TRUE.equals(r.acknowledged()) ? Optional.empty() : Optional.of(MessageKind.ACKNOWLEDGEMENT);
        } else if (data instanceof ComplaintRegistered r) {
            return Optional.of(linked(r) ? MessageKind.REGISTERED_LINKED : MessageKind.REGISTERED);
        } else if (data instanceof VerificationRequested v) {
            return Optional.of(verificationKind(v));
        } else if (data instanceof ComplaintTransferred) {
            return Optional.of(MessageKind.TRANSFERRED);
        } else if (data instanceof ComplaintClosed) {
            return Optional.of(MessageKind.CLOSED);
        } else if (data instanceof ComplaintReopened) {
            return Optional.of(MessageKind.REOPENED);
        } else if (data instanceof ComplaintEscalated) {
            return Optional.of(MessageKind.ESCALATED);
        } else if (data instanceof ComplaintNeedsTriage) {
            return Optional.of(MessageKind.NEEDS_TRIAGE);
        } else if (data instanceof ComplaintQuarantined) {
            return Optional.of(MessageKind.QUARANTINED);
        } else if (data instanceof DisputeReasonRequested) {
            return Optional.of(MessageKind.REASON_REQUEST);
        } else if (data instanceof InterimReplied) {
            return Optional.of(MessageKind.INTERIM_REPLY);
        } else if (data instanceof ComplaintRated) {
            return Optional.of(MessageKind.RATING_REPLY);
        }
        return Optional.empty();
    }

    /** What a "verification requested" asks of the citizen: is it fixed, accept or appeal, or only news of interim relief. */
    static MessageKind verificationKind(VerificationRequested v) {
        if (VerificationRequested.KIND_APPEAL_OFFER.equals(v.kind())) {
            return MessageKind.APPEAL_OFFER;
        } else if (VerificationRequested.KIND_INTERIM.equals(v.kind())) {
            return MessageKind.INTERIM_RELIEF;
        }
        return MessageKind.VERIFICATION_REQUEST;
    }

    public Optional<CitizenMessage> compose(EventEnvelope<?> event, Language lang) {
        return compose(event, lang, ComplaintFacts.NONE);
    }

    /** The message, worded with what the complaint's earlier events say ({@code facts}: interim relief's date). */
    public Optional<CitizenMessage> compose(EventEnvelope<?> event, Language lang, ComplaintFacts facts) {
        Object data = event.data();
        if (data instanceof ComplaintReceived e) {
            if (Boolean.TRUE.equals(e.acknowledged())) {
                return Optional.empty(); // the number went out with intake's ACKNOWLEDGED notice
            }
            return acknowledgement(e.complaintId(), Boolean.TRUE.equals(e.firstContact()), lang);
        } else if (data instanceof ComplaintRegistered e && linked(e)) {
            return text(MessageKind.REGISTERED_LINKED, t(lang, "registered.linked", "id", e.complaintId(),
                    "leader", e.linkedTo().strip(), "department", department(e.departmentCode(), lang),
                    "grievance", e.grievanceId()));
        } else if (data instanceof ComplaintRegistered e) {
            return text(MessageKind.REGISTERED, t(lang, "registered", "id", e.complaintId(),
                    "department", department(e.departmentCode(), lang), "grievance", e.grievanceId()));
        } else if (data instanceof VerificationRequested e && verificationKind(e) == MessageKind.APPEAL_OFFER) {
            return Optional.of(appealOffer(e, lang));
        } else if (data instanceof VerificationRequested e && verificationKind(e) == MessageKind.INTERIM_RELIEF) {
            return text(MessageKind.INTERIM_RELIEF, t(lang, "interim-relief", "id", e.complaintId(),
                    "department", department(e.departmentCode(), lang), "by", interimBy(e, facts, lang),
                    "reason", remarks(interimReason(e.remarks()), lang)));
        } else if (data instanceof VerificationRequested e) {
            return Optional.of(verification(e, lang));
        } else if (data instanceof ComplaintTransferred e) {
            return text(MessageKind.TRANSFERRED, transferred(e, lang));
        } else if (data instanceof ComplaintClosed e) {
            return Optional.of(closed(e, lang));
        } else if (data instanceof ComplaintReopened e) {
            return text(MessageKind.REOPENED, t(lang, "reopened", "id", e.complaintId(),
                    "department", department(e.departmentCode(), lang), "level", String.valueOf(e.escalationLevel())));
        } else if (data instanceof ComplaintEscalated e) {
            return text(MessageKind.ESCALATED, t(lang, "escalated", "id", e.complaintId(),
                    "department", department(e.departmentCode(), lang), "level", String.valueOf(e.toLevel())));
        } else if (data instanceof ComplaintNeedsTriage e) {
            return text(MessageKind.NEEDS_TRIAGE, t(lang, "needs-triage", "id", e.complaintId()));
        } else if (data instanceof ComplaintQuarantined e && "REJECTED".equals(e.decision())) {
            // an operator rejected it for good: say why (wording with intake's other notices)
            return text(MessageKind.QUARANTINED, t(lang, "quarantined.rejected", "id", e.complaintId(), "reason", statedReason(e.reason(), lang)));
        } else if (data instanceof ComplaintQuarantined e) {
            return text(MessageKind.QUARANTINED, t(lang, "quarantined", "id", e.complaintId()));
        } else if (data instanceof DisputeReasonRequested e) {
            return text(MessageKind.REASON_REQUEST, t(lang, "reason-request", "id", e.complaintId()));
        } else if (data instanceof InterimReplied e) {
            String reason = e.reason() == null || e.reason().isBlank() ? t(lang, "interim.no-reason")
                    : cut(e.reason().strip(), MAX_REMARKS);
            String by = e.expectedBy() == null || e.expectedBy().isBlank() ? t(lang, "interim.soon") : e.expectedBy();
            return text(MessageKind.INTERIM_REPLY, t(lang, "interim", "id", e.complaintId(),
                    "department", department(e.departmentCode(), lang), "reason", reason, "by", by));
        } else if (data instanceof ComplaintRated e) {
            return Optional.of(rated(e, lang, Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * The answer to a rating or a request to reopen. A refusal because the complaint is not closed carries where it
     * stands ({@code status}, the STATUS answer) when the caller could read the timeline, else how to ask for it.
     */
    public CitizenMessage rated(ComplaintRated e, Language lang, Optional<String> status) {
        String id = e.complaintId();
        String body;
        if (e.reopened()) {
            body = t(lang, "rated.reopened", "id", id, "department", department(e.departmentCode(), lang));
        } else if (ComplaintRated.REOPEN_PERIOD_OVER.equals(e.refusal())) {
            body = t(lang, "rated.period-over", "id", id, "days", String.valueOf(reopenDays));
        } else if (ComplaintRated.NOT_CLOSED.equals(e.refusal())) {
            body = t(lang, "rated.not-closed", "id", id,
                    "status", status.orElseGet(() -> t(lang, "rated.not-closed.ask-status", "id", id)));
        } else {
            body = t(lang, e.rating() == null || e.rating() >= GOOD_RATING ? "rated.thanks" : "rated.thanks.low", "id", id);
        }
        return new CitizenMessage.Text(MessageKind.RATING_REPLY, body);
    }

    /**
     * The closure, with the two rating buttons; the citizen may also write "phir se kholo" within the reopen period.
     */
    private CitizenMessage closed(ComplaintClosed e, Language lang) {
        String body = t(lang, "closed", "id", e.complaintId(), "days", String.valueOf(reopenDays));
        return new CitizenMessage.Buttons(MessageKind.CLOSED, cut(body, MAX_BUTTON_BODY), List.of(
                new CitizenMessage.Button(ReplyIds.rating(Satisfaction.SATISFIED, e.complaintId()),
                        t(lang, "closed.button.satisfied")),
                new CitizenMessage.Button(ReplyIds.rating(Satisfaction.NOT_SATISFIED, e.complaintId()),
                        t(lang, "closed.button.not-satisfied"))));
    }

    /**
     * The acknowledgement; on the citizen's first contact it also carries the welcome, the privacy notice and the
     * warning about false complaints, in the same message (one event, one message).
     */
    private static Optional<CitizenMessage> acknowledgement(String complaintId, boolean firstContact, Language lang) {
        String body = t(lang, "ack.body", "id", complaintId);
        return text(MessageKind.ACKNOWLEDGEMENT, firstContact ? body + "\n\n" + t(lang, "ack.welcome") : body);
    }

    /**
     * The same message as an approved template (for a closed window or after a 131047), or empty if the event
     * gives no message. Parameters never contain line breaks (Meta refuses them).
     */
    public Optional<CitizenMessage.Template> template(EventEnvelope<?> event, Language lang) {
        return template(event, lang, ComplaintFacts.NONE);
    }

    /** The template, with what the complaint's earlier events say ({@code facts}). */
    public Optional<CitizenMessage.Template> template(EventEnvelope<?> event, Language lang, ComplaintFacts facts) {
        Object data = event.data();
        if (data instanceof ComplaintReceived e) {
            if (Boolean.TRUE.equals(e.acknowledged())) {
                return Optional.empty();
            }
            return template(MessageKind.ACKNOWLEDGEMENT, lang, List.of(e.complaintId()), List.of());
        } else if (data instanceof ComplaintRegistered e && linked(e)) {
            return template(MessageKind.REGISTERED_LINKED, lang, List.of(e.complaintId(), e.linkedTo().strip(),
                    department(e.departmentCode(), lang), e.grievanceId()), List.of());
        } else if (data instanceof ComplaintRegistered e) {
            return template(MessageKind.REGISTERED, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    e.grievanceId()), List.of());
        } else if (data instanceof VerificationRequested e && verificationKind(e) == MessageKind.APPEAL_OFFER) {
            return template(MessageKind.APPEAL_OFFER, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    e.outcome() == null ? t(lang, "verification.outcome.not-stated") : outcomeWord(e.outcome(), lang),
                    remarks(e.remarks(), lang)), appealButtonIds(e.complaintId()));
        } else if (data instanceof VerificationRequested e && verificationKind(e) == MessageKind.INTERIM_RELIEF) {
            return template(MessageKind.INTERIM_RELIEF, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    interimBy(e, facts, lang), remarks(e.remarks(), lang)), List.of());
        } else if (data instanceof ComplaintTransferred e) {
            return template(MessageKind.TRANSFERRED, lang, List.of(e.complaintId(), department(e.toDepartmentCode(), lang),
                    e.grievanceId() == null || e.grievanceId().isBlank() ? t(lang, "status.not-registered") : e.grievanceId()),
                    List.of());
        } else if (data instanceof VerificationRequested e) {
            String outcome = e.outcome() == null ? t(lang, "verification.outcome.not-stated") : outcomeWord(e.outcome(), lang);
            return template(MessageKind.VERIFICATION_REQUEST, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    outcome), List.of(ReplyIds.verification(VerificationAnswer.FIXED, e.complaintId()),
                    ReplyIds.verification(VerificationAnswer.NOT_FIXED, e.complaintId()),
                    ReplyIds.verification(VerificationAnswer.DONT_KNOW, e.complaintId())));
        } else if (data instanceof ComplaintClosed e) {
            return template(MessageKind.CLOSED, lang, List.of(e.complaintId(), String.valueOf(reopenDays)),
                    List.of(ReplyIds.rating(Satisfaction.SATISFIED, e.complaintId()),
                            ReplyIds.rating(Satisfaction.NOT_SATISFIED, e.complaintId())));
        } else if (data instanceof ComplaintReopened e) {
            return template(MessageKind.REOPENED, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    "L" + e.escalationLevel()), List.of());
        } else if (data instanceof ComplaintEscalated e) {
            return template(MessageKind.ESCALATED, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    "L" + e.toLevel()), List.of());
        } else if (data instanceof ComplaintNeedsTriage e) {
            return template(MessageKind.NEEDS_TRIAGE, lang, List.of(e.complaintId()), List.of());
        } else if (data instanceof ComplaintQuarantined e) {
            return template(MessageKind.QUARANTINED, lang, List.of(e.complaintId()), List.of());
        } else if (data instanceof DisputeReasonRequested e) {
            return template(MessageKind.REASON_REQUEST, lang, List.of(e.complaintId()), List.of());
        } else if (data instanceof InterimReplied e) {
            return template(MessageKind.INTERIM_REPLY, lang, List.of(e.complaintId(), department(e.departmentCode(), lang),
                    e.expectedBy() == null || e.expectedBy().isBlank() ? t(lang, "interim.soon") : e.expectedBy()), List.of());
        }
        return Optional.empty();
    }

    /** A cluster member's registration: it shares its leader's grievance ({@code linkedTo}) instead of one of its own. */
    static boolean linked(ComplaintRegistered r) {
        return r.linkedTo() != null && !r.linkedTo().isBlank();
    }

    /**
     * Kinds of the cluster leader's events that its co-complainants hear about: only what stays the leader's alone
     * (reopening, escalation, transfer, interim relief, the disposal's appeal offer). Registration, "is it fixed?" (and
     * its reminder) and closure reach every member as events of their own (a LINKED complaint.registered, their own
     * complaint.verification-requested and complaint.closed), so a line about the leader's would tell them twice.
     */
    public boolean concernsCoComplainants(Object data) {
        if (data instanceof VerificationRequested v) {
            MessageKind kind = verificationKind(v);
            return kind == MessageKind.APPEAL_OFFER || kind == MessageKind.INTERIM_RELIEF;
        }
        return data instanceof ComplaintReopened || data instanceof ComplaintEscalated || data instanceof ComplaintTransferred;
    }

    /**
     * One line on the leader's progress, for a co-complainant (no buttons: the leader's citizen confirms the fix).
     * Registration, verification and closure keep their lines although {@link #concernsCoComplainants} no longer
     * queues them: a co-complainant update queued before that change may still wait for its citizen to be known.
     */
    public Optional<String> progress(Object data, Language lang) {
        if (data instanceof ComplaintRegistered e) {
            return Optional.of(t(lang, "progress.registered", "department", department(e.departmentCode(), lang),
                    "grievance", e.grievanceId()));
        } else if (data instanceof VerificationRequested e && verificationKind(e) == MessageKind.APPEAL_OFFER) {
            return Optional.of(t(lang, "progress.disposed", "department", department(e.departmentCode(), lang)));
        } else if (data instanceof VerificationRequested e && verificationKind(e) == MessageKind.INTERIM_RELIEF) {
            return Optional.of(t(lang, "progress.interim", "department", department(e.departmentCode(), lang)));
        } else if (data instanceof VerificationRequested e) {
            return Optional.of(t(lang, "progress.verifying", "department", department(e.departmentCode(), lang)));
        } else if (data instanceof ComplaintTransferred e) {
            return Optional.of(t(lang, "progress.transferred", "department", department(e.toDepartmentCode(), lang)));
        } else if (data instanceof ComplaintClosed) {
            return Optional.of(t(lang, "progress.closed"));
        } else if (data instanceof ComplaintReopened e) {
            return Optional.of(t(lang, "progress.reopened", "level", String.valueOf(e.escalationLevel())));
        } else if (data instanceof ComplaintEscalated e) {
            return Optional.of(t(lang, "progress.escalated", "department", department(e.departmentCode(), lang),
                    "level", String.valueOf(e.toLevel())));
        }
        return Optional.empty();
    }

    /** A co-complainant's message about the leader's event: free-form text. */
    public Optional<CitizenMessage> coComplainant(EventEnvelope<?> leaderEvent, String memberId, Language lang) {
        return progress(leaderEvent.data(), lang).map(p -> new CitizenMessage.Text(MessageKind.CO_COMPLAINANT_UPDATE,
                TemplateCatalogue.standard().find(MessageKind.CO_COMPLAINANT_UPDATE, lang).orElseThrow()
                        .render(List.of(memberId, leaderEvent.subject(), p))));
    }

    /** The same as an approved template. */
    public Optional<CitizenMessage.Template> coComplainantTemplate(EventEnvelope<?> leaderEvent, String memberId, Language lang) {
        return progress(leaderEvent.data(), lang).flatMap(p -> template(MessageKind.CO_COMPLAINANT_UPDATE, lang,
                List.of(memberId, leaderEvent.subject(), p), List.of()));
    }

    public static Optional<CitizenMessage.Template> template(MessageKind kind, Language lang, List<String> params,
                                                             List<String> quickReplies) {
        return TemplateCatalogue.standard().find(kind, lang).map(t -> {
            if (t.parameterCount() != params.size()) {
                throw new IllegalStateException(t.name() + " takes " + t.parameterCount() + " parameters, not " + params.size());
            }
            List<String> clean = params.stream().map(MessageComposer::templateParameter).toList();
            return new CitizenMessage.Template(kind, t.name(), lang.code(), clean, quickReplies);
        });
    }

    /** Meta refuses parameters with line breaks, tabs or more than four spaces in a row. */
    public static String templateParameter(String p) {
        String s = p == null || p.isBlank() ? "-" : p.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {4,}", "   ").strip();
        return cut(s, 200);
    }

    private static CitizenMessage verification(VerificationRequested e, Language lang) {
        String remarks = e.remarks() == null || e.remarks().isBlank() ? t(lang, "verification.no-remarks")
                : cut(e.remarks().strip(), MAX_REMARKS);
        String outcome = e.outcome() == null ? "" : t(lang, "verification.outcome", "outcome", outcomeWord(e.outcome(), lang));
        String body = t(lang, "verification.body", "id", e.complaintId(), "department", department(e.departmentCode(), lang),
                "outcome", outcome, "remarks", remarks);
        if (VerificationRequested.KIND_REMINDER.equals(e.kind())) {
            body = t(lang, "verification.reminder", "message", body);
        }
        List<CitizenMessage.Button> buttons = List.of(
                new CitizenMessage.Button(ReplyIds.verification(VerificationAnswer.FIXED, e.complaintId()),
                        t(lang, "verification.button.fixed")),
                new CitizenMessage.Button(ReplyIds.verification(VerificationAnswer.NOT_FIXED, e.complaintId()),
                        t(lang, "verification.button.not-fixed")),
                new CitizenMessage.Button(ReplyIds.verification(VerificationAnswer.DONT_KNOW, e.complaintId()),
                        t(lang, "verification.button.dont-know")));
        return new CitizenMessage.Buttons(MessageKind.VERIFICATION_REQUEST, cut(body, MAX_BUTTON_BODY), buttons);
    }

    /**
     * The department rejected, filed or could not do the complaint: what it decided, its reason, and two buttons — accept
     * (the complaint is closed) or appeal (it is looked at again).
     */
    private static CitizenMessage appealOffer(VerificationRequested e, Language lang) {
        String decisionKey = e.outcome() == null ? "appeal.decision.other" : switch (e.outcome()) {
            case REJECTED, NOT_POSSIBLE, FILED -> "appeal.decision." + e.outcome().name();
            default -> "appeal.decision.other";
        };
        String decision = t(lang, decisionKey, "id", e.complaintId(), "department", department(e.departmentCode(), lang));
        String body = t(lang, "appeal.body", "decision", decision, "reason", remarks(e.remarks(), lang));
        List<String> ids = appealButtonIds(e.complaintId());
        return new CitizenMessage.Buttons(MessageKind.APPEAL_OFFER, cut(body, MAX_BUTTON_BODY), List.of(
                new CitizenMessage.Button(ids.get(0), t(lang, "appeal.button.accept")),
                new CitizenMessage.Button(ids.get(1), t(lang, "appeal.button.appeal"))));
    }

    private static List<String> appealButtonIds(String complaintId) {
        return List.of(ReplyIds.disposal(DisposalAnswer.ACCEPT, complaintId), ReplyIds.disposal(DisposalAnswer.APPEAL, complaintId));
    }

    /** The department's remarks as the citizen reads them: cut to fit, or a word saying there were none. */
    private static String remarks(String remarks, Language lang) {
        return remarks == null || remarks.isBlank() ? t(lang, "verification.no-remarks") : cut(remarks.strip(), MAX_REMARKS);
    }

    /**
     * The date interim relief runs to: the department's action report says it ({@code facts}); failing that, a date
     * written in the remarks; failing both, the usual time limit (verification then keeps the normal clock).
     */
    static String interimBy(VerificationRequested e, ComplaintFacts facts, Language lang) {
        if (e.remarks() != null) {
            Matcher held = HELD_TO.matcher(e.remarks());
            if (held.find()) {
                return citizenDate(held.group(1)); // verification's own date: the department's, or the cap it applied
            }
        }
        Optional<String> reported = facts.interimExpectedBy(e.complaintId()).filter(s -> !s.isBlank());
        if (reported.isPresent()) {
            return citizenDate(reported.get().strip());
        }
        if (e.remarks() != null) {
            Matcher m = ISO_DATE.matcher(e.remarks());
            if (m.find()) {
                return citizenDate(m.group(1));
            }
        }
        return t(lang, "interim-relief.no-date");
    }

    /** The department's reason without the date verification wrote in front of it (the message names the date once). */
    static String interimReason(String remarks) {
        return remarks == null ? null : HELD_TO.matcher(remarks).replaceFirst("");
    }

    /** {@code 2026-04-15} as a villager reads it, {@code 15-04-2026}; anything else as given. */
    static String citizenDate(String iso) {
        try {
            return LocalDate.parse(iso).format(CITIZEN_DATE);
        } catch (DateTimeParseException e) {
            return cut(iso, 40);
        }
    }

    /** The new department; the old one and the grievance cell's reason when known. */
    private static String transferred(ComplaintTransferred e, Language lang) {
        String to = department(e.toDepartmentCode(), lang);
        StringBuilder body = new StringBuilder(t(lang, "transferred", "id", e.complaintId(), "department", to));
        if (e.fromDepartmentCode() != null && !e.fromDepartmentCode().isBlank()) {
            body.append(t(lang, "transferred.from", "from", department(e.fromDepartmentCode(), lang)));
        }
        if (e.grievanceId() != null && !e.grievanceId().isBlank()) {
            body.append(t(lang, "transferred.grievance", "grievance", e.grievanceId()));
        }
        if (e.reason() != null && !e.reason().isBlank()) {
            body.append(t(lang, "transferred.reason", "reason", statedReason(e.reason(), lang)));
        }
        return body.toString();
    }

    static String outcomeWord(DisposalOutcome outcome, Language lang) {
        return t(lang, "outcome." + outcome.name());
    }

    /** The department's name as the citizen knows it; the code itself if the directory does not know it. */
    public static String department(String code, Language lang) {
        if (code == null) {
            return t(lang, "department.unknown");
        }
        return Departments.byCode(code)
                .map(d -> lang == Language.HI ? d.nameHi() : d.nameEn())
                .orElse(code);
    }

    private static String t(Language lang, String key, String... nameValuePairs) {
        return CitizenTexts.text(lang, key, nameValuePairs);
    }

    private static Optional<CitizenMessage> text(MessageKind kind, String body) {
        return Optional.of(new CitizenMessage.Text(kind, body));
    }

    /** Cuts on code points, never inside a surrogate pair, and marks the cut. */
    static String cut(String s, int maxChars) {
        if (s.codePointCount(0, s.length()) <= maxChars) {
            return s;
        }
        int end = s.offsetByCodePoints(0, maxChars - 1);
        return s.substring(0, end) + "…";
    }

    /**
     * A reason someone else gave (an operator rejecting a message, intake blocking a number), as the citizen reads it:
     * stripped, cut to {@value #MAX_REASON} characters, or a general sentence when none was given.
     */
    public static String statedReason(String reason, Language lang) {
        if (reason == null || reason.isBlank()) {
            return CitizenTexts.text(lang, "notice.no-reason");
        }
        String r = reason.strip();
        return r.length() <= MAX_REASON ? r : r.substring(0, MAX_REASON - 1) + "…";
    }
}
