package org.samparksetu.bridge.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The portal adapter's settings, under {@code sampark.portal.*}. A mapping (not loose properties) because
 * the messaging kit maps {@code sampark.*} and refuses keys no mapping claims.
 */
@ConfigMapping(prefix = "sampark.portal")
public interface PortalConfig {
    /** Where the portal API lives; the simulator on 8089 for local runs. */
    String baseUrl();

    /** Sent as {@code X-Api-Key}. */
    String apiKey();

    @WithDefault("2s")
    Duration connectTimeout();

    /** How long one exchange may take; a registration unanswered by then is AMBIGUOUS. */
    @WithDefault("5s")
    Duration requestTimeout();

    /**
     * Registrations a second, in total over every instance of the bridge (a shared limit in its database). They are
     * writes a person would otherwise type in: kept well under what the portal tolerates.
     */
    @WithDefault("10")
    int registerRate();

    /** Look-ups by our reference a second, in total over every instance. */
    @WithDefault("20")
    int lookupRate();

    /** Transfers a second, in total over every instance. */
    @WithDefault("10")
    int transferRate();

    /** The district every grievance is filed under. */
    @WithDefault("Jalore")
    String district();
}
