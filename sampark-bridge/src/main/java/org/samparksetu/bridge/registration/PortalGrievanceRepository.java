package org.samparksetu.bridge.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class PortalGrievanceRepository implements PanacheRepositoryBase<PortalGrievanceRecord, String> {

    public List<String> grievanceIdsOf(String complaintId) {
        return find("complaintId", complaintId).stream().map(g -> g.grievanceId).toList();
    }
}
