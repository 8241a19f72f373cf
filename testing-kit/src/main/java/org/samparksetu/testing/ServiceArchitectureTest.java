package org.samparksetu.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's layering, checked on every build (see {@link ArchitectureRules}). Each service has one subclass that
 * names it; the checks are written once, here.
 */
public abstract class ServiceArchitectureTest {
    private final String service;
    /** Imported once per service and test run: JUnit makes a new instance for every test method. */
    private static final java.util.Map<String, JavaClasses> IMPORTED = new java.util.concurrent.ConcurrentHashMap<>();
    private JavaClasses classes;

    protected ServiceArchitectureTest(String service) {
        this.service = service;
    }

    @BeforeEach
    public void importClasses() {
        classes = IMPORTED.computeIfAbsent(service, ArchitectureRules::productionClasses);
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
        Set<String> withoutTableTest = ArchitectureRules.decisionClassNames(classes).stream()
                .filter(name -> !ArchitectureRules.hasTableTest(name)).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertTrue(withoutTableTest.isEmpty(), () -> "decision classes without a table test named <Decision>Test: " + withoutTableTest);
    }

    @Test
    public void nowComesFromTheClock() {
        ArchitectureRules.nowComesFromTheClock().check(classes);
    }

    @Test
    public void consumersUseTheKit() {
        ArchitectureRules.consumersUseTheKit().check(classes);
    }

    @Test
    public void resourcesOwnNoTransaction() {
        ArchitectureRules.resourcesOwnNoTransaction().check(classes);
    }
}
