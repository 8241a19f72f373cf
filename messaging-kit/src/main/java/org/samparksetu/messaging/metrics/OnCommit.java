package org.samparksetu.messaging.metrics;

import io.micrometer.core.instrument.Counter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Counts an outcome only if the transaction that decided it commits: a decision rolled back (and retried by the
 * consumer) must not be counted twice on the dashboards.
 */
@ApplicationScoped
public class OnCommit {
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Increments the counter when the running transaction commits; never when it rolls back. */
    public void increment(Counter counter) {
        increment(counter, 1);
    }

    /** Adds {@code amount} to the counter when the running transaction commits. */
    public void increment(Counter counter, double amount) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(amount);
                }
            }
        });
    }
}
