package org.samparksetu.messaging.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.samparksetu.messaging.KitConfig;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads this service's dead-letter topic ({@code dead-letter.<service>}) from the start without joining a consumer
 * group, so looking never moves anything: each call assigns the partitions, reads to their end and closes.
 */
@ApplicationScoped
public class DeadLetterTopic {
    /** A bounded look: a topic that big needs the broker's tools, not a page. */
    static final int MAX_LISTED = 1000;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_AT_MOST = Duration.ofSeconds(20);

    @Inject
    KitConfig config;
    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    public String topic() {
        return config.topic("dead-letter." + application);
    }

    /** Every record on the topic, oldest first per partition, without payloads; at most {@link #MAX_LISTED}. */
    public List<DeadLetter> list() {
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return out;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant until = Instant.now().plus(READ_AT_MOST);
            while (!reached(consumer, end) && out.size() < MAX_LISTED && Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    if (out.size() < MAX_LISTED) {
                        out.add(toDeadLetter(r).withoutPayload());
                    }
                }
            }
        }
        return out;
    }

    /** One record with its payload, or empty when there is none at that place. */
    public Optional<DeadLetter> one(int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic(), partition);
            if (partitions(consumer).stream().noneMatch(tp::equals)) {
                return Optional.empty();
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset < 0 || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            Instant until = Instant.now().plus(READ_AT_MOST);
            while (Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    if (r.offset() == offset) {
                        return Optional.of(toDeadLetter(r));
                    }
                    if (r.offset() > offset) {
                        return Optional.empty(); // compacted or deleted by retention
                    }
                }
            }
            return Optional.empty();
        }
    }

    private DeadLetter toDeadLetter(ConsumerRecord<String, String> r) {
        String eventId = null;
        String eventType = null;
        try {
            JsonNode envelope = json.readTree(r.value());
            eventId = envelope.path("id").isTextual() ? envelope.path("id").asText() : null;
            eventType = envelope.path("type").isTextual() ? envelope.path("type").asText() : null;
        } catch (Exception e) {
            // not an envelope at all (the poison a producer wrote): listed by its place and reason only
        }
        return new DeadLetter(r.partition(), r.offset(), r.key(), eventId, eventType, header(r, "dead-letter-topic"),
                header(r, "dead-letter-reason"), header(r, "dead-letter-cause"), Instant.ofEpochMilli(r.timestamp()),
                null, null, r.value());
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        var info = consumer.partitionsFor(topic(), Duration.ofSeconds(10));
        return info == null ? List.of() : info.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, application + "-dead-letter-reader");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }
}
