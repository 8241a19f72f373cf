package org.samparksetu.routing.subject;

import jakarta.enterprise.context.ApplicationScoped;
import org.samparksetu.routing.data.TsvResource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The subject of a complaint within its department ({@code subjects.tsv}), from the words that decided its
 * department: the portal's subject field, and per-subject time limits in verification. A small curated table
 * rather than a second classifier, so that every subject can be explained by the words that chose it; null when
 * none of the words points to one (the operator or the portal officer then chooses). Immutable, thread-safe.
 */
@ApplicationScoped
public class SubjectCatalogue {
    /** One row: the departments it applies to, its code, and the lexicon phrases that point to it. */
    record Subject(Set<String> departments, String code, Set<String> terms) {
    }

    private final List<Subject> subjects;

    public SubjectCatalogue() {
        this.subjects = load();
    }

    /**
     * The subject with most of {@code matchedTerms} among its phrases, the earlier row on a tie; null when none
     * matches or the department has no subjects listed.
     */
    public String subjectFor(String departmentCode, Collection<String> matchedTerms) {
        if (departmentCode == null || matchedTerms == null || matchedTerms.isEmpty()) {
            return null;
        }
        List<String> terms = matchedTerms.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
        String best = null;
        long bestHits = 0;
        for (Subject s : subjects) {
            if (!s.departments().contains(departmentCode)) {
                continue;
            }
            long hits = terms.stream().filter(s.terms()::contains).count();
            if (hits > bestHits) {
                best = s.code();
                bestHits = hits;
            }
        }
        return best;
    }

    /** Every subject code listed for a department, in table order (for the directory and tests). */
    public List<String> codesOf(String departmentCode) {
        return subjects.stream().filter(s -> s.departments().contains(departmentCode)).map(Subject::code).toList();
    }

    private static List<Subject> load() {
        List<Subject> list = new ArrayList<>();
        for (String[] f : TsvResource.rows("/subjects.tsv", 3, "department(s), a lower-case code, phrases")) {
            if (f.length != 3 || !f[1].matches("[a-z0-9-]+")) {
                throw new IllegalStateException("subjects.tsv: expected department(s), a lower-case code, phrases: "
                        + String.join("\t", f));
            }
            list.add(new Subject(Set.of(f[0].split(",")), f[1],
                    Set.copyOf(List.of(f[2].split(",")).stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList())));
        }
        return List.copyOf(list);
    }
}
