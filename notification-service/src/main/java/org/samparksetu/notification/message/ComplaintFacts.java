package org.samparksetu.notification.message;

import java.util.Optional;

/**
 * What a message may need to say that its own event does not carry, read from the complaint's earlier events. The
 * composer stays pure: it is handed these facts, and a table test hands it a lambda.
 */
public interface ComplaintFacts {

    /** Knows nothing: every message is worded from its own event alone. */
    ComplaintFacts NONE = complaintId -> Optional.empty();

    /**
     * The date (ISO, {@code 2026-04-15}) by which the department last said it would finish, on its latest interim
     * relief report; empty when it gave none.
     */
    Optional<String> interimExpectedBy(String complaintId);
}
