package org.samparksetu.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.ArchitectureRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's layering (see {@link ArchitectureRules}): checked on every build. */
class ArchitectureTest {
    private static final String SERVICE = "notification";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.productionClasses(SERVICE);
    }

    @Test
    void featurePackagesFormNoCycle() {
        ArchitectureRules.featurePackagesFormNoCycle(SERVICE).check(classes);
    }

    @Test
    void noOtherServiceIsImported() {
        ArchitectureRules.noOtherServiceIsImported(SERVICE).check(classes);
    }

    @Test
    void nothingCallsAnAdapter() {
        ArchitectureRules.nothingCallsAnAdapter().check(classes);
    }

    @Test
    void decisionsArePlainJavaWithATableTest() {
        ArchitectureRules.decisionsArePlainJava().check(classes);
        assertThat(ArchitectureRules.decisionClassNames(classes))
                .as("decision classes without a table test named <Decision>Test")
                .filteredOn(name -> !ArchitectureRules.hasTableTest(name))
                .isEmpty();
    }
}
