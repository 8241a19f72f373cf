package org.samparksetu.notification.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one source of "now" for every timestamp the service writes (timeline, messages, customer-service windows,
 * retries) and every time-dependent choice it makes. Tests may replace it with a clock they can move.
 */
public class ClockProducer {
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
