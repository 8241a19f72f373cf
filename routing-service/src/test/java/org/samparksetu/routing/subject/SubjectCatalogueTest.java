package org.samparksetu.routing.subject;

import org.junit.jupiter.api.Test;
import org.samparksetu.contract.Departments;
import org.samparksetu.routing.classifier.ComplaintClassifier;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectCatalogueTest {
    private final SubjectCatalogue subjects = new SubjectCatalogue();

    @Test
    void theSubjectComesFromTheWordsThatDecidedTheDepartment() {
        assertThat(subjects.subjectFor("PHED", List.of("हैंडपंप", "पानी"))).isEqualTo("handpump");
        assertThat(subjects.subjectFor("PHED", List.of("गंदा पानी"))).isEqualTo("water-quality");
        assertThat(subjects.subjectFor("PHED", List.of("paani nahi aa raha"))).isEqualTo("drinking-water-supply");
        assertThat(subjects.subjectFor("JDVVNL", List.of("Transformer"))).isEqualTo("transformer");
        assertThat(subjects.subjectFor("JDVVNL", List.of("bijli bill", "meter"))).isEqualTo("billing");
        assertThat(subjects.subjectFor("LSG", List.of("नाली", "place: वार्ड"))).isEqualTo("drainage");
        assertThat(subjects.subjectFor("PANCHAYATI_RAJ", List.of("नाली"))).isEqualTo("drainage");
    }

    @Test
    void noSubjectWhenTheWordsDoNotTellOrBelongToAnotherDepartment() {
        assertThat(subjects.subjectFor("PHED", List.of("पानी"))).isNull();
        assertThat(subjects.subjectFor("PHED", List.of("transformer"))).isNull();
        assertThat(subjects.subjectFor("PHED", List.of())).isNull();
        assertThat(subjects.subjectFor(null, List.of("हैंडपंप"))).isNull();
        assertThat(subjects.subjectFor("MINES", List.of("हैंडपंप"))).isNull();
    }

    @Test
    void theClassifiersOwnMatchedTermsFindTheSubject() {
        var c = new ComplaintClassifier().classify("गांव में ट्रांसफार्मर जल गया, तीन दिन से बिजली नहीं");
        assertThat(c.departmentCode()).isEqualTo("JDVVNL");
        assertThat(subjects.subjectFor(c.departmentCode(), c.matchedTerms())).isEqualTo("transformer");
    }

    @Test
    void everyDepartmentInTheTableIsARealOne() {
        Departments.all().forEach(d -> subjects.codesOf(d.code()).forEach(code -> assertThat(code).matches("[a-z0-9-]+")));
        for (String code : List.of("PHED", "JDVVNL", "PWD", "HEALTH", "EDUCATION", "REVENUE", "POLICE", "FOOD", "LSG", "PANCHAYATI_RAJ")) {
            assertThat(Departments.isKnown(code)).as(code).isTrue();
            assertThat(subjects.codesOf(code)).as(code).isNotEmpty();
        }
    }
}
