package org.samparksetu.verification.fieldcheck;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.verification.VerificationConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The district's field verifiers, read once at start-up from the file the district maintains (the one in the jar
 * unless {@code sampark.verification.field-check.directory} names another). A directory that cannot be read, or has
 * no district-wide verifier, stops the service from starting: a check sent to no one would never be done.
 */
@Startup
@ApplicationScoped
public class FieldVerifierDirectory {
    static final String BUNDLED = "directory/field-verifiers.csv";
    static final String DISTRICT_WIDE = "*";

    @Inject
    VerificationConfig config;

    private List<FieldVerifier> verifiers;

    @PostConstruct
    void load() {
        Optional<String> file = config.fieldCheck().directory();
        try {
            List<String> lines;
            if (file.isPresent()) {
                lines = Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8);
            } else {
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
                    if (in == null) {
                        throw new IllegalStateException(BUNDLED + " is missing from the service");
                    }
                    lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                }
            }
            verifiers = parse(lines);
        } catch (IOException e) {
            throw new IllegalStateException("the field verifiers' directory " + file.orElse(BUNDLED) + " cannot be read", e);
        }
    }

    public List<FieldVerifier> all() {
        return verifiers;
    }

    public Optional<FieldVerifier> find(String id) {
        return verifiers.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /**
     * Lines of {@code id,name,tehsils,whatsapp} after a header; '#' starts a comment line. Read as CSV (Apache Commons
     * CSV, as the district's other files), so a name with a comma may be quoted.
     */
    static List<FieldVerifier> parse(List<String> lines) {
        List<FieldVerifier> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean header = true;
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser rows = CSVParser.parse(String.join("\n", lines) + "\n", format)) {
            for (CSVRecord row : rows) {
                long lineNo = rows.getCurrentLineNumber(); // the record's own line: every line ends in \n
                List<String> cols = row.toList();
                if (header) {
                    header = false;
                    if (!String.join(",", cols).replace(" ", "").equalsIgnoreCase("id,name,tehsils,whatsapp")) {
                        throw new IllegalStateException("field verifiers' directory: the first line must be id,name,tehsils,whatsapp");
                    }
                    continue;
                }
                result.add(verifier(cols, lineNo, ids));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.stream().noneMatch(FieldVerifier::districtWide)) {
            throw new IllegalStateException("field verifiers' directory: at least one district-wide verifier ('*') is "
                    + "needed for the tehsils no one covers");
        }
        return List.copyOf(result);
    }

    private static FieldVerifier verifier(List<String> cols, long lineNo, Set<String> ids) {
        if (cols.size() != 4) {
            throw new IllegalStateException("field verifiers' directory line " + lineNo
                    + ": expected 4 columns (id,name,tehsils,whatsapp), found " + cols.size());
        }
        String id = cols.get(0).strip();
        String tehsils = cols.get(2).strip();
        String whatsApp = cols.get(3).strip();
        if (id.isEmpty() || !ids.add(id)) {
            throw new IllegalStateException("field verifiers' directory line " + lineNo + ": missing or repeated id " + id);
        }
        if (!whatsApp.matches("[0-9]{10,15}")) {
            throw new IllegalStateException("field verifiers' directory line " + lineNo
                    + ": the WhatsApp number must be 10 to 15 digits with the country code");
        }
        boolean districtWide = tehsils.equals(DISTRICT_WIDE);
        Set<String> covered = districtWide ? Set.of() : Arrays.stream(tehsils.split(";")).map(FieldVerifier::key)
                .filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!districtWide && covered.isEmpty()) {
            throw new IllegalStateException("field verifiers' directory line " + lineNo
                    + ": name the tehsils covered, or '*' for a district-wide verifier");
        }
        return new FieldVerifier(id, cols.get(1).strip(), Set.copyOf(covered), districtWide, whatsApp);
    }
}
