package org.samparksetu.intake;

import org.samparksetu.testing.ServiceArchitectureTest;

/** This service's layering: no package cycles, thin adapters, plain decisions with table tests. */
class ArchitectureTest extends ServiceArchitectureTest {
    ArchitectureTest() {
        super("intake");
    }
}
