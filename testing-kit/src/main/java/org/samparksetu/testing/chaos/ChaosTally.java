package org.samparksetu.testing.chaos;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a chaos run did with its complaints. {@code lost}: sent but never closed within the run's bound, with the
 * stage each stopped at; {@code doubledRegistrations}: extra Sampark registrations of one complaint;
 * {@code doubledMessages}: a citizen receiving a message about the same complaint for the same cause more than once;
 * {@code extraComplaints}: one citizen's one complaint made into several; {@code failedMessages}: citizen messages
 * notification gave up on; {@code drainSeconds}: from the end of the last fault until every complaint is closed, every
 * citizen message sent and every service's outbox published ({@code drained} false: not within the run's bound).
 */
public record ChaosTally(int complaints, int acknowledged, int registered, int closed, int lost,
                         int doubledRegistrations, int doubledMessages, int extraComplaints, int failedMessages,
                         double drainSeconds,
                         boolean drained, Map<String, String> lostAt, List<String> doubles) {

    /** The summary as one JSON line. */
    public String json() {
        StringBuilder lostJson = new StringBuilder("{");
        lostAt.forEach((k, v) -> lostJson.append(lostJson.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v.replace("\\", "\\\\").replace("\"", "'")).append('"'));
        lostJson.append('}');
        StringBuilder doublesJson = new StringBuilder("[");
        doubles.forEach(d -> doublesJson.append(doublesJson.length() > 1 ? "," : "").append('"')
                .append(d.replace("\\", "\\\\").replace("\"", "'")).append('"'));
        doublesJson.append(']');
        return String.format(Locale.ROOT, "{\"measure\":\"chaos\",\"complaints\":%d,\"acknowledged\":%d,\"registered\":%d,"
                        + "\"closed\":%d,\"lost\":%d,\"doubled_registrations\":%d,\"doubled_messages\":%d,"
                        + "\"extra_complaints\":%d,\"failed_messages\":%d,\"drain_s\":%.1f,\"drained\":%s,\"lost_at\":%s,\"doubles\":%s}",
                complaints, acknowledged, registered, closed, lost, doubledRegistrations, doubledMessages,
                extraComplaints, failedMessages, drainSeconds, drained, lostJson, doublesJson);
    }

    /** Exactly {@code lost=<n> doubled_registrations=<n> doubled_messages=<n> drain_s=<seconds>}. */
    public String lastLine() {
        return String.format(Locale.ROOT, "lost=%d doubled_registrations=%d doubled_messages=%d drain_s=%.0f",
                lost, doubledRegistrations, doubledMessages, drainSeconds);
    }
}
