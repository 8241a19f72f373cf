package org.samparksetu.e2e;

import org.samparksetu.testing.system.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How the bridge reaches the Sampark portal is a setting of the district (`sampark.entry.operator-districts`), and the
 * e2e system is one district: it registers by API. A journey of the operator mode restarts the bridge with Jalore as
 * an operator district and puts it back afterwards; such a journey must be {@code @Isolated} (no other journey may
 * register or report while the bridge is away or in the other mode). What a registration was made in stays with it,
 * so complaints registered before keep their mode.
 *
 * <p>The configuration is the one the bridge first started with (its database, the run's topics, the simulators, the
 * end-to-end timing) plus the mode. Each restart logs to a folder of its own under the run's
 * logs, so the first bridge's log is kept.
 */
final class BridgeEntryMode {
    private static final String BRIDGE = "sampark-bridge";

    private BridgeEntryMode() {
    }

    /** The bridge again, with Jalore's complaints registered and moved by the Sampark Kendra operator. */
    static void operator() {
        restart("operator-mode", Map.of("sampark.entry.operator-districts", "Jalore"));
    }

    /** The bridge again as the system started it: API mode. */
    static void api() {
        restart("api-mode-again", Map.of());
    }

    private static void restart(String logFolder, Map<String, String> extra) {
        ServiceProcess bridge = TheSystem.get().service(BRIDGE);
        Path logs = Path.of(System.getProperty("e2e.logs", "target/e2e-logs")).resolve(logFolder);
        try {
            bridge.restart(logs, extra);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bridge.awaitReady(Duration.ofMinutes(3));
    }
}
