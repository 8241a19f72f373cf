package org.samparksetu.contract;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

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
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .get().parse(reader)) {
            List<Department> list = new ArrayList<>();
            for (CSVRecord f : rows) {
                list.add(new Department(f.get(0), f.get(1), f.get(2), f.size() > 3 ? f.get(3) : ""));
            }
            return Collections.unmodifiableList(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
