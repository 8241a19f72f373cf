package org.samparksetu.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering every service keeps, as ArchUnit rules each service's {@code ArchitectureTest} checks against its own
 * classes:
 * <ul>
 *   <li>its feature packages form no cycle (a newcomer can read one feature without the whole service);</li>
 *   <li>it never imports another service's code (services meet only on Kafka and the contract);</li>
 *   <li>adapters depend on services, never the other way: nothing calls a REST resource or a Kafka listener;</li>
 *   <li>decisions ({@code *Rule}, {@code *Rules}, {@code *Decision}) are plain Java: no CDI, JPA, transactions,
 *       messaging or metrics, so a table test states them completely; each has its table test.</li>
 * </ul>
 */
public final class ArchitectureRules {
    private static final String[] FRAMEWORK = {"jakarta..", "io.quarkus..", "org.hibernate..", "io.smallrye..",
            "org.eclipse.microprofile..", "io.micrometer..", "io.vertx..", "org.apache.kafka.."};

    private ArchitectureRules() {
    }

    /**
     * The service's production classes (tests excluded). Read from the module's own {@code target/classes} when the
     * test runs in the module (as Maven runs it), which takes a second; scanning the whole class path for the
     * package, the fallback, reads every Quarkus jar and took half a minute per test.
     */
    public static JavaClasses productionClasses(String service) {
        java.nio.file.Path own = java.nio.file.Path.of("target/classes", base(service).replace('.', '/'));
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        if (java.nio.file.Files.isDirectory(own)) {
            return importer.importPath(java.nio.file.Path.of("target/classes"));
        }
        return importer.importPackages(base(service));
    }

    public static String base(String service) {
        return "org.samparksetu." + service;
    }

    public static ArchRule featurePackagesFormNoCycle(String service) {
        return slices().matching(base(service) + ".(*)..").should().beFreeOfCycles()
                .because("each feature package must be readable without the whole service");
    }

    public static ArchRule noOtherServiceIsImported(String service) {
        return noOtherServiceIsImported(service, ServiceTable.ofRepository());
    }

    static ArchRule noOtherServiceIsImported(String service, ServiceTable table) {
        if (table.services().stream().noneMatch(s -> s.basePackage().equals(base(service)))) {
            throw new IllegalArgumentException(base(service) + " is no service's package in " + ServiceTable.FILE);
        }
        String[] others = table.services().stream().map(ServiceTable.Service::basePackage)
                .filter(p -> !p.equals(base(service))).map(p -> p + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(base(service) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services meet only through Kafka events and the event contract");
    }

    private static final DescribedPredicate<JavaClass> ADAPTER_ENTRY = new DescribedPredicate<>("a REST resource or a Kafka listener") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAnnotatedWith("jakarta.ws.rs.Path")
                    || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming"));
        }
    };

    public static ArchRule nothingCallsAnAdapter() {
        return classes().should(new ArchCondition<>("not depend on a REST resource or a Kafka listener") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass())
                        .filter(t -> !t.equals(c) && !t.getName().startsWith(c.getName() + "$")
                                && !c.getName().startsWith(t.getName() + "$") && ADAPTER_ENTRY.test(t))
                        .distinct()
                        .forEach(t -> events.add(SimpleConditionEvent.violated(c,
                                c.getName() + " depends on the adapter " + t.getName())));
            }
        }).because("adapters translate and delegate to application services; they are nobody's dependency");
    }

    public static final DescribedPredicate<JavaClass> DECISION = new DescribedPredicate<>("a decision (*Rule, *Rules, *Decision)") {
        @Override
        public boolean test(JavaClass c) {
            String n = c.getSimpleName();
            // an entity named after what it records (a routing decision) is a row, not a rule
            return c.isTopLevelClass() && !c.isAnnotatedWith("jakarta.persistence.Entity")
                    && (n.endsWith("Rule") || n.endsWith("Rules") || n.endsWith("Decision"));
        }
    };

    public static ArchRule decisionsArePlainJava() {
        return noClasses().that(DECISION).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
                .allowEmptyShould(true)
                .because("a decision is plain Java, so its table test states it completely");
    }

    /** Every decision class of the service, for the check that each has a table test. */
    public static Set<String> decisionClassNames(JavaClasses classes) {
        return classes.stream().filter(DECISION).map(JavaClass::getName).collect(java.util.stream.Collectors.toSet());
    }

    /** True when a test class named {@code <Decision>Test} is on the test class path. */
    public static boolean hasTableTest(String decisionClassName) {
        try {
            Class.forName(decisionClassName + "Test", false, ArchitectureRules.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Time comes from the injected {@code Clock}, so a test can move it and every "now" in a service agrees. */
    public static ArchRule nowComesFromTheClock() {
        return noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("the kit's injected Clock is the one source of now (Instant.now(clock))");
    }

    /**
     * Listeners hand records to the kit's {@code EventConsumer}, which decodes, de-duplicates and retries once for
     * all: nothing uses the inbox itself, and no listener carries its own {@code @Retry} (a client's retry of its
     * own HTTP calls, tuned with its circuit breaker, is the client's business).
     */
    public static ArchRule consumersUseTheKit() {
        return noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.samparksetu.messaging.inbox.Inbox")
                .orShould(new ArchCondition<>("not retry a Kafka listener by itself") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        c.getMethods().stream()
                                .filter(m -> m.isAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
                                        && m.isAnnotatedWith("org.eclipse.microprofile.faulttolerance.Retry"))
                                .forEach(m -> events.add(SimpleConditionEvent.violated(c,
                                        m.getFullName() + " has its own @Retry; EventConsumer retries")));
                    }
                })
                .because("EventConsumer owns decode, inbox and retry for every listener");
    }

    /** A REST resource checks the caller and the input and calls one application service; it owns no transaction. */
    public static ArchRule resourcesOwnNoTransaction() {
        return noClasses().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.narayana.jta.QuarkusTransaction")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.samparksetu.messaging.outbox.Outbox")
                .because("application services own transactions, SQL and the outbox; resources stay thin");
    }
}
