package org.samparksetu.notification.quality;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How often the number's quality rating is read from the Graph API, under {@code notification.quality.*}. */
@ConfigMapping(prefix = "notification.quality")
public interface QualityConfig {

    /**
     * Between two reads. Meta changes the rating over days, and every instance reads it, against the account's
     * limit of Graph calls per hour: five minutes is 12 calls an hour per instance.
     */
    @WithDefault("5m")
    Duration pollInterval();
}
