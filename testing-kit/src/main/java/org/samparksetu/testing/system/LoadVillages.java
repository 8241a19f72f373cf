package org.samparksetu.testing.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Villages a load can send complaints from, one complaint per village so that no two complaints of a load are one
 * problem (routing would link them): villages of the district's gazetteer with a centroid, in a tehsil a named field
 * verifier covers, whose name no other place shares or contains (routing reads the village from the text). The
 * closures and chaos benchmarks and the chaos journey draw from this one list.
 */
public final class LoadVillages {
    /** Tehsils a named field verifier covers (verification's directory/field-verifiers.csv). */
    public static final Map<String, String> VERIFIER_OF_TEHSIL = Map.of(
            "Sayla", "verifier-sayla", "Jalore", "verifier-sayla", "Ahore", "verifier-sayla",
            "Bhinmal", "verifier-bhinmal", "Jaswantpura", "verifier-bhinmal", "Raniwara", "verifier-bhinmal");
    /** Every field verifier of the directory, the district-wide one included. */
    public static final List<String> VERIFIERS = List.of("verifier-sayla", "verifier-bhinmal", "verifier-district");

    /** A village of the gazetteer with its centroid and the tehsil a verifier covers. */
    public record Village(String name, String tehsil, double latitude, double longitude) {
    }

    private LoadVillages() {
    }

    /** Every village that fits, none of {@code excluded}, in the gazetteer's order. */
    public static List<Village> fitting(Path root, Set<String> excluded) throws IOException {
        List<String> lines = Files.readAllLines(
                root.resolve("routing-service/src/main/resources/gazetteer/jalore-villages.csv"), StandardCharsets.UTF_8);
        List<String> allNames = new ArrayList<>();
        List<Village> candidates = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            allNames.add(f[0].toLowerCase(Locale.ROOT));
            if (!f[16].isBlank()) {
                for (String alt : f[16].split(";")) {
                    allNames.add(alt.trim().toLowerCase(Locale.ROOT));
                }
            }
            if ("village".equals(f[2]) && VERIFIER_OF_TEHSIL.containsKey(f[7]) && !f[11].isBlank() && !f[12].isBlank()
                    && f[0].matches("[A-Za-z]{5,}") && !excluded.contains(f[0])) {
                candidates.add(new Village(f[0], f[7], Double.parseDouble(f[11]), Double.parseDouble(f[12])));
            }
        }
        List<Village> villages = new ArrayList<>();
        for (Village v : candidates) {
            String name = v.name().toLowerCase(Locale.ROOT);
            if (allNames.stream().filter(o -> !o.isBlank() && (o.contains(name) || name.contains(o))).count() == 1) {
                villages.add(v);
            }
        }
        return villages;
    }
}
