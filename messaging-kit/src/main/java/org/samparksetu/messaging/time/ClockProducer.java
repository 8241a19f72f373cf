package org.samparksetu.messaging.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one source of "now" in every service: each timestamp a service writes and each time-dependent choice it makes
 * reads this clock ({@code Instant.now(clock)}), so a test can put a clock it moves in its place.
 */
public class ClockProducer {
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
