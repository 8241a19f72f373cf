package org.samparksetu.messaging.secrets;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stops a service in production that has no value for one of its secrets ({@code sampark.required-secrets}). The
 * database passwords fall back to empty so that dev mode and tests run on trust authentication; in production that
 * fallback must not carry a service into running, so it refuses at start and names what is missing. Secrets the
 * service's own configuration mappings require (the WhatsApp and portal keys) already stop it earlier.
 */
@ApplicationScoped
public class RequiredSecrets {
    /** Where a district gives each one (deploy/up and Kubernetes set these). */
    private static final Map<String, String> VARIABLES = Map.of(
            "quarkus.datasource.password", "SAMPARK_DB_PASSWORD",
            "quarkus.flyway.password", "SAMPARK_DB_OWNER_PASSWORD");

    void check(@Observes @Priority(1) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> required = config.getOptionalValues("sampark.required-secrets", String.class).orElse(List.of());
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        for (String name : required) {
            values.put(name, config.getOptionalValue(name, String.class));
        }
        List<String> missing = MissingSecretsRule.missing(required, values);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(MissingSecretsRule.refusal(missing, VARIABLES));
        }
    }
}
