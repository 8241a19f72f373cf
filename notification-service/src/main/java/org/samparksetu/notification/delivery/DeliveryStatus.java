package org.samparksetu.notification.delivery;

import java.util.Locale;
import java.util.Optional;

/**
 * WhatsApp's delivery statuses in their order. Webhooks arrive out of order, so a status only ever
 * moves forward (a late {@code sent} never undoes {@code delivered}); {@code failed} is final and is
 * accepted only before delivery (a delivered message cannot fail). Unknown values are ignored.
 */
public enum DeliveryStatus {
    SENT(1), DELIVERED(2), READ(3), FAILED(4);

    private final int rank;

    DeliveryStatus(int rank) {
        this.rank = rank;
    }

    public static Optional<DeliveryStatus> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // e.g. "played", "deleted": not ours to track
        }
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a message currently at {@code current} (null: none yet) moves to this status. */
    public boolean advances(DeliveryStatus current) {
        if (current == null) {
            return true;
        }
        if (current == FAILED) {
            return false;
        }
        if (this == FAILED) {
            return current == SENT;
        }
        return rank > current.rank;
    }
}
