package org.samparksetu.verification.fieldcheck;

import jakarta.inject.Singleton;

/** In tests the random sample is whatever the report id says: reports named "...SAMPLED..." are sampled. */
@Singleton
public class ScriptedSampler implements FieldCheckSampler {
    @Override
    public boolean sample(String complaintId, String reportId) {
        return reportId.contains("SAMPLED");
    }
}
