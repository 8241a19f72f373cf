package org.samparksetu.intake.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.complaint.ComplaintSubmissions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Service requests through Open311: filing one (screened like a WhatsApp complaint) and reading back the ones filed
 * through Open311 only, so that WhatsApp complainants' texts are never published.
 */
@ApplicationScoped
public class Open311Requests {
    static final String ACTOR = "OPEN311";

    @Inject
    ComplaintSubmissions submissions;
    @Inject
    ComplaintRepository complaints;

    /** A request as the client sent it, its checks passed. */
    public record NewRequest(String citizenWaId, String reporterName, String description, String place,
                             Double latitude, Double longitude, String serviceCode) {
    }

    /** The request filed (held when its number is past a limit), or refused (a blocked number): see {@link ComplaintSubmissions.Filed}. */
    @Transactional
    public ComplaintSubmissions.Filed file(NewRequest r) {
        return submissions.file(new ComplaintSubmissions.Submission(Complaint.CHANNEL_OPEN311, "text", r.citizenWaId(),
                r.reporterName(), r.description(), r.place(), r.latitude(), r.longitude(), r.serviceCode(), null), ACTOR);
    }

    /** The Open311 requests with these ids, newest first. */
    @Transactional
    public List<Complaint> withIds(List<String> ids) {
        return complaints.list("channel = ?1 and complaintId in ?2 order by receivedAt desc",
                Complaint.CHANNEL_OPEN311, ids);
    }

    /** Open311 requests received in [from, to], newest first, at most {@code max}. */
    @Transactional
    public List<Complaint> between(Instant from, Instant to, int max) {
        return complaints.find("channel = ?1 and receivedAt >= ?2 and receivedAt <= ?3 order by receivedAt desc",
                Complaint.CHANNEL_OPEN311, from, to).page(0, max).list();
    }

    @Transactional
    public Optional<Complaint> withId(String id) {
        return Optional.ofNullable(complaints.findById(id)).filter(c -> Complaint.CHANNEL_OPEN311.equals(c.channel));
    }
}
