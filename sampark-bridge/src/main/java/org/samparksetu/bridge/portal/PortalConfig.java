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

    /** The district every grievance is filed under. */
    @WithDefault("Jalore")
    String district();
}
