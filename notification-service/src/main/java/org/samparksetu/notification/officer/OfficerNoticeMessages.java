package org.samparksetu.notification.officer;

import org.samparksetu.contract.events.OfficerNotice;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.message.CitizenTexts;
import org.samparksetu.notification.message.MessageComposer;
import org.samparksetu.notification.message.MessageKind;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an officer is told by WhatsApp about a complaint in their charge. Always an approved template: an officer has
 * not written to us, so there is no customer-service window. The words are in {@code messages/officer_hi|en.properties}
 * with named placeholders; the template's name and the order of its parameters are configured ({@link Spec}). The body
 * submitted to Meta is the bundle's text with each placeholder replaced by {{n}}, n its place in that order
 * ({@link #submittedBody}). Pure: refuses at construction a configuration that does not fit the bundle.
 */
public final class OfficerNoticeMessages {
    static final String RESOURCE = "messages/officer_%s.properties";
    /** The values a template may carry. */
    static final Set<String> PARAMETERS = Set.of("officer", "id", "department", "level", "tehsil", "due");
    /** Every kind routing sends today; each must have its template. A newer kind is told nothing until configured. */
    static final List<String> KINDS = List.of(OfficerNotice.NEW_COMPLAINT, OfficerNotice.DEADLINE_APPROACHING,
            OfficerNotice.ESCALATED, OfficerNotice.REOPENED, OfficerNotice.TRANSFERRED_IN);
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final CitizenTexts TEXTS = CitizenTexts.bundle(RESOURCE);

    /** One kind's template: its approved name and the values of its {{1}}..{{n}} in order. */
    public record Spec(String name, List<String> parameters) {
        public Spec {
            parameters = List.copyOf(parameters);
        }
    }

    private final Map<String, Spec> specs;
    private final ZoneId zone;

    public OfficerNoticeMessages(Map<String, Spec> specs, ZoneId zone) {
        this.specs = Map.copyOf(specs);
        this.zone = zone;
        for (String kind : KINDS) {
            if (!specs.containsKey(kind)) {
                throw new IllegalStateException("no officer template configured for " + kind
                        + " (notification.officer.templates." + kind + ".name / .parameters)");
            }
        }
        specs.forEach(this::check);
    }

    private void check(String kind, Spec spec) {
        if (spec.name() == null || !NAME.matcher(spec.name()).matches()) {
            throw new IllegalStateException("officer template for " + kind + ": '" + spec.name() + "' is not a template name");
        }
        Set<String> order = new LinkedHashSet<>(spec.parameters());
        if (order.size() != spec.parameters().size() || !PARAMETERS.containsAll(order)) {
            throw new IllegalStateException("officer template " + spec.name() + ": parameters " + spec.parameters()
                    + " must be distinct names out of " + PARAMETERS);
        }
        for (Language lang : Language.values()) {
            String text = raw(kind, lang);
            if (!CitizenTexts.placeholders(text).equals(Set.copyOf(order))) {
                throw new IllegalStateException("officer text 'officer." + kind + "' in " + lang.code() + " uses "
                        + CitizenTexts.placeholders(text) + ", its template is configured with " + spec.parameters());
            }
            if (text.startsWith("{") || text.endsWith("}")) {
                throw new IllegalStateException("officer text 'officer." + kind + "': Meta refuses a body that starts or ends with a parameter");
            }
        }
    }

    /** The template to send, or empty for a kind with no template configured (a newer routing's kind). */
    public Optional<CitizenMessage.Template> of(OfficerNotice n, Language lang) {
        Spec spec = specs.get(n.kind());
        if (spec == null) {
            return Optional.empty();
        }
        Map<String, String> values = values(n, lang);
        List<String> parameters = spec.parameters().stream().map(p -> MessageComposer.templateParameter(values.get(p))).toList();
        return Optional.of(new CitizenMessage.Template(MessageKind.OFFICER_NOTICE, spec.name(), lang.code(), parameters, List.of()));
    }

    /** What the officer reads once WhatsApp has filled the template in. */
    public Optional<String> text(OfficerNotice n, Language lang) {
        return of(n, lang).map(t -> {
            Spec spec = specs.get(n.kind());
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < spec.parameters().size(); i++) {
                pairs.add(spec.parameters().get(i));
                pairs.add(t.bodyParameters().get(i));
            }
            return TEXTS.get(lang, "officer." + n.kind(), pairs.toArray(String[]::new));
        });
    }

    /** The body to submit to Meta for approval: the bundle's words with {{n}} in place of each named value. */
    public String submittedBody(String kind, Language lang) {
        Spec spec = specs.get(kind);
        if (spec == null) {
            throw new IllegalArgumentException("no officer template for " + kind);
        }
        Matcher m = PLACEHOLDER.matcher(raw(kind, lang));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("{{" + (spec.parameters().indexOf(m.group(1)) + 1) + "}}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Map<String, String> values(OfficerNotice n, Language lang) {
        Map<String, String> v = new HashMap<>();
        v.put("officer", blank(n.officerName()) ? t(lang, "officer.unnamed") : n.officerName().strip());
        v.put("id", n.complaintId());
        v.put("department", MessageComposer.department(n.departmentCode(), lang));
        v.put("level", String.valueOf(n.level()));
        v.put("tehsil", blank(n.tehsil()) ? t(lang, "officer.tehsil.district") : n.tehsil().strip());
        v.put("due", n.dueAt() == null ? t(lang, "officer.due.unknown") : n.dueAt().atZone(zone).toLocalDate().format(DATE));
        return v;
    }

    private static String raw(String kind, Language lang) {
        String text = TEXTS.raw(lang, "officer." + kind);
        if (text == null) {
            throw new IllegalStateException("no officer text 'officer." + kind + "' in " + lang.code() + " (" + RESOURCE + ")");
        }
        return text;
    }

    private static String t(Language lang, String key) {
        return TEXTS.get(lang, key);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
