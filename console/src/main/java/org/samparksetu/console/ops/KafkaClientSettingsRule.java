package org.samparksetu.console.ops;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Kafka client settings the console's lag reader takes from its environment, named as the services' Quarkus
 * Kafka clients take them: {@code KAFKA_SSL_KEYSTORE_LOCATION} is {@code ssl.keystore.location}. On Kubernetes the
 * broker wants TLS client certificates (deploy/k8s), so the same variables that configure a service configure the
 * console; locally there are none and the reader speaks plain text. The bootstrap address stays
 * {@code console.kafka.bootstrap-servers}; a variable cannot change the client's id or its timeouts.
 */
public final class KafkaClientSettingsRule {
    private static final String PREFIX = "KAFKA_";
    private static final Set<String> KEPT = Set.of("bootstrap.servers", "client.id", "request.timeout.ms",
            "default.api.timeout.ms");

    private KafkaClientSettingsRule() {
    }

    public static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> settings = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length() && value != null && !value.isBlank()) {
                String property = name.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.');
                if (!KEPT.contains(property)) {
                    settings.put(property, value);
                }
            }
        });
        return settings;
    }
}
