package org.samparksetu.verification.fieldcheck;

/** Decides which ordinary disposals are field-checked at random. Replaceable (tests make it predictable). */
public interface FieldCheckSampler {
    boolean sample(String complaintId, String reportId);
}
