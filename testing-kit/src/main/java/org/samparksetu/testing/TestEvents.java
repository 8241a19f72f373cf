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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A plain Kafka client for tests: publish an event as another service would, and read back what the
 * service under test published. Every read returns the topic from its beginning, so nothing published
 * before the call is missed; behind it one consumer per topic stays open and only fetches what is new, and
 * one producer serves every publish (a client per call cost a connection and a metadata round trip each time,
 * four times a second while a test waited).
 */
public final class TestEvents {
    private static final Map<String, TopicTail> TAILS = new ConcurrentHashMap<>();
    private static volatile KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    public static <T> EventEnvelope<T> publish(String prefix, EventType type, String complaintId, T data) {
        EventEnvelope<T> e = EventEnvelope.of(type, "test", complaintId, data, Instant.now());
        publishRaw(prefix + type.topic(), complaintId, EventCodec.encode(e));
        return e;
    }

    /** Publishes bytes as they are: a duplicate of an earlier event, or a poison record. */
    public static void publishRaw(String topic, String key, String payload) {
        try {
            producer().send(new ProducerRecord<>(topic, key, payload)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** Publishes bytes with headers: a record as SmallRye's dead-letter queue writes it, say. */
    public static void publishRaw(String topic, String key, String payload, java.util.Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (TestEvents.class) {
                if (producer == null) {
                    KafkaProducer<String, String> p = KafkaProducerFactory.create(Infrastructure.KAFKA, "test-" + UUID.randomUUID());
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> p.close(Duration.ofSeconds(2)), "test-producer-close"));
                    producer = p;
                }
            }
        }
        return producer;
    }

    /** Every record on the topic right now, oldest first within each partition. */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        return TAILS.computeIfAbsent(topic, TopicTail::new).readAll();
    }

    /** Closes the readers of a run's topics (called when the topics are deleted). */
    static void forget(String prefix) {
        TAILS.entrySet().removeIf(tail -> {
            if (!tail.getKey().startsWith(prefix)) {
                return false;
            }
            tail.getValue().close();
            return true;
        });
    }

    /** One topic read once from the beginning and then only forward; what was read is kept. */
    private static final class TopicTail {
        private final String topic;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        private KafkaConsumer<String, String> consumer;
        private List<TopicPartition> parts;

        TopicTail(String topic) {
            this.topic = topic;
        }

        synchronized List<ConsumerRecord<String, String>> readAll() {
            if (consumer == null) {
                Properties p = new Properties();
                p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.KAFKA);
                p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, org.apache.kafka.common.serialization.StringDeserializer.class.getName());
                p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, org.apache.kafka.common.serialization.StringDeserializer.class.getName());
                p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
                consumer = new KafkaConsumer<>(p);
                parts = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(i -> new TopicPartition(topic, i.partition())).toList();
                consumer.assign(parts);
                consumer.seekToBeginning(parts);
            }
            var end = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            return List.copyOf(seen);
        }

        synchronized void close() {
            if (consumer != null) {
                consumer.close(Duration.ofSeconds(2));
                consumer = null;
            }
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
        // a bound, not a pace: on two cores shared with another module's suite, a first event has taken over 30 s
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            found.clear();
            events(prefix, type, dataClass).stream().filter(match).forEach(found::add);
            return found.size() >= atLeast;
        });
        return List.copyOf(found);
    }
}
