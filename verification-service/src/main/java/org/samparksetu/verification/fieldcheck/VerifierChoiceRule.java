package org.samparksetu.verification.fieldcheck;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who goes to look. Plain Java: the directory, the complaint's tehsil and each verifier's open checks are parameters.
 * <ul>
 *   <li>A verifier who covers the complaint's tehsil goes; of several, the one with the fewest checks still to visit
 *       (then the first in the directory).</li>
 *   <li>A tehsil no one covers, or a complaint whose tehsil routing did not find, goes to a district-wide verifier
 *       (the fewest open checks first), and the check says so: the grievance cell sees where coverage is missing.</li>
 *   <li>Verifiers in {@code excluded} are passed over (a check reassigned away from its verifier); when that leaves
 *       no one, there is no choice and the caller decides what that means.</li>
 * </ul>
 */
public final class VerifierChoiceRule {
    public static final String DISTRICT_WIDE_UNCOVERED = "DISTRICT_WIDE: no field verifier covers tehsil %s";
    public static final String DISTRICT_WIDE_NO_TEHSIL = "DISTRICT_WIDE: the complaint's tehsil is not known";
    public static final String DISTRICT_WIDE_OTHERS_EXCLUDED = "DISTRICT_WIDE: no other field verifier covers tehsil %s";

    /** @param note null when a verifier of the tehsil goes, else why a district-wide verifier does */
    public record Choice(String verifierId, boolean districtWide, String note) {
    }

    private VerifierChoiceRule() {
    }

    public static Optional<Choice> choose(List<FieldVerifier> directory, String tehsil, Map<String, Long> openChecks,
                                          Set<String> excluded) {
        Comparator<FieldVerifier> leastBusy = Comparator.comparingLong(v -> openChecks.getOrDefault(v.id(), 0L));
        boolean tehsilKnown = tehsil != null && !tehsil.isBlank();
        if (tehsilKnown) {
            boolean anyCovers = directory.stream().anyMatch(v -> !v.districtWide() && v.covers(tehsil));
            Optional<FieldVerifier> local = directory.stream()
                    .filter(v -> !v.districtWide() && v.covers(tehsil) && !excluded.contains(v.id()))
                    .min(leastBusy);
            if (local.isPresent()) {
                return Optional.of(new Choice(local.get().id(), false, null));
            }
            String note = String.format(anyCovers ? DISTRICT_WIDE_OTHERS_EXCLUDED : DISTRICT_WIDE_UNCOVERED, tehsil.strip());
            return districtWide(directory, openChecks, excluded, note);
        }
        return districtWide(directory, openChecks, excluded, DISTRICT_WIDE_NO_TEHSIL);
    }

    private static Optional<Choice> districtWide(List<FieldVerifier> directory, Map<String, Long> openChecks,
                                                 Set<String> excluded, String note) {
        return directory.stream().filter(v -> v.districtWide() && !excluded.contains(v.id()))
                .min(Comparator.comparingLong(v -> openChecks.getOrDefault(v.id(), 0L)))
                .map(v -> new Choice(v.id(), true, note));
    }
}
