package org.samparksetu.intake.complaint;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.notice.CitizenNotices;
import org.samparksetu.intake.text.CaptionRule;
import org.samparksetu.intake.text.ContactNumbers;
import org.samparksetu.intake.text.ContentScreen;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.intake.text.NearDuplicate;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen's complaint from first message to announcement. The first WhatsApp message of a new complaint gets its
 * number at once (citizen.notice ACKNOWLEDGED); the messages that follow join the same DRAFT (text, photos, voice
 * notes, documents, a location) until the citizen has been quiet for a while ({@link AssemblyWindow}); then the
 * complaint is screened once, as a whole: media whose words are only a cover note ({@link CaptionRule}) → the
 * transcription queue; the same text again → LINKED to the earlier complaint; empty (a pin that never got words),
 * gibberish, abusive, over the caps, or from a flagged number → QUARANTINED for an operator; otherwise RECEIVED and
 * announced on {@code complaint.received} (which says whether the number was already given).
 * Every method runs in the caller's transaction, which for WhatsApp holds the citizen's row lock.
 */
@ApplicationScoped
public class ComplaintService {
    private static final Logger LOG = Logger.getLogger(ComplaintService.class);
    public static final String CHANNEL_WHATSAPP = "WHATSAPP";
    public static final String CHANNEL_OPERATOR = "OPERATOR";
    public static final String CHANNEL_OPEN311 = "OPEN311";
    /** Media a citizen sends as (part of) a complaint: a photo of a written complaint, a voice note, a PDF, a video. */
    public static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document");
    public static final String CAP_EXCEEDED = "CAP_EXCEEDED";
    public static final String BURST = "BURST";
    public static final String FLAGGED_FALSE_CASE = "FLAGGED_FALSE_CASE";

    @Inject
    ComplaintRepository complaints;
    @Inject
    Outbox outbox;
    @Inject
    DistrictConfig district;
    @Inject
    IntakeConfig config;
    @Inject
    Citizens citizens;
    @Inject
    DecisionLog decisions;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;
    @Inject
    CitizenNotices notices;
    @Inject
    ComplaintPartStore parts;

    /** Whether this message type files a complaint (text, location pin, or media). */
    public static boolean filesComplaint(String type) {
        return "text".equals(type) || "location".equals(type) || MEDIA_TYPES.contains(type);
    }

