package org.samparksetu.notification.delivery;

import jakarta.inject.Inject;
import java.time.Clock;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Whether the whatsapp.status consumer has been reading long enough for an in-doubt message to be judged. After
 * a crash the consumer group gives the dead member's partitions back only after its session times out, and the
 * statuses that prove a message went out may wait in the backlog: an in-doubt message is resent only once this
 * service has held its status partitions for the whole reconciliation window (and no status settled it).
 */
@ApplicationScoped
@Identifier(StatusConsumerReadiness.NAME)
public class StatusConsumerReadiness implements KafkaConsumerRebalanceListener {
    @Inject
    Clock clock;
    public static final String NAME = "whatsapp-status-readiness";
    private static final Logger LOG = Logger.getLogger(StatusConsumerReadiness.class);

    private volatile Instant assignedAt;

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (assignedAt == null) {
            assignedAt = clock.instant();
            LOG.infof("reading delivery statuses from %d partition(s)", partitions.size());
        }
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            assignedAt = null;
        }
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assignedAt = null;
    }

    /** True once the status consumer has been assigned its partitions for at least {@code window}. */
    public boolean readingFor(Duration window, Instant now) {
        Instant a = assignedAt;
        return a != null && !now.isBefore(a.plus(window));
    }
}
