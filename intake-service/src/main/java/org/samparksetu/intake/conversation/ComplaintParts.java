package org.samparksetu.intake.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.complaint.ComplaintPartStore;
import org.samparksetu.intake.media.StoredMedia;

import java.time.Instant;

/**
 * Adds a later message to an existing complaint as one more part (the complaint's history), the same row the
 * complaint window writes for its parts: text, a photo with its stored hash, a pin. The complaint's announced text
 * stays as it was announced; the operator and the evidence export see every part.
 */
@ApplicationScoped
public class ComplaintParts {

    @Inject
    ComplaintPartStore parts;

    /** @param text the text to keep with the part (a message's body or caption), or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Complaint c, InboundMessage m, String text, Instant receivedAt, StoredMedia media) {
        if ("location".equals(m.type())) {
            InboundMessage.Location pin = m.location();
            // a complaint that has no place yet takes the pin (a photographed letter rarely says where)
            if (c.latitude == null && pin.hasCoordinates()) {
                c.latitude = pin.latitude();
                c.longitude = pin.longitude();
                c.locationName = pin.name();
                c.locationAddress = pin.address();
            }
        }
        parts.store(c, m, text, receivedAt, media);
    }
}
