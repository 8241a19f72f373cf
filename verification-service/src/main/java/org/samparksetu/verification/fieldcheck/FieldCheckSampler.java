package org.samparksetu.verification.fieldcheck;

import org.samparksetu.verification.verification.Verification;

/** Decides which ordinary disposals are field-checked at random. Replaceable (tests make it predictable). */
public interface FieldCheckSampler {
    /** @param check the new check of the report, with verification's own id already given */
    boolean sample(Verification check);
}
