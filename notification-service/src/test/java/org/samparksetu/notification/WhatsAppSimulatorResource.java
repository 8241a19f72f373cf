package org.samparksetu.notification;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.samparksetu.simulators.SimulatorSettings;
import org.samparksetu.simulators.Simulators;

import java.util.Map;

/**
 * The WhatsApp Cloud API simulator, in-process on a free port: the service's Graph adapter talks to it
 * over real HTTP, and tests look at what the citizen received through its HTTP API.
 */
public class WhatsAppSimulatorResource implements QuarkusTestResourceLifecycleManager {
    private static volatile String baseUrl;
    private Simulators simulators;

    @Override
    public Map<String, String> start() {
        simulators = Simulators.start(SimulatorSettings.defaults().withPort(0));
        baseUrl = simulators.baseUrl();
        return Map.of("whatsapp.graph-base-url", baseUrl);
    }

    @Override
    public void stop() {
        if (simulators != null) {
            simulators.stop();
        }
    }

    public static String baseUrl() {
        return baseUrl;
    }
}
