package org.samparksetu.messaging.consumer;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.samparksetu.messaging.codec.MalformedEventException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given what made a consumer's attempt fail, when the rule reads it, then an outage of the database or broker is
 * waited out and anything about the record itself is poison. The failures are as Hibernate, Agroal, the PostgreSQL
 * driver and the Kafka client raise them (the SQL exception usually some levels down).
 */
class TransientFaultRuleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // what happened                                    failure                                       transient
                Arguments.of("PostgreSQL stopped: connection refused", wrapped(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")), true),
                Arguments.of("connection lost mid-query", wrapped(new SQLException("An I/O error occurred while sending to the backend", "08006")), true),
                Arguments.of("session killed by an administrator", wrapped(new SQLException("terminating connection due to administrator command", "57P01")), true),
                Arguments.of("server shutting down", wrapped(new SQLException("terminating connection due to shutdown", "57P02")), true),
                Arguments.of("server still starting", wrapped(new SQLException("the database system is starting up", "57P03")), true),
                Arguments.of("too many connections", wrapped(new SQLException("sorry, too many clients already", "53300")), true),
                Arguments.of("lock not available", wrapped(new SQLException("could not obtain lock on row", "55P03")), true),
                Arguments.of("serialization failure", wrapped(new SQLException("could not serialize access", "40001")), true),
                Arguments.of("deadlock", new LockAcquisitionException("deadlock", new SQLException("deadlock detected", "40P01")), true),
                Arguments.of("statement timeout", wrapped(new SQLException("canceling statement due to statement timeout", "57014")), true),
                Arguments.of("database closed to connections", new GenericJDBCException("Unable to acquire JDBC Connection",
                        new SQLException("FATAL: database \"intake\" is not currently accepting connections", "55000")), true),
                Arguments.of("pool could not hand out a connection", new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection")), true),
                Arguments.of("Hibernate's connection exception", new JDBCConnectionException("could not open", new SQLException("x")), true),
                Arguments.of("JDBC transient connection exception", new SQLTransientConnectionException("gone"), true),
                Arguments.of("JPA lock timeout", new LockTimeoutException("lock timeout"), true),
                Arguments.of("JPA query timeout", new QueryTimeoutException("query timeout"), true),
                Arguments.of("socket refused", new IllegalStateException(new ConnectException("Connection refused")), true),
                Arguments.of("broker leader moving", new RuntimeException(new NotLeaderOrFollowerException("moving")), true),
                Arguments.of("a commit that failed because the server died", suppressedIn(new SQLException("I/O error", "08006")), true),
                // poison: the record, not the world
                Arguments.of("unique key violated", new ConstraintViolationException("dup", new SQLException("duplicate key", "23505"), "pk"), false),
                Arguments.of("a trigger refused the row", wrapped(new SQLException("simulated database failure", "P0001")), false),
                Arguments.of("other 55000 state", wrapped(new SQLException("cannot refresh materialized view concurrently", "55000")), false),
                Arguments.of("handler bug", new NullPointerException("complaint"), false),
                Arguments.of("undecodable record", new MalformedEventException("cannot decode event"), false),
                Arguments.of("record too large for the broker", new RuntimeException(new RecordTooLargeException("too large")), false),
                Arguments.of("no state at all", wrapped(new SQLException("relation \"complaint\" does not exist")), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifies(String what, Throwable failure, boolean expected) {
        assertThat(TransientFaultRule.isTransient(failure)).as(what).isEqualTo(expected);
    }

    /** The way a handler's failure reaches the consumer: Hibernate's exception inside JPA's. */
    private static Throwable wrapped(SQLException sql) {
        return new PersistenceException("could not execute statement", new GenericJDBCException("could not execute", sql));
    }

    private static Throwable suppressedIn(SQLException sql) {
        RuntimeException commit = new IllegalStateException("ARJUNA016053: Could not commit transaction");
        commit.addSuppressed(sql);
        return commit;
    }
}
