package org.samparksetu.console.ops;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads every consumer group's committed offsets and the partitions' end offsets from the broker with the AdminClient
 * (listConsumerGroups, listConsumerGroupOffsets, listOffsets latest), as {@link LagRule} takes them. One client for
 * the console's life; it reconnects by itself when the broker comes back.
 */
public class KafkaLagReader implements AutoCloseable {
    private final Admin admin;
    private final Duration timeout;

    public KafkaLagReader(String bootstrapServers, Duration timeout) {
        Properties p = new Properties();
        p.putAll(KafkaClientSettingsRule.fromEnvironment(System.getenv()));
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "sampark-console");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        this.admin = Admin.create(p);
        this.timeout = timeout;
    }

    /** Every (group, partition) with a committed offset, with the partition's end offset. */
    @SuppressWarnings("deprecation") // listConsumerGroups: what the broker's 4.x AdminClient still offers for this
    public List<LagRule.PartitionOffsets> read() throws LagUnavailableException {
        try {
            List<String> groups = new ArrayList<>();
            for (ConsumerGroupListing g : get(admin.listConsumerGroups().all())) {
                groups.add(g.groupId());
            }
            if (groups.isEmpty()) {
                return List.of();
            }
            Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
            groups.forEach(g -> specs.put(g, new ListConsumerGroupOffsetsSpec()));
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = get(admin.listConsumerGroupOffsets(specs).all());

            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            committed.values().forEach(m -> m.forEach((tp, o) -> {
                if (o != null) {
                    wanted.put(tp, OffsetSpec.latest());
                }
            }));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    wanted.isEmpty() ? Map.of() : get(admin.listOffsets(wanted).all());

            List<LagRule.PartitionOffsets> rows = new ArrayList<>();
            committed.forEach((group, offsets) -> offsets.forEach((tp, o) -> {
                ListOffsetsResult.ListOffsetsResultInfo end = ends.get(tp);
                if (o != null && end != null) {
                    rows.add(new LagRule.PartitionOffsets(group, tp.topic(), tp.partition(), o.offset(), end.offset()));
                }
            }));
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LagUnavailableException("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new LagUnavailableException(cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }

    private <T> T get(org.apache.kafka.common.KafkaFuture<T> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }

    /** The broker did not answer in time or refused: the page says so instead of showing stale numbers. */
    public static class LagUnavailableException extends Exception {
        public LagUnavailableException(String message) {
            super(message);
        }
    }
}
