package org.samparksetu.routing.classifier;

import org.samparksetu.contract.events.DepartmentSuggestion;
import org.samparksetu.routing.place.Place;

import java.util.List;

/**
 * What the classifier decided and why.
 *
 * @param departmentCode the best department, or null when no word of the complaint is known
 * @param confidence     in [0, 1]
 * @param alternatives   the next best departments, best first, at most three
 * @param matchedTerms   the words and phrases that decided it
 * @param place          where the complaint is (it decides municipality vs gram panchayat)
 */
public record Classification(String departmentCode, double confidence, List<DepartmentSuggestion> alternatives,
                             List<String> matchedTerms, Place place) {

    public boolean isConfident(double threshold) {
        return departmentCode != null && confidence >= threshold;
    }
}
