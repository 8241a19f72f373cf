package org.samparksetu.routing.notice;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class NoticeRepository implements PanacheRepository<Notice> {
    public boolean triggered(String triggerKey) {
        return count("triggerKey", triggerKey) > 0;
    }

    public List<Notice> of(String complaintId) {
        return list("complaintId = ?1 order by id", complaintId);
    }
}
