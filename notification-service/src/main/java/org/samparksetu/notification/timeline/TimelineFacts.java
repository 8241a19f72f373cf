package org.samparksetu.notification.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.notification.message.ComplaintFacts;

import java.util.List;
import java.util.Optional;

/** The facts a message needs from a complaint's earlier events, read from its timeline. */
@ApplicationScoped
public class TimelineFacts implements ComplaintFacts {
    @Inject
    Timeline timeline;

    /**
     * The date on the latest interim relief report: "is it done by then?" is told with the date the department wrote,
     * which verification's question does not carry.
     */
    @Override
    public Optional<String> interimExpectedBy(String complaintId) {
        List<TimelineEntry> reports = timeline.list("complaintId = ?1 and type = ?2 order by occurredAt desc, id desc",
                complaintId, EventType.COMPLAINT_ACTION_REPORTED.type());
        for (TimelineEntry t : reports) {
            if (t.payload == null) {
                continue;
            }
            EventEnvelope<?> e;
            try {
                e = EventCodec.decode(t.payload);
            } catch (RuntimeException ex) {
                continue; // a row we cannot read says nothing
            }
            if (e.data() instanceof ComplaintActionReported r && r.outcome() == DisposalOutcome.INTERIM_RELIEF) {
                return Optional.ofNullable(r.expectedBy()).filter(s -> !s.isBlank());
            }
        }
        return Optional.empty();
    }
}
