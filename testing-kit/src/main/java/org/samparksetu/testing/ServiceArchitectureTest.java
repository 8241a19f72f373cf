package org.samparksetu.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's layering, checked on every build (see {@link ArchitectureRules}). Each service has one subclass that
 * names it; the checks are written once, here.
 */
public abstract class ServiceArchitectureTest {
    private final String service;
    private JavaClasses classes;

    protected ServiceArchitectureTest(String service) {
        this.service = service;
    }

    @BeforeEach
    public void importClasses() {
        if (classes == null) {
            classes = ArchitectureRules.productionClasses(service);
        }
    }

    @Test
    public void featurePackagesFormNoCycle() {
        ArchitectureRules.featurePackagesFormNoCycle(service).check(classes);
    }

    @Test
    public void noOtherServiceIsImported() {
        ArchitectureRules.noOtherServiceIsImported(service).check(classes);
    }

    @Test
    public void nothingCallsAnAdapter() {
        ArchitectureRules.nothingCallsAnAdapter().check(classes);
    }

    @Test
    public void decisionsArePlainJavaWithATableTest() {
        ArchitectureRules.decisionsArePlainJava().check(classes);
        assertThat(ArchitectureRules.decisionClassNames(classes))
                .as("decision classes without a table test named <Decision>Test")
                .filteredOn(name -> !ArchitectureRules.hasTableTest(name))
                .isEmpty();
    }
}
