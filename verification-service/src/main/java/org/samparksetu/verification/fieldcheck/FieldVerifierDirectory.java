package org.samparksetu.verification.fieldcheck;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.verification.VerificationConfig;

import java.io.IOException;
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

    /** Lines of {@code id,name,tehsils,whatsapp} after a header; '#' starts a comment line. */
    static List<FieldVerifier> parse(List<String> lines) {
        List<FieldVerifier> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean header = true;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!line.replace(" ", "").equalsIgnoreCase("id,name,tehsils,whatsapp")) {
                    throw new IllegalStateException("field verifiers' directory: the first line must be id,name,tehsils,whatsapp");
                }
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length != 4) {
                throw new IllegalStateException("field verifiers' directory line " + lineNo
                        + ": expected 4 columns (id,name,tehsils,whatsapp), found " + cols.length);
            }
            String id = cols[0].strip();
            String tehsils = cols[2].strip();
            String whatsApp = cols[3].strip();
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
            result.add(new FieldVerifier(id, cols[1].strip(), Set.copyOf(covered), districtWide, whatsApp));
        }
        if (result.stream().noneMatch(FieldVerifier::districtWide)) {
            throw new IllegalStateException("field verifiers' directory: at least one district-wide verifier ('*') is "
                    + "needed for the tehsils no one covers");
        }
        return List.copyOf(result);
    }
}
