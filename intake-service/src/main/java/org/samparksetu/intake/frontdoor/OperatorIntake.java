package org.samparksetu.intake.frontdoor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintSubmissions;

import java.util.Locale;

/** Files a complaint an operator took in person or by phone, in one transaction with its announcement. */
@ApplicationScoped
public class OperatorIntake {

    @Inject
    ComplaintSubmissions submissions;

    /** What the operator is told: the complaint's number, where it went and through which door. */
    public record Filed(String complaintId, Complaint.Status status, String channel) {
    }

    /** @param source how it was taken (JANSUNWAI, PHONE, WALK_IN, LETTER), kept as the complaint's message type */
    @Transactional
    public Filed file(String source, String waId, String name, String text, String place, Double latitude,
                      Double longitude, String operator) {
        Complaint c = submissions.file(new ComplaintSubmissions.Submission(Complaint.CHANNEL_OPERATOR,
                source.toLowerCase(Locale.ROOT), waId, name, text, place, latitude, longitude, null), operator);
        return new Filed(c.complaintId, c.status, c.channel);
    }
}
