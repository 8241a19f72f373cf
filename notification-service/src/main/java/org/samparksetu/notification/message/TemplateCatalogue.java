package org.samparksetu.notification.message;

import org.samparksetu.notification.language.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The approved utility templates, read from {@code whatsapp/templates.json} (the exact texts submitted to Meta).
 * Fails at load if a kind that may go out with the window closed lacks a template in Hindi or English, or if a
 * body's placeholders are not {{1}}..{{n}}.
 */
public final class TemplateCatalogue {
    public static final String RESOURCE = "whatsapp/templates.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");

    /** One template in one language. */
    public record Entry(MessageKind kind, String name, String category, Language language, String body,
                        List<String> example, List<String> buttons) {
        public int parameterCount() {
            Matcher m = PLACEHOLDER.matcher(body);
            int n = 0;
            while (m.find()) {
                n = Math.max(n, Integer.parseInt(m.group(1)));
            }
            return n;
        }

        /** The text the citizen reads once the parameters are filled in. */
        public String render(List<String> parameters) {
            Matcher m = PLACEHOLDER.matcher(body);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(parameters.get(Integer.parseInt(m.group(1)) - 1)));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    private static final TemplateCatalogue DEFAULT = load();

    private final Map<MessageKind, Map<Language, Entry>> entries;

    private TemplateCatalogue(Map<MessageKind, Map<Language, Entry>> entries) {
        this.entries = entries;
    }

    public static TemplateCatalogue standard() {
        return DEFAULT;
    }

    public Optional<Entry> find(MessageKind kind, Language language) {
        return Optional.ofNullable(entries.getOrDefault(kind, Map.of()).get(language));
    }

    public List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        entries.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    static TemplateCatalogue load() {
        try (InputStream in = TemplateCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<MessageKind, Map<Language, Entry>> entries = new EnumMap<>(MessageKind.class);
            for (JsonNode t : root.path("templates")) {
                MessageKind kind = MessageKind.valueOf(t.path("kind").asText());
                Language lang = Language.of(t.path("language").asText());
                List<String> example = new ArrayList<>();
                t.path("example").forEach(e -> example.add(e.asText()));
                List<String> buttons = new ArrayList<>();
                t.path("buttons").forEach(b -> buttons.add(b.path("text").asText()));
                Entry e = new Entry(kind, t.path("name").asText(), t.path("category").asText(), lang,
                        t.path("body").asText(), List.copyOf(example), List.copyOf(buttons));
                Matcher m = PLACEHOLDER.matcher(e.body());
                java.util.Set<Integer> seen = new java.util.TreeSet<>();
                while (m.find()) {
                    seen.add(Integer.parseInt(m.group(1)));
                }
                for (int i = 1; i <= seen.size(); i++) {
                    if (!seen.contains(i)) {
                        throw new IllegalStateException(e.name() + "/" + lang.code() + ": placeholders must be {{1}}..{{n}}");
                    }
                }
                if (example.size() != e.parameterCount()) {
                    throw new IllegalStateException(e.name() + "/" + lang.code() + ": one example per placeholder");
                }
                if (entries.computeIfAbsent(kind, k -> new EnumMap<>(Language.class)).put(lang, e) != null) {
                    throw new IllegalStateException("two templates for " + kind + " in " + lang.code());
                }
            }
            for (MessageKind kind : MessageKind.values()) {
                for (Language lang : Language.values()) {
                    if (kind.needsTemplate() && !entries.getOrDefault(kind, Map.of()).containsKey(lang)) {
                        throw new IllegalStateException("no template for " + kind + " in " + lang.code() + " in " + RESOURCE);
                    }
                }
            }
            return new TemplateCatalogue(entries);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
