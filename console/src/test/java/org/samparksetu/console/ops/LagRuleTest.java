package org.samparksetu.console.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LagRuleTest {
    private static final Set<String> KNOWN = Set.of("complaint.received", "complaint.routed", "citizen.notice");

    @ParameterizedTest(name = "committed {0}, end {1} -> lag {2}")
    @CsvSource({
        // committed, end, lag
        "0,   10,  10",
        "3,   10,  7",
        "10,  10,  0",
        "12,  10,  0",   // committed past the end (the topic was truncated or recreated): nothing waits
        "-1,  5,   5",   // no valid committed offset: all of the partition waits
        "0,   0,   0",
    })
    void aPartitionsLagIsItsEndLessWhatTheGroupCommitted(long committed, long end, long lag) {
        assertThat(LagRule.partitionLag(committed, end)).isEqualTo(lag);
    }

    @ParameterizedTest(name = "{0} with prefix ''{1}'' -> {2}")
    @CsvSource(nullValues = "-", value = {
        // topic,                               prefix,          pipeline topic
        "complaint.received,                    '',              complaint.received",
        "test-routing-abc.complaint.received,   '',              -",   // another run's copy on a shared broker
        "test-routing-abc.complaint.received,   test-routing-abc., complaint.received",
        "complaint.received,                    test-routing-abc., -",
        "__consumer_offsets,                    '',              -",
        "my-tool.scratch,                       '',              -",
    })
    void onlyThePipelinesTopicsUnderThePrefixCount(String topic, String prefix, String expected) {
        assertThat(LagRule.pipelineTopic(topic, prefix, KNOWN)).isEqualTo(expected);
    }

    @Test
    void partitionsAddUpPerTopicAndTopicsPerGroupWithTheLaggingTopicFirst() {
        List<LagRule.PartitionOffsets> offsets = List.of(
                new LagRule.PartitionOffsets("routing-service", "p.complaint.received", 0, 3, 10),
                new LagRule.PartitionOffsets("routing-service", "p.complaint.received", 1, 5, 5),
                new LagRule.PartitionOffsets("routing-service", "p.complaint.received", 2, 0, 4),
                new LagRule.PartitionOffsets("routing-service", "p.citizen.notice", 0, 1, 1),
                new LagRule.PartitionOffsets("notification-service", "p.citizen.notice", 0, 2, 3),
                new LagRule.PartitionOffsets("notification-service", "other.citizen.notice", 0, 0, 100),
                new LagRule.PartitionOffsets("a-tool", "p.scratch", 0, 0, 50));

        List<LagRule.GroupLag> groups = LagRule.byGroup(offsets, "p.", KNOWN);

        assertThat(groups).containsExactly(
                new LagRule.GroupLag("notification-service", 1, List.of(
                        new LagRule.TopicLag("citizen.notice", 1, 1))),
                new LagRule.GroupLag("routing-service", 11, List.of(
                        new LagRule.TopicLag("complaint.received", 11, 3),
                        new LagRule.TopicLag("citizen.notice", 0, 1))));
    }

    @Test
    void noOffsetsNoGroups() {
        assertThat(LagRule.byGroup(List.of(), "", KNOWN)).isEmpty();
    }
}
