package org.samparksetu.messaging.consumer;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure of a consumer's attempt is the world's fault (the database or the broker is away, busy or
 * locked: wait and try the same record again, however long it takes) or the record's (anything else: after the
 * retries it goes to the dead-letter topic). A record is never dead-lettered because PostgreSQL restarted.
 *
 * <p>Transient, anywhere in the cause chain: an SQL state of class 08 (connection), 57P01..57P03 (the server shutting
 * down or starting), 53300 (too many connections), 55P03 / 40001 / 40P01 (lock not available, serialization failure,
 * deadlock), 57014 (statement timeout), and 55000 when PostgreSQL says the database is not accepting connections;
 * JDBC's transient and recoverable exceptions; a connection the pool could not acquire; Hibernate's and JPA's
 * connection, lock and query timeout exceptions (by name, so the rule stays plain Java); Kafka's retriable exceptions;
 * a refused or timed-out socket.
 */
public final class TransientFaultRule {

    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "55P03", "40001", "40P01", "57014");

    /** Exception classes (simple names, matched on the class and its superclasses) that mean "not now", not "never". */
    private static final Set<String> NAMES = Set.of(
            "JDBCConnectionException",       // Hibernate: class 08
            "LockAcquisitionException",      // Hibernate: deadlock, lock not available
            "PessimisticLockException",      // JPA / Hibernate
            "LockTimeoutException",          // JPA / Hibernate
            "QueryTimeoutException",         // JPA / Hibernate
            "CannotAcquireLockException",    // Spring's name, should a library bring it
            "RetriableException",            // Kafka: broker unavailable, leader moving, timeouts
            "TimeoutException");             // Kafka's (a RetriableException) and the JDK's

    private TransientFaultRule() {
    }

    public static boolean isTransient(Throwable failure) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(failure);
        while (!todo.isEmpty() && seen.size() < 32) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (transientItself(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return false;
    }

    private static boolean transientItself(Throwable t) {
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof ConnectException || t instanceof SocketTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql && sqlState(sql)) {
            return true;
        }
        String message = t.getMessage() == null ? "" : t.getMessage();
        // Hibernate's and Agroal's words for "no connection could be had", whatever the driver's state said
        if (message.startsWith("Unable to acquire JDBC Connection") || message.startsWith("Acquisition timeout")) {
            return true;
        }
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (NAMES.contains(c.getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sqlState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return false;
        }
        if (state.startsWith("08") || STATES.contains(state)) {
            return true;
        }
        // object_not_in_prerequisite_state: PostgreSQL's answer while a database is closed to connections
        return state.equals("55000") && sql.getMessage() != null
                && sql.getMessage().contains("not currently accepting connections");
    }
}
