package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.testing.system.SystemUnderTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the system registered and keeps: the Sampark simulator's grievances, each service's own database, and the
 * events each service published (its outbox, keyed by complaint number).
 */
final class Records {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Records() {
    }

    /** A query on one service's own database. */
    static List<Map<String, Object>> query(String service, String sql, Object... params) {
        return query(TheSystem.get(), service, sql, params);
    }

    /** The same on a system a test started itself. */
    static List<Map<String, Object>> query(SystemUnderTest system, String service, String sql, Object... params) {
        return system.query(service, sql, params);
    }

    /** The grievances the Sampark portal holds for this complaint number (one per registration). */
    static List<Grievance> samparkRegistrations(String complaintId) {
        return samparkRegistrations(TheSystem.get(), complaintId);
    }

    static List<Grievance> samparkRegistrations(SystemUnderTest system, String complaintId) {
        return system.simulators.sampark().byReference(complaintId);
    }

    /**
     * Every grievance on the Sampark portal that came from this citizen: by one of their complaint numbers, or
     * with their WhatsApp number as the contact.
     */
    static List<Grievance> samparkRegistrationsFrom(Citizen citizen) {
        Set<String> theirs = Set.copyOf(citizen.complaintIds());
        return citizen.system.simulators.sampark().all().stream()
                .filter(g -> theirs.contains(g.reference())
                        || (g.contactNumber() != null && g.contactNumber().replaceAll("\\D", "").endsWith(citizen.waId.substring(2))))
                .toList();
    }

    /** The types of the events a service published about one complaint, in the order it wrote them. */
    static List<String> eventsFrom(String service, String complaintId) {
        return query(service, "select event_type from outbox_event where message_key = ? order by id", complaintId)
                .stream().map(r -> (String) r.get("event_type")).toList();
    }

    /** The {@code data} of each event of this type a service published about one complaint, in order. */
    static List<JsonNode> eventData(String service, String complaintId, String eventType) {
        return query(service, "select payload from outbox_event where message_key = ? and event_type = ? order by id",
                complaintId, eventType).stream().map(r -> data((String) r.get("payload"))).toList();
    }

    /** The citizen.notice events intake wrote for this citizen, whatever complaint (or none) they are about. */
    static List<JsonNode> noticesTo(Citizen citizen) {
        return query(citizen.system, "intake-service", "select payload from outbox_event where event_type = 'citizen.notice' order by id")
                .stream().map(r -> data((String) r.get("payload")))
                .filter(d -> citizen.waId.equals(d.path("citizenWaId").asText()))
                .toList();
    }

    /** The kinds of those notices, in order. */
    static List<String> noticeKindsTo(Citizen citizen) {
        return noticesTo(citizen).stream().map(d -> d.path("kind").asText()).toList();
    }

    /** The citizen.replied events intake wrote for this citizen, in order. */
    static List<JsonNode> repliesFrom(Citizen citizen) {
        return query(citizen.system, "intake-service", "select payload from outbox_event where event_type = 'citizen.replied' order by id")
                .stream().map(r -> data((String) r.get("payload")))
                .filter(d -> citizen.waId.equals(d.path("citizenWaId").asText()))
                .toList();
    }

    /** The notification service's record of every message to this citizen, oldest first: "cause_type:state". */
    static List<String> messagesRecordedFor(Citizen citizen) {
        return query(citizen.system, "notification-service",
                "select cause_type, state from outgoing_message where recipient = ? order by seq", citizen.waId)
                .stream().map(r -> r.get("cause_type") + ":" + r.get("state")).toList();
    }

    /** Every service published everything it wrote (nothing left in an outbox). */
    static void awaitOutboxesDrained() {
        awaitOutboxesDrained(TheSystem.get());
    }

    static void awaitOutboxesDrained(SystemUnderTest system) {
        for (String service : system.services.keySet()) {
            await(service + " outbox drained").atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(query(system, service,
                            "select count(*) as pending from outbox_event where published_at is null"))
                            .containsExactly(Map.of("pending", 0L)));
        }
    }

    private static JsonNode data(String envelope) {
        try {
            JsonNode node = JSON.readTree(envelope);
            return node.has("data") ? node.get("data") : node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
