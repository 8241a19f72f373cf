package org.samparksetu.console.shell;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where the console finds the services and the broker, and how long it waits for them, under {@code console.*}. */
@ConfigMapping(prefix = "console")
public interface ConsoleConfig {

    /**
     * Each service's base URLs, one entry per instance: {@code console.services.intake-service=http://a:8081,http://b:8081}.
     * The service's name is also its dead-letter topic's ({@code dead-letter.<name>}).
     */
    Map<String, List<String>> services();

    Kafka kafka();

    /** Answers are shared for this long, so that many open ops pages do not multiply the calls to the services. */
    @WithDefault("2s")
    Duration refresh();

    /**
     * How long one of the ops page's calls to a service or to the broker may take before that part is shown as not
     * answering: the page is refreshed every few seconds, and a slow instance must not hold up the picture of the others.
     */
    @WithDefault("3s")
    Duration timeout();

    /**
     * How long a person's page waits for a service to answer a read (ten times this for a change, which may wait on the
     * database and the broker). Longer than the ops page's: a person's list or form is not refreshed by itself, and a
     * service busy with a burst answers in a few seconds rather than none.
     */
    @WithDefault("10s")
    Duration pageTimeout();

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
