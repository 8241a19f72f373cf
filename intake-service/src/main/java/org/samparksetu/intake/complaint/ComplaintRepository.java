package org.samparksetu.intake.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.samparksetu.intake.text.NearDuplicate;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, String> {

    /** The next readable complaint number; a sequence never hands the same number out twice, even concurrently. */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('complaint_number_seq')")
                .getSingleResult()).longValue();
    }

    /** The citizen's complaint whose window is still open at that moment, if any (the caller holds the citizen lock). */
    public Complaint openDraft(String citizenWaId, Instant at) {
        return find("citizenWaId = ?1 and status = ?2 and windowClosesAt > ?3 order by receivedAt desc",
                citizenWaId, Complaint.Status.DRAFT, at).firstResult();
    }

    /** The latest complaints filed from this number (never anyone else's), newest first. */
    public List<Complaint> filedBy(String citizenWaId, int max) {
        return find("citizenWaId = ?1 and status <> ?2 order by receivedAt desc", citizenWaId, Complaint.Status.LINKED)
                .page(0, max).list();
    }

    /** True when the complaint exists and was filed from this citizen's WhatsApp id. */
    public boolean isFiledBy(String complaintId, String citizenId) {
        Complaint c = findById(complaintId);
        return c != null && c.citizenWaId != null && c.citizenWaId.equals(citizenId);
    }

    /**
     * The number's newest complaint since then whose text is the same or nearly the same (linked repeats and drafts
     * are not compared), other than this one; or null.
     */
    public String earlierWithSameText(Complaint c, Instant since, double similarity) {
        List<Complaint> earlier = list("""
                        citizenWaId = ?1 and complaintId <> ?2 and receivedAt >= ?3 and text is not null
                        and status in ?4 order by receivedAt desc""", c.citizenWaId, c.complaintId, since,
                List.of(Complaint.Status.RECEIVED, Complaint.Status.QUARANTINED, Complaint.Status.AWAITING_TRANSCRIPTION));
        return earlier.stream().filter(e -> NearDuplicate.nearlySame(e.text, c.text, similarity))
                .map(e -> e.complaintId).findFirst().orElse(null);
    }

    /** Complaints the number has filed since then, other than this one (linked repeats and open drafts do not count). */
    public long filedSince(Complaint c, Instant since) {
        return count("citizenWaId = ?1 and complaintId <> ?2 and receivedAt >= ?3 and status not in ?4",
                c.citizenWaId, c.complaintId, since, List.of(Complaint.Status.LINKED, Complaint.Status.DRAFT));
    }
}