    /**
     * Adds the message to the citizen's complaint that is still being put together, or starts one. The first words
     * or media of a new complaint get its number at once (citizen.notice ACKNOWLEDGED, in this transaction); parts
     * that join later are answered by {@link PartNoticeRule}; a pin alone is asked for words (LOCATION_NEEDS_TEXT)
     * and waits for them. The complaint is complete when {@link AssemblyWindow} says (the sweeper finishes it). With
     * a zero window the complaint is finished at once and nothing is said before it is. The caller holds the
     * citizen's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint fileFromWhatsApp(InboundMessage m, Instant receivedAt, StoredMedia media) {
        AssemblyWindow assembly = assemblyWindow();
        if (!assembly.assembles()) {
            Complaint c = newWhatsAppComplaint(m, receivedAt);
            addPart(c, m, receivedAt, media);
            finish(c);
            return c;
        }
        Complaint c = complaints.openDraft(m.citizenId(), receivedAt);
        boolean opened = c == null;
        if (opened) {
            c = newWhatsAppComplaint(m, receivedAt);
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

    private Complaint newWhatsAppComplaint(InboundMessage m, Instant receivedAt) {
        Complaint c = newComplaint(CHANNEL_WHATSAPP, m.citizenId(), m.type(), receivedAt);
        c.wamid = m.wamid();
        complaints.persist(c);
        return c;
    }

    /** The assembly settings as one rule; read each time, so a test profile's values apply. */
    public AssemblyWindow assemblyWindow() {
        var settings = config.complaint();
        return new AssemblyWindow(settings.quiet(), settings.window(), settings.locationWait());
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

    /** A complaint from another front door: what a person typed in (operator) or an Open311 client sent. */
    public record Submission(String channel, String citizenWaId, String reporterName, String text, String place,
                             Double latitude, Double longitude, String serviceCode) {
    }

    /**
     * Files a complaint taken by an operator (jansunwai, phone call: announced at once, the operator vouches for it)
     * or sent by an Open311 client (screened like a WhatsApp complaint, without the per-number limits).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint fileSubmission(Submission s, String actor) {
        Instant now = Instant.now();
        if (s.citizenWaId() != null) {
            citizens.lock(s.citizenWaId());
        }
        Complaint c = newComplaint(s.channel(), s.citizenWaId(), "text", now);
        c.text = s.text();
        c.reporterName = s.reporterName();
        c.locationName = s.place();
        c.latitude = s.latitude();
        c.longitude = s.longitude();
        c.serviceCode = s.serviceCode();
        c.decidedBy = actor;
        complaints.persist(c);
        if (CHANNEL_OPERATOR.equals(s.channel())) {
            c.language = LanguageGuess.of(c.text);
            c.contactNumber = ContactNumbers.extract(c.text);
            announce(c, actor);
        } else {
            finish(c);
        }
        return c;
    }

    Complaint newComplaint(String channel, String citizen, String type, Instant receivedAt) {
        Complaint c = new Complaint();
        c.citizenWaId = citizen;
        c.channel = channel;
        c.messageType = type;
        c.status = Complaint.Status.DRAFT;
        c.receivedAt = receivedAt;
        c.updatedAt = receivedAt;
        c.language = LanguageGuess.HINDI;
        c.complaintId = ComplaintIds.format(district.districtCode(), receivedAt.atZone(district.zone()).getYear(),
                complaints.nextNumber());
        return c;
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
            c.text = c.hasText() ? c.text + "\n" + partText : partText;
        }
        parts.store(c, m, partText, receivedAt, media);
        return partText;
    }

    /** Screens a complaint whose window has closed and sends it where it belongs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(Complaint c) {
        c.windowClosesAt = null;
        c.language = LanguageGuess.of(c.text);
        c.contactNumber = ContactNumbers.extract(c.text);
        if (hasMedia(c.complaintId) && !CaptionRule.describesProblem(c.text)) {
            awaitTranscription(c);
            return;
        }
        String reason = null;
        if (c.hasText()) {
            Optional<Complaint> earlier = duplicateOf(c);
            if (earlier.isPresent()) {
                link(c, earlier.get());
                return;
            }
            reason = ContentScreen.reasonToHold(c.text).orElse(null);
        } else if (c.latitude == null || (CHANNEL_WHATSAPP.equals(c.channel) && assemblyWindow().assembles())) {
            // nothing to act on: no words, no media, and a pin alone waited for words that never came
            reason = ContentScreen.EMPTY;
        }
        if (reason == null && CHANNEL_WHATSAPP.equals(c.channel)) {
            reason = overLimits(c);
        }
        if (reason != null) {
            quarantine(c, reason);
        } else {
            announce(c, DecisionLog.SYSTEM);
        }
    }

    /**
     * A photographed hand-written application, a voice note or a document whose words (if any) are only a cover
     * note ("ye dekhiye"): no machine reads these reliably here, so a person does. The words are not the complaint's
     * text (they would reach the department as the complaint); they stay as parts for the operator to see.
     */
    private void awaitTranscription(Complaint c) {
        String words = c.text;
        c.text = null;
        c.status = Complaint.Status.AWAITING_TRANSCRIPTION;
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "TRANSCRIPTION_QUEUED",
                words == null ? "photo or voice only" : "the words are only a cover note", DecisionLog.SYSTEM);
        metrics.counter("intake.complaints.awaiting-transcription").increment();
        LOG.infof("complaint %s from %s is in its media (%s); queued for transcription", c.complaintId,
                Mask.phone(c.citizenWaId), words == null ? "no words" : "cover note " + Mask.text(words));
        if (CHANNEL_WHATSAPP.equals(c.channel)) {
            notices.awaitingTranscription(c.citizenWaId, c.complaintId, words);
        }
    }

    /** The words of every part of the complaint (texts and captions), oldest first, joined by new lines; or null. */
    @SuppressWarnings("unchecked")
    public String partWords(String complaintId) {
        List<String> texts = em.createNativeQuery(
                        "select text from complaint_part where complaint_id = ?1 and text is not null order by id")
                .setParameter(1, complaintId).getResultList();
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    private boolean hasMedia(String complaintId) {
        return ((Number) em.createNativeQuery("select count(*) from complaint_part where complaint_id = ?1 and media_id is not null")
                .setParameter(1, complaintId).getSingleResult()).longValue() > 0;
    }

    private Optional<Complaint> duplicateOf(Complaint c) {
        if (c.citizenWaId == null) {
            return Optional.empty();
        }
        Instant since = c.receivedAt.minus(config.abuse().duplicatePeriod());
        List<Complaint> earlier = complaints.list("""
                        citizenWaId = ?1 and complaintId <> ?2 and receivedAt >= ?3 and text is not null
                        and status in ?4 order by receivedAt desc""", c.citizenWaId, c.complaintId, since,
                List.of(Complaint.Status.RECEIVED, Complaint.Status.QUARANTINED, Complaint.Status.AWAITING_TRANSCRIPTION));
        double threshold = config.abuse().duplicateSimilarity();
        return earlier.stream().filter(e -> NearDuplicate.nearlySame(e.text, c.text, threshold)).findFirst();
    }

    private void link(Complaint c, Complaint earlier) {
        c.status = Complaint.Status.LINKED;
        c.linkedTo = earlier.complaintId;
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "LINKED", "same text as " + earlier.complaintId, DecisionLog.SYSTEM);
        metrics.counter("intake.complaints.linked").increment();
        LOG.infof("complaint %s from %s repeats %s; linked, not filed again", c.complaintId, Mask.phone(c.citizenWaId),
                earlier.complaintId);
        if (CHANNEL_WHATSAPP.equals(c.channel)) {
            notices.linked(c.citizenWaId, c.complaintId, earlier.complaintId, c.language);
        }
    }

