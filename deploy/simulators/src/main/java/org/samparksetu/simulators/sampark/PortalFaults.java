package org.samparksetu.simulators.sampark;

import java.util.concurrent.atomic.AtomicInteger;

/** Faults the portal can be told to show: error bursts, slow answers, a timeout after accepting, an outage. */
final class PortalFaults {
    enum Mode { ERROR, TIMEOUT_AFTER_ACCEPT, LATENCY, OUTAGE }

    record Fault(Mode mode, int status, long millis, AtomicInteger remaining, long until) {
    }

    private volatile Fault current;

    void set(Mode mode, int status, long millis, int times) {
        long until = mode == Mode.OUTAGE ? System.currentTimeMillis() + millis : Long.MAX_VALUE;
        current = new Fault(mode, status, millis, new AtomicInteger(times), until);
    }

    void clear() {
        current = null;
    }

    /**
     * The fault that applies to this call, consuming one use of it, or null. A timeout after accepting only
     * means something for a call that changes a grievance (a registration, a transfer): reads neither see nor use it up.
     */
    Fault next(boolean registration) {
        Fault f = current;
        if (f == null) {
            return null;
        }
        if (f.mode() == Mode.TIMEOUT_AFTER_ACCEPT && !registration) {
            return null;
        }
        if (f.mode() == Mode.OUTAGE) {
            if (System.currentTimeMillis() < f.until()) {
                return f;
            }
            current = null;
            return null;
        }
        if (f.remaining().getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return f;
        }
        return null;
    }
}
