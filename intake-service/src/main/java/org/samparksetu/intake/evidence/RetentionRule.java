package org.samparksetu.intake.evidence;

import java.time.Instant;
import java.util.List;

/**
 * Whether a number's messages, raw bodies and media may go: the law needs them while any of its complaints is open
 * and for the retention period after the last one closed (default three years), and for as long as the number is
 * under an evidence hold. A number that wrote since the cut-off is kept whole too: its newest message may become a
 * complaint or the evidence of one.
 */
public final class RetentionRule {

    public enum Verdict {
        /** Everything of the number may be deleted. */
        DELETE,
        /** Under an evidence hold: kept whatever its age. */
        KEEP_HELD,
        /** A complaint is still open (or reopened since it closed). */
        KEEP_OPEN,
        /** A complaint closed, or a message came, after the cut-off. */
        KEEP_RECENT
    }

    /**
     * A complaint as retention sees it.
     *
     * @param status      intake's status (RECEIVED, QUARANTINED, REJECTED, LINKED, DRAFT …)
     * @param closedAt    when the complaint was last closed (verification's closure), if ever
     * @param reopenedAt  when it was last reopened, if ever
     * @param withdrawnAt when the citizen withdrew it, if ever
     * @param decidedAt   when an operator decided it (a REJECTED complaint ends there)
     * @param receivedAt  when it came
     */
    public record ComplaintFacts(String status, Instant closedAt, Instant reopenedAt, Instant withdrawnAt,
                                 Instant decidedAt, Instant receivedAt) {
    }

    private RetentionRule() {
    }

    public static Verdict decide(boolean held, Instant lastMessageAt, List<ComplaintFacts> complaints, Instant cutoff) {
        if (held) {
            return Verdict.KEEP_HELD;
        }
        Instant latest = lastMessageAt;
        for (ComplaintFacts c : complaints) {
            Instant ended = endedAt(c);
            if (ended == null) {
                return Verdict.KEEP_OPEN;
            }
            latest = latest == null || ended.isAfter(latest) ? ended : latest;
        }
        return latest != null && latest.isBefore(cutoff) ? Verdict.DELETE : Verdict.KEEP_RECENT;
    }

    /** When the complaint's life ended, or null while it is open. */
    static Instant endedAt(ComplaintFacts c) {
        if (c.withdrawnAt() != null) {
            return c.withdrawnAt();
        }
        if (c.closedAt() != null && (c.reopenedAt() == null || !c.reopenedAt().isAfter(c.closedAt()))) {
            return c.closedAt();
        }
        if ("WITHDRAWN".equals(c.status())) {
            return c.decidedAt() != null ? c.decidedAt() : c.receivedAt();
        }
        if ("REJECTED".equals(c.status())) {
            return c.decidedAt() != null ? c.decidedAt() : c.receivedAt();
        }
        if ("LINKED".equals(c.status())) {
            // a repeat linked to the number's earlier complaint has no life of its own: that complaint's decides
            return c.receivedAt();
        }
        return null;
    }
}