    /** FLAGGED_FALSE_CASE, CAP_EXCEEDED, BURST or null. */
    private String overLimits(Complaint c) {
        if (config.abuse().quarantineFlagged() && citizens.flag(c.citizenWaId).isPresent()) {
            return FLAGGED_FALSE_CASE;
        }
        var abuse = config.abuse();
        if (filedSince(c, c.receivedAt.minus(abuse.capPeriod())) >= abuse.cap()) {
            return CAP_EXCEEDED;
        }
        if (filedSince(c, c.receivedAt.minus(abuse.burstPeriod())) >= abuse.burst()) {
            return BURST;
        }
        return null;
    }

    /** Complaints this number has filed since then (linked repeats and open drafts do not count). */
    private long filedSince(Complaint c, Instant since) {
        return complaints.count("citizenWaId = ?1 and complaintId <> ?2 and receivedAt >= ?3 and status not in ?4",
                c.citizenWaId, c.complaintId, since, List.of(Complaint.Status.LINKED, Complaint.Status.DRAFT));
    }

    /** Holds the complaint back for an operator; the citizen is told (by the notification service) it is held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void quarantine(Complaint c, String reason) {
        Instant now = Instant.now();
        c.status = Complaint.Status.QUARANTINED;
        c.quarantineReason = reason;
        c.updatedAt = now;
        outbox.emit(EventType.COMPLAINT_QUARANTINED, c.complaintId,
                new ComplaintQuarantined(c.complaintId, reason, now, c.citizenWaId, c.language, "HELD"));
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "QUARANTINED", reason, DecisionLog.SYSTEM);
        metrics.counter("intake.complaints.quarantined", "reason", reason).increment();
        LOG.infof("complaint %s from %s quarantined: %s", c.complaintId, Mask.phone(c.citizenWaId), reason);
    }

    /**
     * Announces the complaint on {@code complaint.received}. For a complaint whose number the citizen already has
     * (ACKNOWLEDGED while it was put together) the event says so, and no second acknowledgement is sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Complaint c, String actor) {
        c.status = Complaint.Status.RECEIVED;
        c.updatedAt = Instant.now();
        c.language = c.language == null ? LanguageGuess.of(c.text) : c.language;
        if (CHANNEL_WHATSAPP.equals(c.channel) && c.citizenWaId != null && !c.acknowledged()) {
            c.firstContact = citizens.welcomeIfFirst(c.citizenWaId); // acknowledged complaints decided it then
        }
        GeoPoint location = c.latitude == null ? null
                : new GeoPoint(c.latitude, c.longitude, c.locationName, c.locationAddress);
        outbox.emit(EventType.COMPLAINT_RECEIVED, c.complaintId, new ComplaintReceived(c.complaintId, c.citizenWaId,
                c.channel, c.language, c.text, location, mediaHashes(c.complaintId), c.contactNumber, c.receivedAt,
                c.firstContact, c.acknowledged()));
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "RECEIVED", null, actor);
        metrics.counter("intake.complaints.created", "channel", c.channel).increment();
        LOG.infof("complaint %s received from %s (%s, %s, language %s)", c.complaintId, Mask.phone(c.citizenWaId),
                c.channel, Mask.text(c.text), c.language);
    }

    /** Content hashes (sha256, hex) of the media stored for this complaint, oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> mediaHashes(String complaintId) {
        return em.createNativeQuery("select media_sha256 from complaint_part where complaint_id = ?1 and media_sha256 is not null order by id")
                .setParameter(1, complaintId).getResultList();
    }

    /** True when the complaint exists and was filed from this citizen's WhatsApp id. */
    public boolean isFiledBy(String complaintId, String citizenId) {
        Complaint c = complaints.findById(complaintId);
        return c != null && c.citizenWaId != null && c.citizenWaId.equals(citizenId);
    }
}
