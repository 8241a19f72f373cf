package org.samparksetu.notification.message;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the citizen is told about rating and reopening a closed complaint, under {@code notification.rating.*}. */
@ConfigMapping(prefix = "notification.rating")
public interface RatingConfig {

    /**
     * Days after closure within which the citizen may still reopen by writing "phir se kholo" (said in the closure
     * message and in a refusal). Verification decides the reopening; keep this equal to its reopen period.
     */
    @WithDefault("30")
    int reopenDays();
}
