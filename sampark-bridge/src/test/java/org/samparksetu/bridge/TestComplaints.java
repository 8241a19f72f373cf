package org.samparksetu.bridge;

import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Instant;
import java.util.List;

/** Routed complaints as routing would publish them, and the bridge's answers. */
public final class TestComplaints {
    private TestComplaints() {
    }

    public static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    public static ComplaintRouted routed(String complaintId, String department, String text) {
        return new ComplaintRouted(complaintId, department, 0.9, List.of(), List.of("paani"), "CLASSIFIER", text, "hi",
                "+919876543210", new GeoPoint(25.35, 72.62, null, null), "Sanchore", "Chitalwana", "Hadecha", Instant.now());
    }

    /** As routing publishes it when it knew the subject, ward / gram panchayat and the media. */
    public static ComplaintRouted routed(String complaintId, String department, String text, String subject, String ward,
                                         String gramPanchayat, List<String> mediaIds) {
        return new ComplaintRouted(complaintId, department, 0.9, List.of(), List.of("paani"), "CLASSIFIER", text, "hi",
                "+919876543210", new GeoPoint(25.35, 72.62, null, null), "Sanchore", "Sanchore", "Karola", Instant.now(),
                null, subject, ward, gramPanchayat, mediaIds);
    }

    /** As routing publishes a report it linked to the cluster {@code clusterId} leads (null: in no cluster). */
    public static ComplaintRouted clustered(String complaintId, String clusterId) {
        return new ComplaintRouted(complaintId, "JDVVNL", 0.9, List.of(), List.of("transformer"), "CLASSIFIER",
                "gaon ka transformer jal gaya, bijli nahi hai", "hi", "+919876543210", null, "Sayla", "Sayla", "Posana",
                Instant.now(), clusterId, null, null, null, List.of());
    }

    /** As routing publishes a re-route by the grievance cell: the new department, the old one, the count, the reason. */
    public static ComplaintRouted rerouted(String complaintId, String from, String to, Integer transfers, String reason) {
        return new ComplaintRouted(complaintId, to, 1.0, List.of(), List.of("operator: " + reason), "cell-jalore",
                "nali band hai, paani sadak par", "hi", "+919876543210", new GeoPoint(25.35, 72.62, null, null), "Sanchore",
                "Sanchore", "Karola", Instant.now(), null, null, null, null, List.of(), null, null, from, transfers);
    }

    public static List<EventEnvelope<ComplaintTransferred>> transferred(String complaintId) {
        return TestEvents.events(prefix(), EventType.COMPLAINT_TRANSFERRED, ComplaintTransferred.class).stream()
                .filter(e -> complaintId.equals(e.subject())).toList();
    }

    public static EventEnvelope<ComplaintRouted> publishRouted(ComplaintRouted routed) {
        return TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, routed.complaintId(), routed);
    }

    public static EventEnvelope<ComplaintRouted> publishRouted(String complaintId, String department, String text) {
        return TestEvents.publish(prefix(), EventType.COMPLAINT_ROUTED, complaintId, routed(complaintId, department, text));
    }

    public static List<EventEnvelope<ComplaintRegistered>> registered(String complaintId) {
        return TestEvents.events(prefix(), EventType.COMPLAINT_REGISTERED, ComplaintRegistered.class).stream()
                .filter(e -> complaintId.equals(e.subject())).toList();
    }

    public static EventEnvelope<ComplaintRegistered> awaitRegistered(String complaintId) {
        return TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_REGISTERED, ComplaintRegistered.class,
                e -> complaintId.equals(e.subject()), 1).get(0);
    }
}
