package org.samparksetu.console.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where the ops page reads the pipeline from, under {@code console.*}. */
@ConfigMapping(prefix = "console")
public interface OpsConfig {

    /**
     * Each service's base URLs, one entry per instance: {@code console.services.intake-service=http://a:8081,http://b:8081}.
     * The service's name is also its dead-letter topic's ({@code dead-letter.<name>}).
     */
    Map<String, List<String>> services();

    Kafka kafka();

    /** Answers are shared for this long, so that many open ops pages do not multiply the calls to the services. */
    @WithDefault("2s")
    Duration refresh();

    /** How long one call to a service or to the broker may take before that part is shown as not answering. */
    @WithDefault("3s")
    Duration timeout();

    /** The dead letters listed per service (the newest); the count covers all of them. */
    @WithDefault("20")
    int deadLettersShown();

    interface Kafka {
        @WithDefault("127.0.0.1:9092")
        String bootstrapServers();

        /** The deployment's topic prefix (empty in production; the services' {@code sampark.topic-prefix}). */
        java.util.Optional<String> topicPrefix();
    }
}
