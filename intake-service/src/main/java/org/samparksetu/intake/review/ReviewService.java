package org.samparksetu.intake.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.intake.citizen.AbuseControls;
import org.samparksetu.intake.citizen.AbuseRule;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.complaint.ComplaintScreening;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.complaint.ComplaintAnnouncements;
import org.samparksetu.intake.complaint.ComplaintPartStore;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.intake.text.ContactNumbers;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an operator does with held complaints: release a quarantined one into the normal flow, reject it (the
 * citizen is told why), or type in the text and place of a photo- or voice-only complaint, which then flows on.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    Clock clock;
    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintAnnouncements announcements;
    @Inject
    ComplaintPartStore parts;
    @Inject
    Citizens citizens;
    @Inject
    DecisionLog decisions;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    AbuseControls abuse;
    @Inject
    ComplaintScreening screening;

    /** What the operator read or heard becomes the complaint's text; as long as an operator intake's at most. */
    static final int MAX_TEXT = 4000;
    static final int MAX_PLACE = 200;

    public record Transcription(String text, String place, Double latitude, Double longitude) {
    }

    @Transactional
    public List<Complaint> queue(Complaint.Status status) {
        return complaints.list("status = ?1 order by receivedAt", status);
    }

    @Transactional
    public Complaint release(String complaintId, String operator, String note) {
        Complaint c = held(complaintId, Complaint.Status.QUARANTINED);
        if (ComplaintScreening.heldForLimits(c)) { // the same override as at the operator door: with a reason, kept
            if (note == null || note.isBlank()) {
                throw new ApiException(400, "it was held because " + abuse.describe(c.quarantineReason)
                        + "; say in 'note' why it should go on: it is recorded with your name");
            }
            abuse.recordOverride(Complaint.CHANNEL_OPEN311.equals(c.channel) ? AbuseRule.Door.OPEN311 : AbuseRule.Door.WHATSAPP,
                    c.citizenWaId, c.complaintId, c.quarantineReason, note.strip(), operator);
        }
        decide(c, operator, note);
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "RELEASED", note, operator);
        if (!c.hasText() && parts.hasMedia(c.complaintId)) {
            screening.awaitTranscription(c); // held before anyone read its photo or voice note: read it now
        } else {
            announcements.announce(c, operator);
        }
        return c;
    }

    @Transactional
    public Complaint reject(String complaintId, String operator, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ApiException(400, "say why the complaint is rejected in 'reason': the citizen is told");
        }
        Complaint c = held(complaintId, Complaint.Status.QUARANTINED);
        decide(c, operator, reason);
        c.status = Complaint.Status.REJECTED;
        outbox.emit(EventType.COMPLAINT_QUARANTINED, c.complaintId, new ComplaintQuarantined(c.complaintId, reason,
                c.decidedAt, c.citizenWaId, c.language, "REJECTED"));
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "REJECTED", reason, operator);
        return c;
    }

    @Transactional
    public Complaint transcribe(String complaintId, String operator, Transcription t) {
        if (t == null || t.text() == null || t.text().isBlank()) {
            throw new ApiException(400, "type the complaint's text in 'text'");
        }
        if (t.text().strip().length() > MAX_TEXT) {
            throw new ApiException(400, "'text' is longer than " + MAX_TEXT + " characters; shorten it to what the department must act on");
        }
        if (t.place() != null && t.place().strip().length() > MAX_PLACE) {
            throw new ApiException(400, "'place' is longer than " + MAX_PLACE + " characters; give the village, ward or landmark");
        }
        if ((t.latitude() == null) != (t.longitude() == null)) {
            throw new ApiException(400, "give both 'latitude' and 'longitude', or neither");
        }
        Complaint c = held(complaintId, Complaint.Status.AWAITING_TRANSCRIPTION);
        c.text = t.text().strip();
        if (t.place() != null && !t.place().isBlank()) {
            c.locationName = t.place().strip();
        }
        if (t.latitude() != null) {
            c.latitude = t.latitude();
            c.longitude = t.longitude();
        }
        c.transcribedBy = operator;
        c.language = LanguageGuess.of(c.text);
        // the mobile number written in the letter; else one the citizen wrote beside it ("Mob 98290…" as caption)
        String written = ContactNumbers.extract(c.text);
        c.contactNumber = written != null ? written : ContactNumbers.extract(parts.words(c.complaintId));
        decide(c, operator, "transcribed");
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "TRANSCRIBED", null, operator);
        announcements.announce(c, operator); // the originals stay in complaint_part and the media store
        return c;
    }

    private Complaint held(String complaintId, Complaint.Status expected) {
        Complaint c0 = complaints.findById(complaintId);
        if (c0 == null) {
            throw new ApiException(404, "no complaint " + complaintId);
        }
        if (c0.citizenWaId != null) {
            citizens.lock(c0.citizenWaId);
        }
        Complaint c = complaints.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        if (c.status != expected) {
            throw new ApiException(409, "complaint " + complaintId + " is " + c.status + ", not " + expected
                    + "; it was decided already or is not in this queue");
        }
        return c;
    }

    private void decide(Complaint c, String operator, String note) {
        c.decidedBy = operator;
        c.decidedAt = Instant.now(clock);
        c.decisionNote = note;
        c.updatedAt = c.decidedAt;
    }

    /**
     * Every part (message) of a complaint, for the operator to see the originals: the captions and texts the citizen
     * sent (also those that joined after it was queued), and a link to each stored photo, voice note or document.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> parts(String complaintId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select message_type, text, media_id, media_mime_type, media_sha256, media_size, media_error, voice, received_at
                        from complaint_part where complaint_id = ?1 order by id""").setParameter(1, complaintId).getResultList();
        return rows.stream().map(r -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("type", r[0]);
            m.put("text", r[1]);
            m.put("mediaId", r[2]);
            m.put("mimeType", r[3]);
            m.put("sha256", r[4]);
            m.put("size", r[5]);
            m.put("mediaError", r[6]);
            m.put("voice", r[7]);
            m.put("receivedAt", Citizens.instant(r[8]));
            if (r[4] != null) {
                m.put("mediaUrl", "/operator/media/" + r[4]);
            }
            return m;
        }).toList();
    }
}
