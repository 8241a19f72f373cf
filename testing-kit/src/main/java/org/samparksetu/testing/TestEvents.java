package org.samparksetu.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.outbox.KafkaProducerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A plain Kafka client for tests: publish an event as another service would, and read back what the
 * service under test published. Reads a topic from the beginning each time, so nothing published
 * before the call is missed.
 */
public final class TestEvents {
    private TestEvents() {
    }

    public static <T> EventEnvelope<T> publish(String prefix, EventType type, String complaintId, T data) {
        EventEnvelope<T> e = EventEnvelope.of(type, "test", complaintId, data, Instant.now());
        publishRaw(prefix + type.topic(), complaintId, EventCodec.encode(e));
        return e;
    }

    /** Publishes bytes as they are: a duplicate of an earlier event, or a poison record. */
    public static void publishRaw(String topic, String key, String payload) {
        try (KafkaProducer<String, String> p = KafkaProducerFactory.create(Infrastructure.KAFKA, "test-" + UUID.randomUUID())) {
            p.send(new ProducerRecord<>(topic, key, payload)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** Every record on the topic right now, oldest first within each partition. */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.KAFKA);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            var end = c.endOffsets(parts);
            List<ConsumerRecord<String, String>> out = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }

    /** The decoded events of one type on its topic. */
    public static <T> List<EventEnvelope<T>> events(String prefix, EventType type, Class<T> dataClass) {
        return events(prefix + type.topic(), dataClass);
    }

    public static <T> List<EventEnvelope<T>> events(String topic, Class<T> dataClass) {
        return readAll(topic).stream().map(r -> EventCodec.decode(r.value(), dataClass)).toList();
    }

    /** Waits until events of the type matching the predicate appear; returns them. */
    public static <T> List<EventEnvelope<T>> awaitEvents(String prefix, EventType type, Class<T> dataClass,
                                                        Predicate<EventEnvelope<T>> match, int atLeast) {
        List<EventEnvelope<T>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            found.clear();
            events(prefix, type, dataClass).stream().filter(match).forEach(found::add);
            return found.size() >= atLeast;
        });
        return List.copyOf(found);
    }
}
