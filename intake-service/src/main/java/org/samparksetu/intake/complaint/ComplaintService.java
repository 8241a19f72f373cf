package org.samparksetu.intake.complaint;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.intake.text.ContactNumbers;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.intake.webhook.WebhookPayload;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Turns a citizen's WhatsApp message into a complaint with a readable ID and announces it on
 * {@code complaint.received}, in the caller's transaction (the one that claimed the message id).
 */
@ApplicationScoped
public class ComplaintService {
    private static final Logger LOG = Logger.getLogger(ComplaintService.class);
    public static final String CHANNEL_WHATSAPP = "WHATSAPP";
    /** Media a citizen sends as (part of) a complaint: a photo of a written complaint, a voice note, a PDF, a video. */
    public static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document");

    @Inject
    ComplaintRepository complaints;
    @Inject
    Outbox outbox;

    @Inject
    DistrictConfig district;

    private final Counter created;

    @Inject
    public ComplaintService(MeterRegistry metrics) {
        created = Counter.builder("intake.complaints.created").tag("channel", CHANNEL_WHATSAPP)
                .description("complaints accepted and announced on complaint.received").register(metrics);
    }

    /** Whether this message type files a complaint (text, location pin, or media). */
    public static boolean filesComplaint(String type) {
        return "text".equals(type) || "location".equals(type) || MEDIA_TYPES.contains(type);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint fileFromWhatsApp(WebhookPayload.Message m, Instant receivedAt) {
        Complaint c = new Complaint();
        c.wamid = m.wamid();
        c.citizenWaId = m.citizenId();
        c.channel = CHANNEL_WHATSAPP;
        c.messageType = m.type();
        c.status = Complaint.Status.RECEIVED;
        c.receivedAt = receivedAt;
        switch (m.type()) {
            case "text" -> c.text = m.text("text", "body");
            case "location" -> {
                var loc = m.node().path("location");
                if (loc.path("latitude").isNumber() && loc.path("longitude").isNumber()) {
                    c.latitude = loc.path("latitude").asDouble();
                    c.longitude = loc.path("longitude").asDouble();
                }
                c.locationName = m.text("location", "name");
                c.locationAddress = m.text("location", "address");
            }
            default -> { // media: the caption, if the citizen typed one, is the complaint's text
                c.text = m.text(m.type(), "caption");
                c.mediaId = m.text(m.type(), "id");
                c.mediaMimeType = m.text(m.type(), "mime_type");
            }
        }
        c.language = LanguageGuess.of(c.text);
        c.contactNumber = ContactNumbers.extract(c.text);
        c.complaintId = ComplaintIds.format(district.districtCode(), receivedAt.atZone(district.zone()).getYear(), complaints.nextNumber());
        complaints.persist(c);

        GeoPoint location = c.latitude == null ? null
                : new GeoPoint(c.latitude, c.longitude, c.locationName, c.locationAddress);
        // mediaIds are content hashes of stored media; nothing is downloaded yet, so the list stays empty.
        outbox.emit(EventType.COMPLAINT_RECEIVED, c.complaintId, new ComplaintReceived(c.complaintId, c.citizenWaId,
                CHANNEL_WHATSAPP, c.language, c.text, location, List.of(), c.contactNumber, receivedAt));
        created.increment();
        LOG.infof("complaint %s received from %s (%s, %s, language %s)", c.complaintId, Mask.phone(c.citizenWaId),
                c.messageType, Mask.text(c.text), c.language);
        return c;
    }

    /** True when the complaint exists and was filed from this citizen's WhatsApp id. */
    public boolean isFiledBy(String complaintId, String citizenId) {
        Complaint c = complaints.findById(complaintId);
        return c != null && c.citizenWaId.equals(citizenId);
    }
}
