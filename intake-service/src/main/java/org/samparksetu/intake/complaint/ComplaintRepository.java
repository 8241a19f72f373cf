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
}
