package org.samparksetu.intake.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.intake.text.LanguageGuess;

import java.time.Instant;

/**
 * A new complaint and its readable number ({@code JAL-2026-000123}: the district, the calendar year in the district's
 * zone, a sequence that never hands a number out twice), whichever front door it came through.
 */
@ApplicationScoped
public class ComplaintNumbering {

    @Inject
    ComplaintRepository complaints;
    @Inject
    DistrictConfig district;

    /** A DRAFT with its number, not yet persisted; Hindi until its words say otherwise. */
    public Complaint open(String channel, String citizen, String messageType, Instant receivedAt) {
        Complaint c = new Complaint();
        c.citizenWaId = citizen;
        c.channel = channel;
        c.messageType = messageType;
        c.status = Complaint.Status.DRAFT;
        c.receivedAt = receivedAt;
        c.updatedAt = receivedAt;
        c.language = LanguageGuess.HINDI;
        c.complaintId = ComplaintIds.format(district.districtCode(), receivedAt.atZone(district.zone()).getYear(),
                complaints.nextNumber());
        return c;
    }
}
