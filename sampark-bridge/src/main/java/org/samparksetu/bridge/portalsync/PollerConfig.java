package org.samparksetu.bridge.portalsync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** API mode polling of the portal for officers' actions and disposals, under {@code sampark.poller.*}. */
@ConfigMapping(prefix = "sampark.poller")
public interface PollerConfig {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("30s")
    Duration interval();

    /**
     * Each poll asks from this long before the last change seen, so a change committed at the portal with an
     * earlier timestamp than one already read is not missed; what comes twice is de-duplicated.
     */
    @WithDefault("2m")
    Duration overlap();

    /** Where a first poll starts (the bridge's first start). */
    @WithDefault("P1D")
    Duration initialLookBack();
}
