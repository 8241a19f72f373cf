package org.samparksetu.console.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Consumer lag as ops reads it: per partition the records a group has not yet read (the partition's end offset less
 * the group's committed offset, never below zero), added up per topic and per group. Only the pipeline's own topics
 * count: a committed offset on another topic (a test run's prefixed copy on a shared broker, an ad-hoc tool) is left
 * out, and topics are shown without the deployment's prefix.
 */
public final class LagRule {
    private LagRule() {
    }

    /** One partition a group has committed an offset on, with the partition's end (latest) offset. */
    public record PartitionOffsets(String group, String topic, int partition, long committed, long end) {
    }

    public record TopicLag(String topic, long lag, int partitions) {
    }

    public record GroupLag(String group, long lag, List<TopicLag> topics) {
    }

    /** Records not yet read on one partition: a committed offset past the end (a truncated topic) is no lag. */
    public static long partitionLag(long committed, long end) {
        return Math.max(0, end - Math.max(0, committed));
    }

    /**
     * @param prefix the deployment's topic prefix ("" in production)
     * @param known  the pipeline's topic names without the prefix
     * @return groups by name, each with its topics by name; groups with no pipeline topic are left out
     */
    public static List<GroupLag> byGroup(List<PartitionOffsets> offsets, String prefix, Set<String> known) {
        Map<String, Map<String, long[]>> groups = new TreeMap<>();
        for (PartitionOffsets o : offsets) {
            String topic = pipelineTopic(o.topic(), prefix, known);
            if (topic == null) {
                continue;
            }
            long[] sum = groups.computeIfAbsent(o.group(), g -> new TreeMap<>())
                    .computeIfAbsent(topic, t -> new long[2]);
            sum[0] += partitionLag(o.committed(), o.end());
            sum[1]++;
        }
        List<GroupLag> result = new ArrayList<>();
        groups.forEach((group, topics) -> {
            List<TopicLag> rows = new ArrayList<>();
            topics.forEach((topic, sum) -> rows.add(new TopicLag(topic, sum[0], (int) sum[1])));
            rows.sort(Comparator.comparing(TopicLag::lag).reversed().thenComparing(TopicLag::topic));
            result.add(new GroupLag(group, rows.stream().mapToLong(TopicLag::lag).sum(), rows));
        });
        return result;
    }

    /** The topic's name without the prefix when it is one of the pipeline's topics, else null. */
    static String pipelineTopic(String topic, String prefix, Set<String> known) {
        if (topic == null || !topic.startsWith(prefix)) {
            return null;
        }
        String bare = topic.substring(prefix.length());
        return known.contains(bare) ? bare : null;
    }
}
