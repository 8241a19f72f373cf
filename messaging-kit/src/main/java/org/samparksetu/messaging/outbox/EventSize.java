package org.samparksetu.messaging.outbox;

/**
 * How many bytes an outbox row will weigh as a Kafka record: payload, key, topic (with room for a prefix) and the two
 * CloudEvents headers, in UTF-8. An upper estimate is what matters: the budget keeps far below the broker's limit.
 */
public final class EventSize {
    /** Record framing, header names and a deployment's topic prefix. */
    static final int OVERHEAD = 256;

    private EventSize() {
    }

    public static int of(String topic, String key, String eventType, String payload) {
        return OVERHEAD + utf8(topic) + utf8(key) + utf8(eventType) + 36 /* ce_id */ + utf8(payload);
    }

    private static int utf8(String s) {
        if (s == null) {
            return 0;
        }
        // Counted without encoding a copy of a possibly large payload.
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
