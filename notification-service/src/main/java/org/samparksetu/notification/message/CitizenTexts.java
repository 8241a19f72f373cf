package org.samparksetu.notification.message;

import org.samparksetu.notification.language.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every word the citizen reads, from {@code messages/citizen_hi.properties} (the default) and
 * {@code messages/citizen_en.properties}, UTF-8. Placeholders are named ({@code {id}}, {@code {department}}) so that
 * whoever improves the Hindi can move them freely within a sentence.
 *
 * <p>Plain properties read by this one class, not a CDI message bundle: the composers (MessageComposer,
 * IntakeNoticeMessages, CommandReplies) stay pure classes that a table test builds with {@code new}. Fails at load if a
 * key is in one language and not the other, or if the two languages' texts of a key use different placeholders.
 */
public final class CitizenTexts {
    static final String RESOURCE = "messages/citizen_%s.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final CitizenTexts STANDARD = load();

    private final Map<Language, Properties> texts;

    private CitizenTexts(Map<Language, Properties> texts) {
        this.texts = texts;
    }

    public static CitizenTexts standard() {
        return STANDARD;
    }

    /**
     * Another audience's bundle held to the same rules (both languages, the same placeholders): the officers' words,
     * {@code messages/officer_%s.properties}.
     */
    public static CitizenTexts bundle(String resourcePattern) {
        return load(resourcePattern);
    }

    /** The text of {@code key} in {@code lang}, with {@code {name}} placeholders filled from name/value pairs. */
    public static String text(Language lang, String key, String... nameValuePairs) {
        return STANDARD.get(lang, key, nameValuePairs);
    }

    /** Whether the bundle has this key (for texts chosen by a message type we may not know). */
    public static boolean has(String key) {
        return STANDARD.texts.get(Language.HI).containsKey(key);
    }

    public String get(Language lang, String key, String... nameValuePairs) {
        String template = texts.get(lang).getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no citizen text '" + key + "' in " + lang.code());
        }
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("placeholders come in name/value pairs: " + key);
        }
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            values.put(nameValuePairs[i], nameValuePairs[i + 1] == null ? "" : nameValuePairs[i + 1]);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("citizen text '" + key + "' needs {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every key (the same in each language). */
    public Set<String> keys() {
        return new TreeSet<>(texts.get(Language.HI).stringPropertyNames());
    }

    public static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The raw text, placeholders unfilled (for the bundle's own tests, and to derive a template's submitted body). */
    public String raw(Language lang, String key) {
        return texts.get(lang).getProperty(key);
    }

    static CitizenTexts load() {
        return load(RESOURCE);
    }

    private static CitizenTexts load(String resourcePattern) {
        Map<Language, Properties> texts = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            String resource = resourcePattern.formatted(lang.code());
            try (InputStream in = CitizenTexts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath");
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                texts.put(lang, p);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        Properties hi = texts.get(Language.HI);
        for (Language lang : Language.values()) {
            Properties other = texts.get(lang);
            for (String key : other.stringPropertyNames()) {
                if (!hi.containsKey(key)) {
                    throw new IllegalStateException("citizen text '" + key + "' is in " + lang.code() + " but not in hi");
                }
            }
            for (String key : hi.stringPropertyNames()) {
                if (!other.containsKey(key)) {
                    throw new IllegalStateException("citizen text '" + key + "' is in hi but not in " + lang.code());
                }
                if (!placeholders(hi.getProperty(key)).equals(placeholders(other.getProperty(key)))) {
                    throw new IllegalStateException("citizen text '" + key + "' uses other placeholders in " + lang.code());
                }
            }
        }
        return new CitizenTexts(texts);
    }
}
