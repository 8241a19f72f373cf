package org.samparksetu.verification.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one source of "now" for every deadline and timestamp the service writes. Tests replace it with a
 * clock they can move; deadlines themselves live in the database, so they survive restarts.
 */
public class ClockProducer {
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
