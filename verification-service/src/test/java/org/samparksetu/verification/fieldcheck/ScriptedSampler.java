package org.samparksetu.verification.fieldcheck;

import jakarta.inject.Singleton;
import org.samparksetu.verification.verification.Verification;

/** In tests the random sample is whatever the report id says: reports named "...SAMPLED..." are sampled. */
@Singleton
public class ScriptedSampler implements FieldCheckSampler {
    @Override
    public boolean sample(Verification check) {
        return check.reportId.contains("SAMPLED");
    }
}
