package org.samparksetu.notification.citizen;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** WhatsApp's customer-service window, under {@code notification.window.*}. */
@ConfigMapping(prefix = "notification.window")
public interface WindowConfig {

    /** Free-form messages are allowed this long after the citizen's last message (Meta: 24 hours). */
    @WithDefault("24h")
    Duration length();

    /** Treated as closed this much earlier, so that a message claimed just before the end is not refused. */
    @WithDefault("10m")
    Duration safetyMargin();
}
