package org.samparksetu.bridge.security;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.identity.TestKeycloak;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Keycloak of the test's own with the district's realm (testing-kit's TestKeycloak), and the service pointed at it.
 * The demo passwords are made afresh at each start, so they reach the test as configuration
 * ({@value #PASSWORD_PREFIX}<user>): the test's class and this resource need not share a class loader.
 */
public class DistrictKeycloak implements QuarkusTestResourceLifecycleManager {
    static final String PASSWORD_PREFIX = "test.keycloak.password.";
    static final List<String> USERS = List.of("phed-l1-sayla", "jdvvnl-l1");

    private TestKeycloak keycloak;

    @Override
    public Map<String, String> start() {
        Path root = Infrastructure.repositoryRoot();
        try {
            keycloak = new TestKeycloak(root, root.resolve("sampark-bridge/target/keycloak-bearer-test").toAbsolutePath(),
                    freePort(), freePort()).start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test's Keycloak", e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", keycloak.base() + "/realms/sampark");
        for (String user : USERS) {
            config.put(PASSWORD_PREFIX + user, keycloak.password(user));
        }
        return config;
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            try {
                keycloak.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop the test's Keycloak", e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
