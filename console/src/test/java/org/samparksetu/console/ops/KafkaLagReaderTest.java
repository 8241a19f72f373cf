package org.samparksetu.console.ops;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samparksetu.console.GroupWithLag;
import org.samparksetu.contract.Topics;
import org.samparksetu.testing.Infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Set;

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
        GroupWithLag.make(TOPIC, GROUP, 10, 3);
    }

    @AfterAll
    static void removeTopics() {
        GroupWithLag.remove(PREFIX, GROUP);
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
