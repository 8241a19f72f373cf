package org.samparksetu.bridge.registration;

import java.time.Duration;

/**
 * Whether, when and how a registration is tried again after the portal did not give it a grievance ID. The rule it
 * keeps: a complaint is never registered twice, so whatever may have reached the portal is looked up by reference
 * before anything is sent again; and a portal that is down is not hammered (back-off doubling to a cap), nor
 * forgotten (the cap is short enough that recovery is noticed). Nothing is given up: a refusal is retried on the same
 * back-off and flagged for a person to look at. Operator-mode districts never reach this rule (the registrar does not
 * send their complaints).
 */
public final class RegistrationRetryRule {

    /** What went wrong with one attempt, as the registrar saw it. */
    public enum Failure {
        /** Our own limit on calls per second was reached: nothing was sent. */
        RATE_LIMITED,
        /** The breaker is open after repeated failures: nothing was sent. */
        CIRCUIT_OPEN,
        /** Not reachable, or it answered 503 / 429: the portal certainly did nothing. */
        UNAVAILABLE,
        /** Sent, but no answer in time: it may have been registered. */
        TIMEOUT,
        /** Sent, and the answer was a gateway error, a reset or unreadable: it may have been registered. */
        AMBIGUOUS,
        /** The portal answered and refused it (4xx, e.g. a field it does not accept). */
        REJECTED,
        /** The portal gave back a grievance ID we already hold for a complaint. */
        GRIEVANCE_ID_TAKEN,
        /** Anything else: we cannot tell what the portal did. */
        UNEXPECTED
    }

    /**
     * When the next attempt is due ({@code after} from now), whether it must look the reference up before it may
     * register, whether this one counts as an attempt (for the back-off), what to record as the last error (null:
     * keep the last one), how the failure is counted ({@code kind}) and whether a person should look.
     */
    public record Retry(Duration after, boolean lookUpFirst, boolean countsAsAttempt, String lastError, String kind,
                        boolean needsALook) {
    }

    static final Duration SHORTEST_DEFERRAL = Duration.ofMillis(100);

    private final Duration backoffBase;
    private final Duration backoffMax;
    private final Duration ambiguousSettle;

    public RegistrationRetryRule(Duration backoffBase, Duration backoffMax, Duration ambiguousSettle) {
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.ambiguousSettle = ambiguousSettle;
    }

    /**
     * After attempt number {@code attempt} failed with {@code failure} ({@code message} says how). {@code unresolved}:
     * an earlier attempt may still have reached the portal and this one did not find out (its look-up was not made or
     * failed). {@code retryAfter}: for a rate limit, how long until a call is allowed again.
     */
    public Retry after(Failure failure, String message, int attempt, boolean unresolved, Duration retryAfter) {
        Duration backoff = backoff(attempt);
        return switch (failure) {
            case RATE_LIMITED -> notAttempted(retryAfter, unresolved);
            // the portal may hold it now: give it time to finish, then look the reference up before anything else
            case TIMEOUT, AMBIGUOUS -> new Retry(ambiguousSettle, true, true, "ambiguous: " + message, "ambiguous", false);
            case CIRCUIT_OPEN -> new Retry(backoff, unresolved, true, "unavailable: " + message, "circuit-open", false);
            case UNAVAILABLE -> new Retry(backoff, unresolved, true, "unavailable: " + message, "unavailable", false);
            case REJECTED -> new Retry(backoff, unresolved, true, "rejected: " + message, "rejected", true);
            // never adopt one grievance twice; the portal's answer is suspect, so look up before registering again
            case GRIEVANCE_ID_TAKEN -> new Retry(backoff, true, true, "conflict: " + message, "conflict", true);
            case UNEXPECTED -> new Retry(backoff, true, true, "unexpected: " + message, "unexpected", true);
        };
    }

    /** Not sent at all (the rate limit said "not now"): due again after {@code wait}, the attempt not counted. */
    public Retry notAttempted(Duration wait, boolean unresolved) {
        Duration after = wait == null || wait.compareTo(SHORTEST_DEFERRAL) < 0 ? SHORTEST_DEFERRAL : wait;
        return new Retry(after, unresolved, false, null, "rate-limited", false);
    }

    /** base * 2^(attempts-1), capped; exponential so an outage is not hammered, capped so recovery is noticed. */
    Duration backoff(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration d = backoffBase.multipliedBy(1L << exponent);
        return d.compareTo(backoffMax) > 0 ? backoffMax : d;
    }
}
