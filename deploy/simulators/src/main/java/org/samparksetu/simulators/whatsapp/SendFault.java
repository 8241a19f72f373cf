package org.samparksetu.simulators.whatsapp;

import java.util.concurrent.atomic.AtomicInteger;

/** An injected failure for the next {@code times} sends (to one recipient, or to anyone when {@code to} is null). */
final class SendFault {
    final int code;
    final String to;
    final long timeoutMillis;
    final AtomicInteger remaining;

    SendFault(int code, String to, long timeoutMillis, int times) {
        this.code = code;
        this.to = to;
        this.timeoutMillis = timeoutMillis;
        this.remaining = new AtomicInteger(times);
    }

    boolean appliesTo(String recipient) {
        return remaining.get() > 0 && (to == null || to.equals(recipient));
    }

    boolean take() {
        return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
