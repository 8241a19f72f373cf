package org.samparksetu.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.samparksetu.messaging.KitConfig;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of a service share one outbox: the kit's relay takes a transaction-scoped advisory lock per round,
 * so however many relays run, each row is published once and one writer's rows (one complaint's events) in the
 * order they were written. Here the service's own relay and a second relay (a second instance's, with its own
 * producer and worker) publish the same outbox at once, while four writers fill it, each with its own key; every
 * record read back from the topic must be there once, and each key's in the order of its rows. The kit's relay is
 * tested in this service because the kit cannot use testing-kit (which depends on it).
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class TwoOutboxRelaysTest {
    private static final String LOGICAL_TOPIC = "test.relay-race";
    private static final int WRITERS = 4;
    private static final int ROWS_PER_WRITER = 150;

    @Inject
    OutboxRelay relay;
    @Inject
    EntityManager em;
    @Inject
    KitConfig config;
    @Inject
    MeterRegistry metrics;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoRelaysOnOneOutboxPublishEachRowOnceAndEachWritersRowsInOrder() throws Exception {
        String topic = config.topic(LOGICAL_TOPIC);
        try (var admin = Infrastructure.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
        OutboxRelay second = new OutboxRelay();
        second.em = em;
        second.config = config;
        second.metrics = metrics;
        second.bootstrapServers = Infrastructure.KAFKA;
        second.application = "routing-service-second";
        second.start(null);

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger byFirst = new AtomicInteger();
        AtomicInteger bySecond = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 2);
        try {
            // besides both relays' own workers, each relay is driven in a tight loop, so their rounds overlap
            Future<?> firstLoop = threads.submit(() -> drive(relay, writing, byFirst));
            Future<?> secondLoop = threads.submit(() -> drive(second, writing, bySecond));
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String key = "writer-" + w;
                writers.add(threads.submit(() -> write(key)));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            firstLoop.get(2, TimeUnit.MINUTES);
            secondLoop.get(2, TimeUnit.MINUTES);
        } finally {
            writing.set(false);
            threads.shutdownNow();
            second.stop(null);
        }

        int rows = WRITERS * ROWS_PER_WRITER;
        await().atMost(Duration.ofSeconds(60)).until(() -> TestEvents.readAll(topic).size() >= rows);
        Map<String, Long> idOf = outboxIds();
        List<ConsumerRecord<String, String>> records = TestEvents.readAll(topic);
        List<String> eventIds = records.stream().map(TwoOutboxRelaysTest::eventId).toList();
        assertThat(eventIds).as("each row published once (relays drove %d and %d rows)", byFirst.get(), bySecond.get())
                .hasSize(rows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(idOf.keySet());
        Map<String, List<Long>> byKey = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(idOf.get(eventId(r)));
        }
        assertThat(byKey).hasSize(WRITERS);
        byKey.forEach((key, ids) -> assertThat(ids).as("%s's rows in the order written", key).isSorted().hasSize(ROWS_PER_WRITER));
    }

    /** Relays in a loop until the writers are done and the outbox is empty; a round the other relay holds is 0. */
    private Void drive(OutboxRelay r, AtomicBoolean writing, AtomicInteger handled) throws Exception {
        while (writing.get() || unpublished() > 0) {
            try {
                handled.addAndGet(r.relayBatch());
            } catch (IllegalStateException e) {
                // a publishing failure: the rows stay unpublished and the next round tries them again
            }
        }
        return null;
    }

    /** One writer: each row in a transaction of its own, as one complaint's events are written one after another. */
    private Void write(String key) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement st = c.prepareStatement("""
                    insert into outbox_event (event_id, topic, message_key, event_type, payload) values (?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < ROWS_PER_WRITER; i++) {
                    st.setObject(1, UUID.randomUUID());
                    st.setString(2, LOGICAL_TOPIC);
                    st.setString(3, key);
                    st.setString(4, "test.relay-race");
                    st.setString(5, "{\"n\":" + i + "}");
                    st.executeUpdate();
                }
            }
        }
        return null;
    }

    private long unpublished() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from outbox_event where topic = '" + LOGICAL_TOPIC
                     + "' and published_at is null and set_aside_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Long> outboxIds() throws Exception {
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select event_id, id from outbox_event where topic = '" + LOGICAL_TOPIC + "'")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static String eventId(ConsumerRecord<String, String> r) {
        return new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }
}
