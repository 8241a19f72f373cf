package org.samparksetu.notification.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OutgoingMessageRepository implements PanacheRepositoryBase<OutgoingMessage, UUID> {

    public Optional<OutgoingMessage> byCause(UUID causeEventId) {
        return find("causeEventId", causeEventId).firstResultOptional();
    }

    public Optional<OutgoingMessage> byWamid(String wamid) {
        return find("wamid", wamid).firstResultOptional();
    }

    public List<OutgoingMessage> waitingFor(String complaintId) {
        return list("complaintId = ?1 and state = ?2 order by causeTime, seq", complaintId,
                OutgoingMessage.State.WAITING_FOR_CITIZEN);
    }

    public List<OutgoingMessage> ofComplaint(String complaintId) {
        return list("complaintId = ?1 order by causeTime, seq", complaintId);
    }
}
