package org.samparksetu.intake.othermessage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How often a citizen may be told that we cannot take a sticker, reaction, contact card or the like. */
@ConfigMapping(prefix = "intake.notice")
public interface OtherMessageConfig {

    /** At most one UNSUPPORTED_MESSAGE notice per number within this long: a burst of stickers gets one answer. */
    @WithDefault("10m")
    Duration unsupportedPeriod();
}
