package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 73 bodies of {@code fixtures/more-sources}, made replayable against this service. As published they are for
 * placeholder business numbers and many share ids ({@code wamid.ID}) and senders ({@code PHONE_NUMBER}); re-addressed,
 * each file gets {@code phone_number_id} = ours, its own message and status ids (one per occurrence: a file may use
 * one id twice for two messages) and its own senders, all carrying the tag. Own senders make each file's outcome
 * independent of the order of the replay (two files from one sender would share a complaint window and the notice
 * throttle). A text edit, so the file's escaping (Meta's {@code \/}) stays as it was; sign the result as it is.
 */
final class MoreSources {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PHONE_NUMBER_ID = Pattern.compile("(\"phone_number_id\"\\s*:\\s*\")[^\"]*(\")");
    private static final Pattern ID = Pattern.compile("(\"id\"\\s*:\\s*\")([^\"]*)(\")");
    private static final Pattern SENDER = Pattern.compile(
            "(\"(?:from|from_user_id|wa_id|user_id|recipient_id|recipient_user_id|to)\"\\s*:\\s*\")([^\"]*)(\")");

    private MoreSources() {
    }

    static List<String> names() {
        try (InputStream in = MoreSources.class.getResourceAsStream("/fixtures/more-sources/MANIFEST.tsv")) {
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.endsWith(".json") || line.contains(".json\t")) {
                    names.add(line.substring(0, line.indexOf(".json")));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] original(String name) {
        try (InputStream in = MoreSources.class.getResourceAsStream("/fixtures/more-sources/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param tag letters and digits unique to this file in this run; it ends up in every message id, status id and
     *            sender of the file (senders get its digits only, so that a phone stays digits)
     */
    static byte[] readdress(String name, String tag, String digits) {
        String s = new String(original(name), StandardCharsets.UTF_8);
        Set<String> updateIds = new HashSet<>();
        try {
            JsonNode root = JSON.readTree(s);
            for (JsonNode entry : root.path("entry")) {
                for (JsonNode change : entry.path("changes")) {
                    JsonNode value = change.path("value");
                    for (String list : List.of("messages", "statuses", "message_echoes")) {
                        for (JsonNode u : value.path(list)) {
                            if (u.path("id").isTextual()) {
                                updateIds.add(u.path("id").asText());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s = PHONE_NUMBER_ID.matcher(s).replaceAll("$1" + Webhooks.OUR_NUMBER_ID + "$2");
        StringBuilder out = new StringBuilder();
        Matcher ids = ID.matcher(s);
        int occurrence = 0;
        while (ids.find()) {
            String id = ids.group(2);
            String replacement = updateIds.contains(id) ? "wamid." + tag + "." + (occurrence++) + "." + id : id;
            ids.appendReplacement(out, Matcher.quoteReplacement(ids.group(1) + replacement + ids.group(3)));
        }
        ids.appendTail(out);
        s = out.toString();
        out = new StringBuilder();
        Matcher from = SENDER.matcher(s);
        while (from.find()) {
            String value = from.group(2);
            if (value.equals("BUSINESS") || value.equals("15550001111")) { // the business itself in the echoes
                from.appendReplacement(out, Matcher.quoteReplacement(from.group()));
                continue;
            }
            from.appendReplacement(out, Matcher.quoteReplacement(from.group(1) + value + digits + from.group(3)));
        }
        from.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
