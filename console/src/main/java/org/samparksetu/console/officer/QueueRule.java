package org.samparksetu.console.officer;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The order of an officer's list: what the department must act on first comes first. A complaint past its due time
 * comes before one still in time; among them the higher escalation level (L4 is the collector's, L1 the first
 * officer's) first, then the earlier due time (the most overdue), then the older complaint. Closed and withdrawn
 * complaints are not on the list: nothing is left for the department to do.
 */
public final class QueueRule {
    /** States in which the department has nothing more to do. */
    static final Set<String> DONE = Set.of("CLOSED", "WITHDRAWN");

    private QueueRule() {
    }

    /** What the order needs of a complaint. {@code dueAt} may be null (no clock running). */
    public interface Queued {
        String complaintId();

        String state();

        int escalationLevel();

        Instant registeredAt();

        Instant dueAt();
    }

    public static boolean shown(String state) {
        return state == null || !DONE.contains(state);
    }

    public static boolean overdue(Instant dueAt, Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    public static <T extends Queued> List<T> order(List<T> complaints, Instant now) {
        Comparator<T> order = Comparator.<T, Boolean>comparing(c -> !overdue(c.dueAt(), now))
                .thenComparing(Comparator.<T>comparingInt(Queued::escalationLevel).reversed())
                .thenComparing(Queued::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Queued::registeredAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Queued::complaintId);
        return complaints.stream().filter(c -> shown(c.state())).sorted(order).toList();
    }
}
