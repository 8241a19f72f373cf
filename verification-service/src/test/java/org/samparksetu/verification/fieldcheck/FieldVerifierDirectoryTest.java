package org.samparksetu.verification.fieldcheck;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given the district's directory file, when verification starts, then it knows who covers which tehsil or refuses. */
class FieldVerifierDirectoryTest {

    @Test
    void theDistrictsFileWithCommentsAndAQuotedName() {
        List<FieldVerifier> all = FieldVerifierDirectory.parse(List.of(
                "# the grievance cell's list",
                "id,name,tehsils,whatsapp",
                "",
                "verifier-sayla,\"Meena, Patwari Sayla\",Sayla;Jalore,919000000001",
                "verifier-district,District verifier,*,919000000003"));
        assertThat(all).extracting(FieldVerifier::id).containsExactly("verifier-sayla", "verifier-district");
        assertThat(all.get(0).name()).isEqualTo("Meena, Patwari Sayla");
        assertThat(all.get(0).districtWide()).isFalse();
        assertThat(all.get(1).districtWide()).isTrue();
    }

    @Test
    void aBadRowStopsStartUpNamingItsLine() {
        assertThatThrownBy(() -> FieldVerifierDirectory.parse(List.of(
                "# comment",
                "id,name,tehsils,whatsapp",
                "verifier-district,District verifier,*,919000000003",
                "verifier-sayla,Sayla,Sayla,12345")))
                .hasMessageContaining("line 4").hasMessageContaining("10 to 15 digits");
        assertThatThrownBy(() -> FieldVerifierDirectory.parse(List.of(
                "id,name,tehsils,whatsapp",
                "verifier-sayla,Sayla,Sayla;Jalore,919000000001")))
                .hasMessageContaining("district-wide");
        assertThatThrownBy(() -> FieldVerifierDirectory.parse(List.of("id,name,whatsapp")))
                .hasMessageContaining("first line");
    }
}
