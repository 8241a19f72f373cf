package org.samparksetu.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/**
 * What a department's disposal and a transfer do, as far as a district tunes it; see application.properties. Kept apart
 * from {@link VerificationConfig} so that each group of rules reads on its own.
 */
@ConfigMapping(prefix = "sampark.verification.outcomes")
public interface OutcomesConfig {
    /**
     * How long a citizen told of a Rejected / Not Possible / Filed disposal has to accept or appeal; silence after it
     * closes the complaint as disposed, unless the random sample sends a field verifier.
     */
    @WithDefault("P7D")
    Duration appealPeriod();

    /** The furthest an interim relief's date may move the department's clock from the day it is reported. */
    @WithDefault("P90D")
    Duration interimMaxExtension();

    /** The district's time zone: an interim relief's date ends at midnight here. */
    @WithDefault("Asia/Kolkata")
    ZoneId districtZone();

    /**
     * How many transfers give the new department a fresh clock (its own first-level limit, from L1); from the next
     * one on the clock keeps running, so moving a complaint between departments never buys time without end.
     */
    @WithDefault("2")
    int freshClockTransfers();
}
