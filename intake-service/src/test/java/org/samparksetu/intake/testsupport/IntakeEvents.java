package org.samparksetu.intake.testsupport;

import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.util.List;

/** What intake published on the running test app's topics, read the way the other services would. */
public final class IntakeEvents {
    private IntakeEvents() {
    }

    public static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    /** Waits for at least {@code atLeast} citizen.notice events to the citizen; returns them all. */
    public static List<EventEnvelope<CitizenNotice>> notices(String citizen, int atLeast) {
        return TestEvents.awaitEvents(prefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class,
                e -> citizen.equals(e.data().citizenWaId()), atLeast);
    }

    /** The citizen.notice events to the citizen out now, without waiting. */
    public static List<EventEnvelope<CitizenNotice>> allNotices(String citizen) {
        return TestEvents.events(prefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class).stream()
                .filter(e -> citizen.equals(e.data().citizenWaId())).toList();
    }

    /** The citizen.notice events about one complaint out now, in the order they were emitted (one key, one partition). */
    public static List<CitizenNotice> noticesAbout(String complaintId) {
        return TestEvents.events(prefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class).stream()
                .filter(e -> complaintId.equals(e.subject())).map(EventEnvelope::data).toList();
    }

    /** Waits for the complaint's complaint.received; returns every one out (a test asserts there is one). */
    public static List<EventEnvelope<ComplaintReceived>> received(String complaintId) {
        return TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> complaintId.equals(e.subject()), 1);
    }

    /** Waits for the complaint's complaint.quarantined with that decision (HELD or REJECTED). */
    public static EventEnvelope<ComplaintQuarantined> quarantined(String complaintId, String decision) {
        return TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_QUARANTINED, ComplaintQuarantined.class,
                e -> complaintId.equals(e.subject()) && decision.equals(e.data().decision()), 1).get(0);
    }
}
