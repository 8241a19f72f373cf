package org.samparksetu.bridge.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class WithdrawalRepository implements PanacheRepositoryBase<Withdrawal, String> {
    public boolean isWithdrawn(String complaintId) {
        return findById(complaintId) != null;
    }

    /** Withdrawn complaints that have a grievance on the portal not yet closed there, oldest withdrawal first. */
    public List<Object[]> toCloseOnPortal() {
        return getEntityManager().createQuery("""
                        select w, r from Withdrawal w, Registration r
                        where r.complaintId = w.complaintId and r.state = :registered and w.closedOnPortalAt is null
                        order by w.withdrawnAt, w.complaintId""", Object[].class)
                .setParameter("registered", Registration.State.REGISTERED)
                .getResultList();
    }
}
