package org.samparksetu.routing.classifier;

import org.samparksetu.contract.events.DepartmentSuggestion;

import java.util.List;

/**
 * What the classifier decided and why.
 *
 * @param departmentCode the best department, or null when nothing matched
 * @param confidence     in [0, 1]
 * @param alternatives   the next best departments, best first, at most three
 * @param matchedTerms   the words and phrases that decided it
 */
public record Classification(String departmentCode, double confidence, List<DepartmentSuggestion> alternatives,
                             List<String> matchedTerms) {

    public boolean isConfident(double threshold) {
        return departmentCode != null && confidence >= threshold;
    }
}
