package org.samparksetu.console.ops;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.Topics;
import org.samparksetu.testing.Infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the real broker, a topic of the pipeline with ten records and a consumer group that read and committed three,
 * when the console reads the lag, then that group shows seven waiting on that topic.
 */
class KafkaLagReaderTest {
    private static final String PREFIX = Infrastructure.newTopicPrefix("console-lag");
    private static final String TOPIC = PREFIX + Topics.COMPLAINT_RECEIVED;
    private static final String GROUP = PREFIX + "routing-service";

    @BeforeAll
    static void aGroupThatReadThreeOfTen() throws Exception {
        Infrastructure.ensureKafka();
        try (Admin admin = Infrastructure.admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.KAFKA);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "JAL-2026-00000" + i, "{}")).get(30, TimeUnit.SECONDS);
            }
        }
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.KAFKA);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            // what a consumer that handled three records commits: the offset of the next one to read
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(3)));
        }
    }

    @AfterAll
    static void removeTopics() {
        try (Admin admin = Infrastructure.admin()) {
            admin.deleteConsumerGroups(List.of(GROUP)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // a leftover group is harmless: the next run uses another prefix
        }
        Infrastructure.deleteTopics(PREFIX);
    }

    @Test
    void aGroupThatReadThreeOfTenRecordsShowsLagSeven() throws Exception {
        try (KafkaLagReader reader = new KafkaLagReader(Infrastructure.KAFKA, Duration.ofSeconds(30))) {
            List<LagRule.PartitionOffsets> offsets = reader.read();

            assertThat(offsets).contains(new LagRule.PartitionOffsets(GROUP, TOPIC, 0, 3, 10));
            List<LagRule.GroupLag> groups = LagRule.byGroup(offsets, PREFIX, Set.of(Topics.COMPLAINT_RECEIVED));
            assertThat(groups).containsExactly(new LagRule.GroupLag(GROUP, 7,
                    List.of(new LagRule.TopicLag(Topics.COMPLAINT_RECEIVED, 7, 1))));
        }
    }

    @Test
    void aBrokerThatDoesNotAnswerIsSaidSoNotShownAsNoLag() {
        try (KafkaLagReader reader = new KafkaLagReader("127.0.0.1:1", Duration.ofSeconds(2))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(reader::read)
                    .isInstanceOf(KafkaLagReader.LagUnavailableException.class);
        }
    }
}
