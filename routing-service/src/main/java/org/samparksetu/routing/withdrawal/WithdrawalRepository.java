package org.samparksetu.routing.withdrawal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class WithdrawalRepository implements PanacheRepositoryBase<Withdrawal, String> {
    public boolean isWithdrawn(String complaintId) {
        return findById(complaintId) != null;
    }
}
