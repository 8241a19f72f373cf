package org.samparksetu.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** Settings of the messaging kit, under {@code sampark.*}. */
@ConfigMapping(prefix = "sampark")
public interface KitConfig {

    /**
     * Put in front of every topic name; tests use one per run so runs never see each other's events. Optional
     * because SmallRye Config treats an empty value ({@code sampark.topic-prefix=}, the production setting) as
     * missing, and a required String would stop the service at start-up.
     */
    @WithName("topic-prefix")
    Optional<String> topicPrefix();

    Outbox outbox();

    interface Outbox {
        /** How often the relay looks for unpublished events when nothing woke it sooner. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        /** Published rows are kept this long for audit and replay, then purged. */
        @WithDefault("P7D")
        Duration retention();

        /**
         * The largest event (payload, key, topic and headers, in UTF-8 bytes) {@code Outbox#emit} accepts: well under
         * the broker's 1 MB record limit, so that no free text a caller typed can make an event the broker refuses.
         */
        @WithDefault("262144")
        int maxEventBytes();
    }

    default String topic(String logical) {
        return topicPrefix().orElse("") + logical;
    }
}
