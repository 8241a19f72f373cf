package org.samparksetu.notification.officer;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The officers' messages as configured, built once at start: a template missing for a kind, or a bundle text that
 * does not use its template's parameters, stops the service rather than an officer's notice later.
 */
public class OfficerNoticeMessagesProducer {
    @Produces
    @Singleton
    @Startup
    OfficerNoticeMessages messages(OfficerConfig config) {
        Map<String, OfficerNoticeMessages.Spec> specs = new LinkedHashMap<>();
        config.templates().forEach((kind, t) -> specs.put(kind, new OfficerNoticeMessages.Spec(t.name(), t.parameters())));
        return new OfficerNoticeMessages(specs, ZoneId.of(config.zone()));
    }
}
