package org.samparksetu.console;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.ArchitectureRules;
import org.samparksetu.testing.ServiceTable;

import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console keeps the services' layering (it is no service of deploy/services.txt: no database, no events, so the
 * rules are applied one by one): feature packages without cycles, nothing calls a resource, decisions plain Java with
 * a table test, now from the clock, and no service's code: it reaches them over HTTP and the broker only.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.productionClasses("console");
    }

    @Test
    void featurePackagesFormNoCycle() {
        ArchitectureRules.featurePackagesFormNoCycle("console").check(classes);
    }

    @Test
    void nothingCallsAnAdapter() {
        ArchitectureRules.nothingCallsAnAdapter().check(classes);
    }

    @Test
    void decisionsArePlainJavaWithATableTest() {
        ArchitectureRules.decisionsArePlainJava().check(classes);
        Set<String> decisions = ArchitectureRules.decisionClassNames(classes);
        assertThat(decisions).as("the console's rules").hasSizeGreaterThanOrEqualTo(5);
        assertThat(decisions.stream().filter(d -> !ArchitectureRules.hasTableTest(d)).collect(Collectors.toSet()))
                .as("decisions without a <Decision>Test").isEmpty();
    }

    @Test
    void nowComesFromTheClock() {
        ArchitectureRules.nowComesFromTheClock().check(classes);
    }

    @Test
    void noServiceCodeIsImported() {
        String[] services = ServiceTable.ofRepository().services().stream()
                .map(s -> s.basePackage() + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("org.samparksetu.console..")
                .should().dependOnClassesThat().resideInAnyPackage(services)
                .orShould().dependOnClassesThat().resideInAPackage("org.samparksetu.messaging..")
                .because("the console reads the services over HTTP and the broker, as ops would")
                .check(classes);
    }
}
