package org.samparksetu.bridge.operator;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Jalore in operator mode: complaints wait for a Sampark Kendra operator instead of going to the portal API. */
public class OperatorMode implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sampark.entry.operator-districts", "Jalore");
    }
}
