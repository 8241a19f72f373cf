package org.samparksetu.bridge.registration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The registrar's settings, under {@code sampark.registrar.*}. */
@ConfigMapping(prefix = "sampark.registrar")
public interface RegistrarConfig {
    /** Off: PENDING rows wait (e.g. while operator mode is used instead). */
    @WithDefault("true")
    boolean enabled();

    /** Sweep for due rows at least this often; a routed complaint also wakes it at once. */
    @WithDefault("5s")
    Duration sweepInterval();

    @WithDefault("20")
    int batchSize();

    /** Back-off after a failed attempt: base * 2^(attempts-1), capped at max. */
    @WithDefault("2s")
    Duration backoffBase();

    @WithDefault("5m")
    Duration backoffMax();

    /** After an unanswered registration, wait this long before looking the reference up. */
    @WithDefault("5s")
    Duration ambiguousSettle();

    /** A claimed row is left alone by other sweeps for this long; a crash mid-call frees it after that. */
    @WithDefault("2m")
    Duration lease();
}
