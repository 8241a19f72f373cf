package org.samparksetu.notification.delivery;

import java.time.Duration;
import java.util.Set;

/**
 * What WhatsApp's refusal of one message means, and what becomes of the message. Judged by the integer
 * {@code error.code} of the Graph API answer: Meta asks for error handling built on the code, and the HTTP status
 * and the message text differ between its documentation and the wire. The HTTP status decides only when there is no
 * code. Plain Java: attempts, limits and the random jitter are parameters.
 */
public final class GraphErrorRule {

    /** What the answer says about the message. */
    public enum Meaning {
        /** 131047 (re-engagement): over 24 hours since the citizen last wrote; free text refused, a template may go. */
        WINDOW_CLOSED,
        /** 131056: too many messages to this one citizen; they wait 4^X seconds, everyone else goes on at once. */
        CITIZEN_RATE_LIMITED,
        /** 130429: the business number's throughput was exceeded; every send pauses. */
        NUMBER_RATE_LIMITED,
        /** 190 (or HTTP 401): the access token is invalid or expired; an operator renews it, the message stays as it is. */
        TOKEN_REJECTED,
        /** Maintenance, call limits, a temporary error, a server error, or WhatsApp never reached: the same message may go later. */
        TRY_AGAIN_LATER,
        /** No answer we can trust (a timeout, a connection broken after sending): it may have gone out. */
        NO_ANSWER,
        /** It will never go as it is: not a WhatsApp number, an invalid parameter, a template problem, a quality limit. */
        PERMANENT
    }

    /** What the sender does with the message next. */
    public enum Next {
        /** The same message again as its approved template, at once. */
        SEND_TEMPLATE,
        /** Again later; this citizen's queue is paused meanwhile. */
        PAUSE_CITIZEN_AND_RETRY,
        /** Again later; every send of the number is paused meanwhile. */
        PAUSE_NUMBER_AND_RETRY,
        /** Again after the back-off. */
        RETRY,
        /** Not again until a status webhook with our id had time to show whether it went out. */
        AWAIT_STATUS,
        /** Recorded as failed: retrying would not help. */
        FAIL,
        /** Recorded as failed: it could have gone later, but the attempts ran out. */
        GIVE_UP
    }

    static final int RE_ENGAGEMENT = 131047;
    static final int PAIR_RATE_LIMIT = 131056;
    static final int THROUGHPUT_LIMIT = 130429;
    static final int TOKEN_INVALID = 190;
    /**
     * Account in maintenance during a throughput upgrade (131057), app and WABA call limits (4, 80007), and Meta's
     * temporary errors (1, 2, 131000, 131016, 133004).
     */
    private static final Set<Integer> TEMPORARY = Set.of(131057, 4, 80007, 1, 2, 131000, 131016, 133004);

    private GraphErrorRule() {
    }

    /**
     * @param code       the Graph API's {@code error.code}; null when the answer had none
     * @param httpStatus the HTTP status; null when there was none (a status webhook)
     */
    public static Meaning meaning(Integer code, Integer httpStatus) {
        if (code != null) {
            if (code == RE_ENGAGEMENT) {
                return Meaning.WINDOW_CLOSED;
            } else if (code == PAIR_RATE_LIMIT) {
                return Meaning.CITIZEN_RATE_LIMITED;
            } else if (code == THROUGHPUT_LIMIT) {
                return Meaning.NUMBER_RATE_LIMITED;
            } else if (code == TOKEN_INVALID) {
                return Meaning.TOKEN_REJECTED;
            }
            return TEMPORARY.contains(code) ? Meaning.TRY_AGAIN_LATER : Meaning.PERMANENT;
        }
        if (httpStatus == null) {
            return Meaning.PERMANENT;
        } else if (httpStatus == 401) {
            return Meaning.TOKEN_REJECTED;
        } else if (httpStatus >= 500 || httpStatus == 429 || httpStatus == 408) {
            return Meaning.TRY_AGAIN_LATER;
        }
        return Meaning.PERMANENT;
    }

    /**
     * @param attempt       the attempt that met this answer (1 for the first)
     * @param maxAttempts   after this many attempts a message that could go later fails instead
     * @param templateLeft  the message went as free text and has an approved template not tried yet
     */
    public static Next next(Meaning meaning, int attempt, int maxAttempts, boolean templateLeft) {
        switch (meaning) {
            case WINDOW_CLOSED:
                return templateLeft ? Next.SEND_TEMPLATE : Next.FAIL;
            case PERMANENT:
                return Next.FAIL;
            default:
                break;
        }
        if (attempt >= maxAttempts) {
            return Next.GIVE_UP;
        }
        return switch (meaning) {
            case CITIZEN_RATE_LIMITED -> Next.PAUSE_CITIZEN_AND_RETRY;
            case NUMBER_RATE_LIMITED -> Next.PAUSE_NUMBER_AND_RETRY;
            case NO_ANSWER -> Next.AWAIT_STATUS;
            default -> Next.RETRY;
        };
    }

    /** 131056: Meta's 4^X seconds, X = 131056 answers in a row for this message, as {@code base} × 4^X, capped. */
    public static Duration citizenPause(int hitsInARow, Duration base, Duration max) {
        double millis = base.toMillis() * Math.pow(4, Math.max(1, hitsInARow));
        return Duration.ofMillis((long) Math.min(millis, max.toMillis()));
    }

    /**
     * {@code base} × 4^(attempt−1), capped at {@code max}, spread by ±10% so that many retries do not fire together.
     *
     * @param jitter a number in [0, 1): 0 gives 10% less, 0.5 the plain wait
     */
    public static Duration retryWait(int attempt, Duration base, Duration max, double jitter) {
        double millis = Math.min(base.toMillis() * Math.pow(4, Math.max(0, attempt - 1)), max.toMillis());
        return Duration.ofMillis(Math.round(millis * (0.9 + 0.2 * jitter)));
    }
}
