package org.samparksetu.verification.fieldcheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given the district's directory, a complaint's tehsil and who is busy, who goes to look. */
class VerifierChoiceRuleTest {
    static final List<FieldVerifier> DIRECTORY = FieldVerifierDirectory.parse(List.of(
            "# test directory",
            "id,name,tehsils,whatsapp",
            "v-sayla,Sayla verifier,Sayla;Jalore,919000000001",
            "v-sayla-2,Second Sayla verifier,Sayla,919000000002",
            "v-bhinmal,Bhinmal verifier,Bhinmal; Jaswantpura ,919000000003",
            "v-district,District verifier,*,919000000004"));

    @ParameterizedTest(name = "tehsil {0}, open checks {1}, excluded {2}: {3} goes (district-wide {4}, note {5})")
    @CsvSource(nullValues = "-", value = {
            // Sayla has two verifiers: the one with fewer checks to visit goes, the first in the directory on a tie
            "Sayla,       -,                        -,         v-sayla,    false, -",
            "Sayla,       v-sayla=3;v-sayla-2=1,    -,         v-sayla-2,  false, -",
            // routing's spelling in another case or spacing still matches
            "'jaswantpura ', -,                     -,         v-bhinmal,  false, -",
            // nobody covers Chitalwana: the district-wide verifier goes, and the check says why
            "Chitalwana,  -,                        -,         v-district, true,  DISTRICT_WIDE: no field verifier covers tehsil Chitalwana",
            // routing found no tehsil
            "-,           -,                        -,         v-district, true,  DISTRICT_WIDE: the complaint's tehsil is not known",
            // reassigned away from Bhinmal's only verifier: the district-wide one goes
            "Bhinmal,     -,                        v-bhinmal, v-district, true,  DISTRICT_WIDE: no other field verifier covers tehsil Bhinmal",
            // reassigned away from one Sayla verifier: the other goes, however busy
            "Sayla,       v-sayla-2=9,              v-sayla,   v-sayla-2,  false, -",
    })
    void choose(String tehsil, String open, String excluded, String verifier, boolean districtWide, String note) {
        var choice = VerifierChoiceRule.choose(DIRECTORY, tehsil, counts(open), excluded == null ? Set.of() : Set.of(excluded));
        assertThat(choice).contains(new VerifierChoiceRule.Choice(verifier, districtWide, note));
    }

    @Test
    void whenEveryoneWhoCouldGoIsExcludedThereIsNoChoice() {
        assertThat(VerifierChoiceRule.choose(DIRECTORY, "Chitalwana", Map.of(), Set.of("v-district"))).isEmpty();
    }

    @Test
    void theDirectoryMustNameADistrictWideVerifierAndBeWellFormed() {
        assertThat(DIRECTORY).extracting(FieldVerifier::id).containsExactly("v-sayla", "v-sayla-2", "v-bhinmal", "v-district");
        assertThat(DIRECTORY.get(2).tehsils()).containsExactlyInAnyOrder("bhinmal", "jaswantpura");
        assertThatThrownBy(() -> FieldVerifierDirectory.parse(List.of("id,name,tehsils,whatsapp",
                "v-sayla,Sayla verifier,Sayla,919000000001"))).hasMessageContaining("district-wide");
        assertThatThrownBy(() -> FieldVerifierDirectory.parse(List.of("id,name,tehsils,whatsapp",
                "v-district,District,*,12345"))).hasMessageContaining("WhatsApp number");
        assertThatThrownBy(() -> FieldVerifierDirectory.parse(List.of("id,name,tehsils,whatsapp",
                "v-district,District,*,919000000004", "v-district,Again,*,919000000005"))).hasMessageContaining("repeated id");
        assertThatThrownBy(() -> FieldVerifierDirectory.parse(List.of("id,name,tehsils,whatsapp",
                "v-x,No tehsils,,919000000004", "v-district,District,*,919000000005"))).hasMessageContaining("tehsils");
    }

    private static Map<String, Long> counts(String open) {
        if (open == null) {
            return Map.of();
        }
        return Arrays.stream(open.split(";")).map(kv -> kv.split("="))
                .collect(Collectors.toMap(kv -> kv[0], kv -> Long.parseLong(kv[1])));
    }
}
