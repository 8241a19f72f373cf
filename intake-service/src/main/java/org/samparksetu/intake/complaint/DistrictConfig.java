package org.samparksetu.intake.complaint;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/**
 * Intake's own {@code sampark.*} settings (the messaging kit maps the rest of that prefix). A mapping rather
 * than loose properties, because the kit's mapping rejects {@code sampark.*} keys that no mapping declares.
 */
@ConfigMapping(prefix = "sampark")
public interface DistrictConfig {

    /** The district code that starts every complaint ID: {@code JAL}-2026-000001. */
    @WithDefault("JAL")
    String districtCode();

    /** The zone whose calendar year goes into a complaint ID. */
    @WithDefault("Asia/Kolkata")
    ZoneId zone();
}
