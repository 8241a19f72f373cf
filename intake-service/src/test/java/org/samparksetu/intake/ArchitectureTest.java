package org.samparksetu.intake;

import org.junit.jupiter.api.TestInstance;
import org.samparksetu.testing.ServiceArchitectureTest;

/**
 * This service's layering: no package cycles, thin adapters, plain decisions with table tests. One instance for all
 * the checks, so the service's classes are imported once rather than once per check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest extends ServiceArchitectureTest {
    ArchitectureTest() {
        super("intake");
    }
}
