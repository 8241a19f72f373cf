package org.samparksetu.intake.complaint;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.notice.CitizenNotices;

import java.time.Instant;
import java.util.Set;

/**
 * A WhatsApp complaint put together from the citizen's messages. The first message of a new complaint gets its
 * number at once (citizen.notice ACKNOWLEDGED); the messages that follow join the same DRAFT (text, photos, voice
 * notes, documents, a location) until the citizen has been quiet for a while ({@link AssemblyWindow}); then the
 * sweeper hands it to {@link ComplaintScreening}. Every method runs in the caller's transaction, which holds the
 * citizen's row lock.
 */
@ApplicationScoped
public class ComplaintAssembly {
    private static final Logger LOG = Logger.getLogger(ComplaintAssembly.class);
    /** Media a citizen sends as (part of) a complaint: a photo of a written complaint, a voice note, a PDF, a video. */
    public static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document");

    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintNumbering numbering;
    @Inject
    ComplaintPartStore parts;
    @Inject
    ComplaintScreening screening;
    @Inject
    IntakeConfig config;
    @Inject
    Citizens citizens;
    @Inject
    CitizenNotices notices;
    @Inject
    MeterRegistry metrics;

    /** The longest text a WhatsApp complaint assembles (WhatsApp's own limit is 4096 characters a message). */
    public static final int MAX_TEXT = 16_000;

    /** Whether this message type files a complaint (text, location pin, or media). */
    public static boolean filesComplaint(String type) {
        return "text".equals(type) || "location".equals(type) || MEDIA_TYPES.contains(type);
    }

    /**
     * Adds the message to the citizen's complaint that is still being put together, or starts one. The first words
     * or media of a new complaint get its number at once (citizen.notice ACKNOWLEDGED, in this transaction); parts
     * that join later are answered by {@link PartNoticeRule}; a pin alone is asked for words (LOCATION_NEEDS_TEXT)
     * and waits for them. The complaint is complete when {@link AssemblyWindow} says (the sweeper finishes it). With
     * a zero window the complaint is finished at once and nothing is said before it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint fileFromWhatsApp(InboundMessage m, Instant receivedAt, StoredMedia media) {
        AssemblyWindow assembly = AssemblyWindow.of(config.complaint());
        if (!assembly.assembles()) {
            Complaint c = newComplaint(m, receivedAt);
            addPart(c, m, receivedAt, media);
            screening.finish(c);
            return c;
        }
        Complaint c = complaints.openDraft(m.citizenId(), receivedAt);
        boolean opened = c == null;
        if (opened) {
            c = newComplaint(m, receivedAt);
        }
        String words = addPart(c, m, receivedAt, media);
        boolean content = !"location".equals(m.type()); // words or media: a complaint; a pin alone is not one yet
        if (!c.acknowledged()) {
            if (content) {
                acknowledge(c, m.type(), words, receivedAt);
            } else if (opened) {
                notices.locationNeedsText(c.citizenWaId, c.complaintId);
                told(c, m.type(), receivedAt);
            }
        } else if (PartNoticeRule.tell(m.type(), toldTypes(c), c.citizenToldAt, receivedAt, assembly.quiet())) {
            notices.partAdded(c.citizenWaId, c.complaintId, m.type(), words);
            told(c, m.type(), receivedAt);
        }
        c.windowClosesAt = assembly.closesAt(c.receivedAt, c.acknowledgedAt, receivedAt);
        LOG.debugf("%s message joins complaint %s until %s", m.type(), c.complaintId, c.windowClosesAt);
        return c;
    }

    private Complaint newComplaint(InboundMessage m, Instant receivedAt) {
        Complaint c = numbering.open(Complaint.CHANNEL_WHATSAPP, m.citizenId(), m.type(), receivedAt);
        c.wamid = m.wamid();
        complaints.persist(c);
        return c;
    }

    /**
     * Gives the citizen the complaint number now, while its parts still come in. The welcome for a first complaint
     * goes with it (decided here, once per number, not again when the complaint is received).
     */
    private void acknowledge(Complaint c, String messageType, String words, Instant at) {
        c.acknowledgedAt = at;
        c.firstContact = citizens.welcomeIfFirst(c.citizenWaId);
        notices.acknowledged(c.citizenWaId, c.complaintId, c.firstContact, messageType, words);
        told(c, messageType, at);
        metrics.counter("intake.complaints.acknowledged").increment();
    }

    private static void told(Complaint c, String messageType, Instant at) {
        c.citizenToldAt = at;
        if (!toldTypes(c).contains(messageType)) {
            c.toldPartTypes = c.toldPartTypes == null ? messageType : c.toldPartTypes + " " + messageType;
        }
    }

    private static Set<String> toldTypes(Complaint c) {
        return c.toldPartTypes == null ? Set.of() : Set.of(c.toldPartTypes.split(" "));
    }

    /** Stores the message as a part of the complaint and returns its words (text or caption), if any. */
    private String addPart(Complaint c, InboundMessage m, Instant receivedAt, StoredMedia media) {
        String partText = null;
        switch (m.type()) {
            case "text" -> partText = m.text();
            case "location" -> {
                InboundMessage.Location pin = m.location();
                if (pin.hasCoordinates()) {
                    c.latitude = pin.latitude();
                    c.longitude = pin.longitude();
                }
                c.locationName = pin.name();
                c.locationAddress = pin.address();
            }
            default -> { // media: the caption, if the citizen typed one, is (part of) the complaint's text
                partText = m.caption();
                if (c.mediaId == null) {
                    c.mediaId = m.mediaId();
                    c.mediaMimeType = m.mediaMimeType();
                }
            }
        }
        if (partText != null && !partText.isBlank()) {
            String joined = c.hasText() ? c.text + "\n" + partText : partText;
            // The complaint's text stops growing at its limit (every part stays whole in complaint_part): a citizen who
            // sends many long messages in one window must not make a complaint.received too large to announce.
            c.text = joined.length() <= MAX_TEXT ? joined : c.hasText() ? c.text : partText.substring(0, MAX_TEXT);
        }
        parts.store(c, m, partText, receivedAt, media);
        return partText;
    }
}
