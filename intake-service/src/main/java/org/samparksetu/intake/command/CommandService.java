package org.samparksetu.intake.command;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.text.CitizenCommand;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A citizen's command (status, list, help, withdraw) becomes {@code citizen.replied} kind COMMAND; the notification
 * service answers it from its timeline. The complaint it names is always one filed from the same number: an ID
 * from another number is dropped (never confirmed, never denied), so nobody can read someone else's complaint.
 */
@ApplicationScoped
public class CommandService {
    private static final Logger LOG = Logger.getLogger(CommandService.class);
    public static final String KIND_COMMAND = "COMMAND";
    /** What a citizen may still withdraw: anything not yet decided for good. */
    static final Set<Complaint.Status> WITHDRAWABLE = EnumSet.of(Complaint.Status.DRAFT, Complaint.Status.RECEIVED,
            Complaint.Status.QUARANTINED, Complaint.Status.AWAITING_TRANSCRIPTION);

    @Inject
    Clock clock;
    @Inject
    ComplaintRepository complaints;
    @Inject
    Outbox outbox;
    @Inject
    DecisionLog decisions;
    @Inject
    MeterRegistry metrics;

    /** @return the complaint the command is about (always the sender's own), or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public String handle(InboundMessage m, CitizenCommand command, Instant receivedAt) {
        String citizen = m.citizenId();
        String complaintId = switch (command.type()) {
            case STATUS -> command.complaintId() != null ? own(command.complaintId(), citizen) : latest(citizen, false);
            case WITHDRAW -> withdraw(command.complaintId() != null ? own(command.complaintId(), citizen)
                    : latest(citizen, true), citizen, m.wamid());
            case LIST, HELP -> null;
        };
        if (command.complaintId() != null && complaintId == null) {
            LOG.infof("%s from %s names a complaint not filed from that number; answered without it",
                    command.type(), Mask.phone(citizen));
        }
        outbox.emit(EventType.CITIZEN_REPLIED, complaintId != null ? complaintId : citizen,
                new CitizenReplied(complaintId, citizen, m.wamid(), KIND_COMMAND, null, m.text(),
                        m.sentAt() != null ? m.sentAt() : receivedAt, command.type().name(), command.language()));
        decisions.record(citizen, complaintId, m.wamid(), "COMMAND_" + command.type(), null, "CITIZEN");
        metrics.counter("intake.commands", "command", command.type().name(), "language", command.language()).increment();
        return complaintId;
    }

    /** The complaint if this number filed it (a repeat that was linked answers for the complaint it repeats). */
    private String own(String complaintId, String citizen) {
        Complaint c = complaints.findById(complaintId);
        if (c == null || !citizen.equals(c.citizenWaId)) {
            return null;
        }
        return c.status == Complaint.Status.LINKED && c.linkedTo != null ? c.linkedTo : c.complaintId;
    }

    private String latest(String citizen, boolean withdrawableOnly) {
        return complaints.filedBy(citizen, 50).stream()
                // a complaint still in its window has not been acknowledged yet: "status" means the last announced one
                .filter(c -> withdrawableOnly ? WITHDRAWABLE.contains(c.status) : c.status != Complaint.Status.DRAFT)
                .map(c -> c.complaintId).findFirst().orElse(null);
    }

    private String withdraw(String complaintId, String citizen, String wamid) {
        if (complaintId == null) {
            return null;
        }
        Complaint c = complaints.findById(complaintId);
        if (WITHDRAWABLE.contains(c.status)) {
            c.status = Complaint.Status.WITHDRAWN;
            c.windowClosesAt = null;
            c.updatedAt = Instant.now(clock);
            c.decidedBy = "CITIZEN";
            c.decidedAt = c.updatedAt;
            decisions.record(citizen, complaintId, wamid, "WITHDRAWN", null, "CITIZEN");
            // Same transaction as the status change, and only when it really changed: a second WITHDRAW (or a
            // replayed webhook) finds it WITHDRAWN already and emits nothing. Downstream services stop on it.
            outbox.emit(EventType.COMPLAINT_WITHDRAWN, complaintId,
                    new ComplaintWithdrawn(complaintId, ComplaintWithdrawn.BY_CITIZEN, null, c.updatedAt));
            metrics.counter("intake.complaints.withdrawn").increment();
            LOG.infof("complaint %s withdrawn by %s", complaintId, Mask.phone(citizen));
        }
        return complaintId;
    }
}
