package org.samparksetu.contract.events;

/** A department the classifier considered, with its confidence in [0, 1]. */
public record DepartmentSuggestion(String departmentCode, double confidence) {
}
