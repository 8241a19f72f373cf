package org.samparksetu.verification.fieldcheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.verification.verification.Verification;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The random field-check sample: the same check always draws the same, the department cannot steer it, about 10%. */
class RandomSampleRuleTest {
    static final String SECRET = "jalore-grievance-cell-2026-secret";

    @ParameterizedTest(name = "check {0}: drawn the same however often, and not by another secret")
    @CsvSource({
            "3f2b8c1e-5a4d-4c6e-9f0a-1b2c3d4e5f60",
            "00000000-0000-0000-0000-000000000001",
            "a1b2c3d4-e5f6-4711-8899-aabbccddeeff",
    })
    void sameInputsSameDraw(UUID id) {
        double d = RandomSampleRule.draw(SECRET, id);
        assertThat(d).isBetween(0.0, 1.0).isEqualTo(RandomSampleRule.draw(SECRET, id));
        assertThat(RandomSampleRule.draw("another-district-secret-value", id)).isNotEqualTo(d);
    }

    @ParameterizedTest(name = "report {0} or {1} on the same check: the same draw")
    @CsvSource({
            // the department re-numbers or re-words its report to dodge the sample: the draw does not move
            "ATR-2026-000123, ATR-2026-000124",
            "JEN-PHED-SAYLA-1, handpump-repaired-final",
    })
    void theReportIdPlaysNoPart(String reportId, String otherReportId) {
        HmacFieldCheckSampler sampler = HmacFieldCheckSampler.of(SECRET, 0.10);
        int sampled = 0;
        for (long i = 0; i < 2_000; i++) {
            UUID id = UUID.nameUUIDFromBytes(ByteBuffer.allocate(8).putLong(i).array());
            boolean drawn = sampler.sample(check(id, reportId));
            assertThat(sampler.sample(check(id, otherReportId))).isEqualTo(drawn);
            sampled += drawn ? 1 : 0;
        }
        // and the sample is not empty, so the equality above says something
        assertThat(sampled).isBetween(150, 250);
    }

    @Test
    void aboutOneInTenOfManyChecksIsSampled() {
        int sampled = 0;
        for (long i = 0; i < 20_000; i++) {
            // check ids as the service makes them: random UUIDs (here reproducible)
            UUID id = UUID.nameUUIDFromBytes(ByteBuffer.allocate(8).putLong(i).array());
            if (RandomSampleRule.sampled(SECRET, id, 0.10)) {
                sampled++;
            }
        }
        assertThat(sampled).isBetween(1_850, 2_150);
    }

    @ParameterizedTest(name = "production {0}, secret ''{1}'': refused {2}")
    @CsvSource(nullValues = "-", value = {
            // dev mode and tests run with the committed default
            "false, dev-only-sample-secret-not-for-production, false",
            // production with the district's own secret
            "true,  jalore-grievance-cell-2026-secret,         false",
            // production refuses to start: no secret, the committed default, or one short enough to guess
            "true,  -,                                         true",
            "true,  '   ',                                     true",
            "true,  dev-only-sample-secret-not-for-production, true",
            "true,  jalore2026,                                true",
            // even outside production a sample cannot be drawn without any secret
            "false, -,                                         true",
    })
    void theSecret(boolean production, String secret, boolean refused) {
        assertThat(RandomSampleRule.secretProblem(production, Optional.ofNullable(secret)).isPresent()).isEqualTo(refused);
    }

    private static Verification check(UUID id, String reportId) {
        Verification v = new Verification();
        v.id = id;
        v.reportId = reportId;
        return v;
    }
}
