package org.samparksetu.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Settings of the messaging kit, under {@code sampark.*}. */
@ConfigMapping(prefix = "sampark")
public interface KitConfig {

    /** Put in front of every topic name; tests use one per run so runs never see each other's events. */
    @WithName("topic-prefix")
    @WithDefault("")
    String topicPrefix();

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
    }

    default String topic(String logical) {
        return topicPrefix() + logical;
    }
}
