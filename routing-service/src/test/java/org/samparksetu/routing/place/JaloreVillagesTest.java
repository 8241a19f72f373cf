package org.samparksetu.routing.place;

import org.junit.jupiter.api.Test;
import org.samparksetu.routing.text.TextAnalyzer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The gazetteer as the service loads it: LGD's 834 rows for Jalore plus our tehsils, samitis and spellings. */
class JaloreVillagesTest {
    private static final Gazetteer gazetteer = new Gazetteer(new TextAnalyzer());
    private static final List<Map<String, String>> ROWS = Gazetteer.csv(Gazetteer.VILLAGES_CSV);

    @Test
    void everyRowOfTheFileIsLoaded() {
        assertThat(ROWS).hasSize(834);
        Set<String> loaded = gazetteer.entries().stream().map(Gazetteer.Entry::id).collect(Collectors.toSet());
        ROWS.stream().filter(r -> !r.get("type").equals("ulb"))
                .forEach(r -> assertThat(loaded).contains("lgd:" + r.get("lgd_code")));
        assertThat(gazetteer.entries()).filteredOn(e -> e.kind().equals("VILLAGE")).hasSize(830);
        assertThat(gazetteer.entries()).filteredOn(e -> e.kind().equals("CENSUS_TOWN")).extracting(Gazetteer.Entry::nameEn)
                .containsExactly("Ahore");
        // the three municipal bodies take LGD's point; Sayla (a Nagar Palika since 2024) is not in the file
        assertThat(gazetteer.entries()).filteredOn(e -> e.kind().equals("TOWN"))
                .extracting(Gazetteer.Entry::nameEn, Gazetteer.Entry::lat)
                .contains(org.assertj.core.groups.Tuple.tuple("Jalore", 25.339446),
                        org.assertj.core.groups.Tuple.tuple("Bhinmal", 25.013263),
                        org.assertj.core.groups.Tuple.tuple("Sanchore", 24.750375));
        assertThat(gazetteer.entries()).filteredOn(e -> e.kind().equals("GP")).hasSize(305);
    }

    @Test
    void everyTehsilIsPresentUnderTheDistrictsSpelling() {
        Map<String, Long> perTehsil = gazetteer.entries().stream().filter(Gazetteer.Entry::isVillage)
                .collect(Collectors.groupingBy(Gazetteer.Entry::tehsil, Collectors.counting()));
        // LGD's "Jalor" and "Bagora" are read as Jalore and Bagoda; counts as in jalore-villages.SOURCE.md
        assertThat(perTehsil).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Ahore", 84L, "Bhadrajun", 55L, "Bhinmal", 33L, "Jalore", 74L, "Jaswantpura", 74L, "Sayla", 56L,
                "Bagoda", 58L, "Chitalwana", 165L, "Raniwara", 100L, "Sanchore", 132L));
        assertThat(gazetteer.entries()).filteredOn(Gazetteer.Entry::isVillage).extracting(Gazetteer.Entry::block)
                .doesNotContain("Bagora", "Jalor")
                .containsOnly("Ahore", "Bagoda", "Bhinmal", "Chitalwana", "Jalore", "Jaswantpura", "Raniwara",
                        "Sanchore", "Sarnau", "Sayla", null);
    }

    @Test
    void theAmbiguousNamesAreListed() {
        Map<String, List<String>> ambiguous = gazetteer.ambiguousVillageNames();
        assertThat(ambiguous.get("Rampura")).containsExactly("Rampura (Chitalwana, GP Itada)",
                "Rampura (Chitalwana, GP Rampura)", "Rampura (Raniwara, GP Rampura)", "Rampura (Raniwara, GP Silasan)");
        assertThat(ambiguous.get("Kotra")).hasSize(3);
        assertThat(ambiguous.get("Khanpur")).hasSize(3);
        assertThat(ambiguous.get("Paharpura")).hasSize(3);
        assertThat(ambiguous.get("Hariyali")).containsExactly("Hariyali (Ahore, GP Dodiyali)", "Hariyali (Sanchore, GP Hariyali)");
        // different LGD names, one key: told apart only by the Latin spelling the citizen used
        assertThat(ambiguous).containsKey("Danta/Dhanta");
        // our alias for the tehsil HQ shares its name with a village of Jalore tehsil
        assertThat(ambiguous).containsKey("Raniwara/Raniwara Kalan");
        // every name LGD lists twice or more is among them
        Map<String, Long> lgdNames = ROWS.stream().filter(r -> !r.get("type").equals("ulb"))
                .collect(Collectors.groupingBy(r -> r.get("village_en"), Collectors.counting()));
        lgdNames.forEach((name, count) -> {
            if (count > 1) {
                assertThat(ambiguous.keySet()).as(name).anyMatch(k -> List.of(k.split("/")).contains(name));
            }
        });
    }

    @Test
    void aSuspectPointIsNotUsed() {
        // LGD's source puts Ratanara ~40 km from its gram panchayat: worse than no point for a field check
        assertThat(gazetteer.entries()).filteredOn(e -> e.nameEn().equals("Ratanara"))
                .singleElement().satisfies(e -> assertThat(e.lat()).isNull());
        assertThat(gazetteer.entries()).filteredOn(e -> e.isVillage() && e.lat() != null).hasSize(634);
    }

    @Test
    void ourDevanagariSpellingsAreAttachedToLgdsVillages() {
        Gazetteer.Entry modra = gazetteer.entries().stream().filter(e -> e.id().equals("lgd:89336")).findFirst().orElseThrow();
        assertThat(modra.nameEn()).isEqualTo("Modra");
        assertThat(modra.nameHi()).isEqualTo("मोदरान");
        assertThat(modra.spellings()).contains("modran");
    }
}
