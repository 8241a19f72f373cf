package org.samparksetu.verification.fieldcheck;

import org.junit.jupiter.api.Test;
import org.samparksetu.contract.events.DisposalOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class RulesTest {
    @Test
    void riskyOutcomesAreAlwaysChecked() {
        for (DisposalOutcome o : new DisposalOutcome[]{DisposalOutcome.REJECTED, DisposalOutcome.FALSE_CASE, DisposalOutcome.NOT_POSSIBLE}) {
            assertThat(FieldCheckRules.onDisposal(o, 0, 0, 0.3, 5, false)).contains(FieldCheckRules.REASON_RISKY_OUTCOME);
        }
        assertThat(FieldCheckRules.onDisposal(DisposalOutcome.RELIEF, 0, 0, 0.3, 5, false)).isEmpty();
    }

    @Test
    void aDepartmentAboveTheThresholdHasEveryDisposalChecked() {
        assertThat(FieldCheckRules.onDisposal(DisposalOutcome.RELIEF, 10, 4, 0.3, 5, false))
                .contains(FieldCheckRules.REASON_DEPARTMENT_WATCH);
        assertThat(FieldCheckRules.onDisposal(DisposalOutcome.RELIEF, 10, 3, 0.3, 5, false)).isEmpty();
        // too few verified checks to judge a department
        assertThat(FieldCheckRules.onDisposal(DisposalOutcome.RELIEF, 4, 4, 0.3, 5, false)).isEmpty();
        assertThat(FieldCheckRules.onDisposal(DisposalOutcome.RELIEF, 0, 0, 0.3, 5, true)).contains(FieldCheckRules.REASON_SAMPLE);
    }

    @Test
    void theSeededSampleIsDeterministicAndNearItsRate() {
        int sampled = 0;
        for (int i = 0; i < 10_000; i++) {
            double d = SeededFieldCheckSampler.draw("seed", "ATR-" + i);
            assertThat(d).isEqualTo(SeededFieldCheckSampler.draw("seed", "ATR-" + i)).isBetween(0.0, 1.0);
            if (d < 0.10) {
                sampled++;
            }
        }
        assertThat(sampled).isBetween(900, 1100);
        assertThat(SeededFieldCheckSampler.draw("other", "ATR-1")).isNotEqualTo(SeededFieldCheckSampler.draw("seed", "ATR-1"));
    }

    @Test
    void haversineMatchesKnownDistances() {
        assertThat(Geo.haversineMetres(25.0, 72.0, 26.0, 72.0)).isBetween(111_000.0, 111_400.0);
        assertThat(Geo.haversineMetres(25.345678, 72.617432, 25.345678, 72.617432)).isZero();
        // about 0.005 degrees of longitude at 25.3 N: ~503 m
        assertThat(Geo.haversineMetres(25.3457, 72.6175, 25.3457, 72.6225)).isBetween(495.0, 510.0);
    }
}
