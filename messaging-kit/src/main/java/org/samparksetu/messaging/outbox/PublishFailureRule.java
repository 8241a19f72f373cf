package org.samparksetu.messaging.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * What a failed send of one outbox row means. Only a refusal of the record itself sets the row aside: it would be
 * refused the same way on every attempt and would hold up every event behind it. Everything else (the broker down or
 * slow, a leader moving, the producer's credentials, a closed producer) is about the connection, not the row: the
 * batch is tried again, in order, as before. Plain Java: the relay hands in the producer's exception.
 */
public final class PublishFailureRule {

    /** What to do with the row. */
    public enum Verdict { SET_ASIDE, RETRY }

    private static final Set<Class<? extends Throwable>> RECORD_REFUSED = Set.of(
            RecordTooLargeException.class,
            RecordBatchTooLargeException.class,
            InvalidRecordException.class,
            InvalidTopicException.class,
            SerializationException.class);

    private PublishFailureRule() {
    }

    public static Verdict of(Throwable failure) {
        Throwable t = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
        for (Class<? extends Throwable> refused : RECORD_REFUSED) {
            if (refused.isInstance(t)) {
                return Verdict.SET_ASIDE;
            }
        }
        return Verdict.RETRY;
    }

    /** The reason kept on the row: the producer's exception, short enough for a column read by people. */
    public static String reason(Throwable failure) {
        Throwable t = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
        String s = t.getClass().getSimpleName() + ": " + t.getMessage();
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
