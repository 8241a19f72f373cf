package org.samparksetu.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** What a service's error answers say about itself, under {@code sampark.web.*}. */
@ConfigMapping(prefix = "sampark.web")
public interface WebConfig {

    /** Said with a 401 when no credentials came: which account the caller needs. */
    @WithDefault("authentication required: use HTTP Basic with your account")
    String signInHint();

    /** Said with a 403. */
    @WithDefault("your account may not do this")
    String forbiddenHint();

    /** Added to a 404 for an unknown address: where this service's API lives. */
    Optional<String> addressHint();
}
