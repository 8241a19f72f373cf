package org.samparksetu.intake.frontdoor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.citizen.AbuseRule;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintSubmissions;

import java.util.Locale;

/** Files a complaint an operator took in person or by phone, in one transaction with its announcement. */
@ApplicationScoped
public class OperatorIntake {

    @Inject
    ComplaintSubmissions submissions;

    /**
     * What the operator is told: the complaint's number, where it went and through which door, and the limit the
     * operator's reason let it past; or, nothing filed, the limit that refused it and whether a reason would do.
     */
    public record Filed(String complaintId, Complaint.Status status, String channel, String overriddenLimit,
                        String refusedFor, boolean overridable) {
    }

    /**
     * @param source         how it was taken (JANSUNWAI, PHONE, WALK_IN, LETTER), kept as the complaint's message type
     * @param overrideReason why to file it past the number's limits, or null
     */
    @Transactional
    public Filed file(String source, String waId, String name, String text, String place, Double latitude,
                      Double longitude, String operator, String overrideReason) {
        ComplaintSubmissions.Filed filed = submissions.file(new ComplaintSubmissions.Submission(Complaint.CHANNEL_OPERATOR,
                source.toLowerCase(Locale.ROOT), waId, name, text, place, latitude, longitude, null, overrideReason), operator);
        AbuseRule.Decision d = filed.decision();
        if (filed.refused()) {
            return new Filed(null, null, Complaint.CHANNEL_OPERATOR, null, d.reason(),
                    d.outcome() == AbuseRule.Outcome.NEEDS_OVERRIDE);
        }
        Complaint c = filed.complaint();
        return new Filed(c.complaintId, c.status, c.channel,
                d != null && d.outcome() == AbuseRule.Outcome.OVERRIDDEN ? d.reason() : null, null, false);
    }
}
