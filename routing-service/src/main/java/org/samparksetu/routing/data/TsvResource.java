package org.samparksetu.routing.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The curated tables routing ships (lexicon, gazetteer, subjects): tab-separated UTF-8 on the class path, {@code #}
 * comments and blank lines skipped. A missing file or a short row stops start-up with the row in the message,
 * because a half-read table would route complaints wrongly without anyone noticing.
 */
public final class TsvResource {
    private TsvResource() {
    }

    /**
     * @param resource   class-path name, e.g. {@code /lexicon.tsv}
     * @param minColumns rows with fewer fields are an error
     * @param expected   what a row should look like, for the error message
     * @return the rows' fields, empty fields kept
     */
    public static List<String[]> rows(String resource, int minColumns, String expected) {
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " missing from the routing service");
        }
        List<String[]> rows = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < minColumns) {
                    throw new IllegalStateException(resource + ": expected " + expected + ": " + line);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
