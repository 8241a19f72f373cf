package org.samparksetu.routing.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class RoutingHistoryRepository implements PanacheRepository<RoutingHistory> {
    public List<RoutingHistory> of(String complaintId) {
        return list("complaintId = ?1 order by id", complaintId);
    }
}
