package org.samparksetu.verification.rating;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CitizenRatingRepository implements PanacheRepositoryBase<CitizenRating, Long> {

    public boolean hasMessage(String messageId) {
        return messageId != null && count("messageId", messageId) > 0;
    }

    public List<CitizenRating> forComplaint(String complaintId) {
        return list("complaintId", Sort.by("ratedAt").and("id"), complaintId);
    }
}
