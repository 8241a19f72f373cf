package org.samparksetu.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Meta's throughput limits, under {@code notification.throughput.*}. */
@ConfigMapping(prefix = "notification.throughput")
public interface ThroughputConfig {

    /** Messages per second for the business number (Meta: 80 by default, up to 1,000 after an upgrade). */
    @WithDefault("80")
    int businessRate();

    /** One message to the same citizen per this interval (Meta: 1 every 6 s) ... */
    @WithDefault("6s")
    Duration recipientInterval();

    /** ... with bursts of up to this many (Meta allows bursts, borrowed from the future quota). */
    @WithDefault("6")
    int recipientBurst();
}
