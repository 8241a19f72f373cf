package org.samparksetu.bridge.registration;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * How complaints reach the portal, per district, under {@code sampark.entry.*}. Rajasthan Sampark publishes
 * no API, so a district without one is in operator mode: its complaints wait in the operator queue (the web
 * page /kendra of the console) instead of being sent by the registrar.
 */
@ConfigMapping(prefix = "sampark.entry")
public interface EntryConfig {
    /** Districts whose complaints a Sampark Kendra operator enters by hand; every other district uses the API. */
    Optional<List<String>> operatorDistricts();

    default boolean operatorMode(String district) {
        return operatorDistricts().orElse(List.of()).stream().anyMatch(d -> d.equalsIgnoreCase(district));
    }
}
