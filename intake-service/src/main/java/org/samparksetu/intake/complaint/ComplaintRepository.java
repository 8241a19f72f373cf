package org.samparksetu.intake.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, String> {

    /** The next readable complaint number; a sequence never hands the same number out twice, even concurrently. */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('complaint_number_seq')")
                .getSingleResult()).longValue();
    }

    /** The citizen's complaint whose window is still open at that moment, if any (the caller holds the citizen lock). */
    public Complaint openDraft(String citizenWaId, java.time.Instant at) {
        return find("citizenWaId = ?1 and status = ?2 and windowClosesAt > ?3 order by receivedAt desc",
                citizenWaId, Complaint.Status.DRAFT, at).firstResult();
    }

    /** The latest complaints filed from this number (never anyone else's), newest first. */
    public java.util.List<Complaint> filedBy(String citizenWaId, int max) {
        return find("citizenWaId = ?1 and status <> ?2 order by receivedAt desc", citizenWaId, Complaint.Status.LINKED)
                .page(0, max).list();
    }
}
