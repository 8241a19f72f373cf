package org.samparksetu.bridge;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.samparksetu.simulators.SimulatorSettings;
import org.samparksetu.simulators.Simulators;

import java.util.Map;

/**
 * Starts the Sampark portal simulator in-process on a free port and points the bridge at it, so the
 * real HTTP adapter is what the tests exercise.
 */
public class SamparkSimulator implements QuarkusTestResourceLifecycleManager {
    private static volatile Simulators simulators;

    @Override
    public Map<String, String> start() {
        simulators = Simulators.start(SimulatorSettings.defaults().withPort(0));
        return Map.of("sampark.portal.base-url", simulators.baseUrl(),
                "sampark.portal.api-key", "sim-sampark-key");
    }

    @Override
    public void stop() {
        if (simulators != null) {
            simulators.stop();
        }
    }

    public static Simulators simulators() {
        return simulators;
    }
}
