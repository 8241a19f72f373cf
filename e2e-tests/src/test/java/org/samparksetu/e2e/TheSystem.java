package org.samparksetu.e2e;

import org.samparksetu.testing.system.SystemUnderTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The one system all end-to-end journeys of a run talk to: the five services, the simulators, fresh databases and
 * topics, started at the first test that needs it (about a minute) and stopped when the test JVM exits. Tests do
 * not see each other because each speaks as citizens of its own ({@link Citizen#next}).
 */
final class TheSystem {
    private static SystemUnderTest system;
    /**
     * Where the run's Keycloak listens: the services are told at start whose tokens to take, and resolve its keys only
     * at the first token, so Keycloak itself starts only when a console test first needs it ({@link TheConsole}).
     */
    static final int KEYCLOAK_PORT = org.samparksetu.testing.system.Ports.free();
    static final int KEYCLOAK_MANAGEMENT_PORT = org.samparksetu.testing.system.Ports.free();
    private static RuntimeException failedToStart;
    /** The Ed25519 test key of intake's and verification's %test profile (base64 PKCS#8); never a district's. */
    static final String EVIDENCE_TEST_KEY = "MC4CAQAwBQYDK2VwBCIEIItAmYWQxP5Z2T9//3ReiOHalT7leUKV4tHnR9/tHHUu";

    private TheSystem() {
    }

    static synchronized SystemUnderTest get() {
        if (failedToStart != null) {
            throw failedToStart; // once is enough: every later class would wait the full start-up again
        }
        if (system == null) {
            try {
                Map<String, String> config = new HashMap<>(SystemUnderTest.endToEndConfig());
                config.put("quarkus.oidc.auth-server-url", "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/sampark");
                // intake and verification sign evidence exports (the console's /evidence): the services' test key
                config.put("sampark.evidence.signing-key", EVIDENCE_TEST_KEY);
                system = SystemUnderTest.start("e2e", config, true);
            } catch (IOException e) {
                failedToStart = new UncheckedIOException("the system did not start", e);
                throw failedToStart;
            } catch (RuntimeException e) {
                failedToStart = e;
                throw e;
            }
            SystemUnderTest started = system;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "e2e-system-stop"));
        }
        return system;
    }

    static String simulatorUrl() {
        return get().simulatorUrl();
    }

    static String baseUrl(String service) {
        return get().baseUrl(service);
    }
}
