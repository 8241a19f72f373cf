package org.samparksetu.messaging.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samparksetu.messaging.outbox.PublishFailureRule.Verdict.RETRY;
import static org.samparksetu.messaging.outbox.PublishFailureRule.Verdict.SET_ASIDE;

/** Given how the producer failed one outbox row, then only a refusal of the row itself sets it aside. */
class PublishFailureRuleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("larger than the producer or broker takes", new RecordTooLargeException("1.2 MB"), SET_ASIDE),
                Arguments.of("batch too large", new RecordBatchTooLargeException("batch"), SET_ASIDE),
                Arguments.of("record the broker calls invalid", new InvalidRecordException("bad"), SET_ASIDE),
                Arguments.of("topic name that cannot exist", new InvalidTopicException("bad topic"), SET_ASIDE),
                Arguments.of("serializer refused", new SerializationException("x"), SET_ASIDE),
                Arguments.of("broker down: delivery timed out", new TimeoutException("Expiring 1 record(s)"), RETRY),
                Arguments.of("connection dropped", new NetworkException("disconnected"), RETRY),
                Arguments.of("replicas missing", new NotEnoughReplicasException("isr"), RETRY),
                Arguments.of("topic not there yet", new UnknownTopicOrPartitionException("no topic"), RETRY),
                Arguments.of("our credentials (every row would fail)", new AuthorizationException("denied"), RETRY),
                Arguments.of("producer closed", new KafkaException("Producer closed while send in progress"), RETRY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String what, Exception cause, PublishFailureRule.Verdict expected) {
        assertThat(PublishFailureRule.of(new ExecutionException(cause))).as(what).isEqualTo(expected);
        assertThat(PublishFailureRule.of(cause)).as(what + " (unwrapped)").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReasonNamesTheProducersException(String what, Exception cause, PublishFailureRule.Verdict ignored) {
        assertThat(PublishFailureRule.reason(new ExecutionException(cause))).startsWith(cause.getClass().getSimpleName() + ": ");
    }
}
