package org.samparksetu.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The department codes used everywhere (events, topics, directory, evaluation files), read from
 * {@code departments.csv} in this jar, a copy of the project's reference list.
 */
public final class Departments {

    public record Department(String code, String nameEn, String nameHi, String typicalSubjects) {
    }

    private static final List<Department> ALL = load();

    private Departments() {
    }

    public static List<Department> all() {
        return ALL;
    }

    public static Optional<Department> byCode(String code) {
        return ALL.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public static boolean isKnown(String code) {
        return byCode(code).isPresent();
    }

    private static List<Department> load() {
        var in = Departments.class.getClassLoader().getResourceAsStream("departments.csv");
        if (in == null) {
            throw new IllegalStateException("departments.csv missing from the event-contract jar");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Department> list = new ArrayList<>();
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = splitCsv(line);
                list.add(new Department(f.get(0), f.get(1), f.get(2), f.size() > 3 ? f.get(3) : ""));
            }
            return Collections.unmodifiableList(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 quoting, as far as this file uses it: quoted fields with commas, doubled quotes. */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}
