package org.samparksetu.console.ops;

import java.time.Instant;
import java.util.List;

/** What the ops page shows, as its script fetches it from {@code /api/ops/pipeline}. Never a payload or a full number. */
public record PipelineSnapshot(Instant at, Kafka kafka, List<Service> services, Totals totals) {

    /** {@code error} says why the lag is missing (the broker did not answer); then groups is empty. */
    public record Kafka(String error, List<LagRule.GroupLag> groups) {
    }

    public record Service(String name, DeadLetters deadLetters, List<Instance> instances) {
    }

    /**
     * @param total   every record on the service's dead-letter topic
     * @param waiting those not replayed yet
     * @param shown   the newest few, for the page
     */
    public record DeadLetters(String error, int total, int waiting, List<DeadLetterRow> shown) {
    }

    public record DeadLetterRow(int partition, long offset, String key, String eventType, String failedTopic,
                                String reason, Instant deadLetteredAt, Instant replayedAt, String replayedBy) {
    }

    /** One instance's outbox and breakers; null where the instance does not export that series. */
    public record Instance(String address, String error, Double backlog, Double oldestAgeSeconds, Double setAside,
                           List<Breaker> breakers) {
    }

    public record Breaker(String name, MetricsTextRule.BreakerState state) {
    }

    public record Totals(long lag, int deadLettersWaiting, long outboxBacklog, int openBreakers) {
    }
}
