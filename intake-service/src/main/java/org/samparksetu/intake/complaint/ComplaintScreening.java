package org.samparksetu.intake.complaint;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.citizen.AbuseControls;
import org.samparksetu.intake.citizen.AbuseRule;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.intake.notice.CitizenNotices;
import org.samparksetu.intake.text.ContactNumbers;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.messaging.logging.Mask;

/**
 * A complete complaint is screened once, as a whole ({@link ScreeningRule}), and sent where it belongs: the
 * transcription queue, linked to the earlier complaint it repeats, held for an operator, or received. This class
 * gathers what the rule needs (the parts, the number's earlier complaints and flag) and carries out its answer.
 */
@ApplicationScoped
public class ComplaintScreening {
    private static final Logger LOG = Logger.getLogger(ComplaintScreening.class);

    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintPartStore parts;
    @Inject
    ComplaintAnnouncements announcements;
    @Inject
    IntakeConfig config;
    @Inject
    DecisionLog decisions;
    @Inject
    CitizenNotices notices;
    @Inject
    MeterRegistry metrics;
    @Inject
    AbuseControls abuseControls;

    private static final java.util.Set<String> LIMITS = java.util.Set.of(AbuseRule.BLOCKED, AbuseRule.FLAGGED_FALSE_CASE,
            AbuseRule.CAP_EXCEEDED, AbuseRule.BURST);

    /** Screens a complaint whose window has closed (or that came complete) and sends it where it belongs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(Complaint c) {
        c.windowClosesAt = null;
        c.language = LanguageGuess.of(c.text);
        c.contactNumber = ContactNumbers.extract(c.text);
        var screening = ScreeningRule.screen(facts(c));
        switch (screening.outcome()) {
            case TRANSCRIBE -> awaitTranscription(c);
            case LINK -> link(c, screening.linkedTo());
            case HOLD -> announcements.quarantine(c, screening.reason());
            case RECEIVE -> announcements.announce(c, DecisionLog.SYSTEM);
        }
    }

    private ScreeningRule.Facts facts(Complaint c) {
        var abuse = config.abuse();
        boolean whatsApp = Complaint.CHANNEL_WHATSAPP.equals(c.channel);
        String earlier = c.hasText() && c.citizenWaId != null
                ? complaints.earlierWithSameText(c, c.receivedAt.minus(abuse.duplicatePeriod()), abuse.duplicateSimilarity())
                : null;
        return new ScreeningRule.Facts(c.text, parts.hasMedia(c.complaintId), c.latitude != null, whatsApp,
                AssemblyWindow.of(config.complaint()).assembles(), earlier, heldByLimits(c));
    }

    /**
     * The number's limits, as at every door: what would need an operator holds the complaint for one (its release is
     * the override); a number blocked while its complaint was being put together is held too, not filed.
     */
    private String heldByLimits(Complaint c) {
        if (c.citizenWaId == null) {
            return null;
        }
        AbuseRule.Door door = Complaint.CHANNEL_OPEN311.equals(c.channel) ? AbuseRule.Door.OPEN311 : AbuseRule.Door.WHATSAPP;
        AbuseRule.Decision d = abuseControls.check(door, c.citizenWaId, c.complaintId, c.receivedAt, false);
        return d.files() ? null : d.reason();
    }

    /** Held for its number's limits: releasing it is an operator's override of them, so a reason is asked and kept. */
    public static boolean heldForLimits(Complaint c) {
        return c.quarantineReason != null && LIMITS.contains(c.quarantineReason);
    }

    /**
     * A photographed hand-written application, a voice note or a document whose words (if any) are only a cover
     * note ("ye dekhiye"): no machine reads these reliably here, so a person does. The words are not the complaint's
     * text (they would reach the department as the complaint); they stay as parts for the operator to see.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitTranscription(Complaint c) {
        String words = c.text;
        c.text = null;
        c.status = Complaint.Status.AWAITING_TRANSCRIPTION;
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "TRANSCRIPTION_QUEUED",
                words == null ? "photo or voice only" : "the words are only a cover note", DecisionLog.SYSTEM);
        metrics.counter("intake.complaints.awaiting-transcription").increment();
        LOG.infof("complaint %s from %s is in its media (%s); queued for transcription", c.complaintId,
                Mask.phone(c.citizenWaId), words == null ? "no words" : "cover note " + Mask.text(words));
        if (Complaint.CHANNEL_WHATSAPP.equals(c.channel)) {
            notices.awaitingTranscription(c.citizenWaId, c.complaintId, words);
        }
    }

    private void link(Complaint c, String earlierComplaintId) {
        c.status = Complaint.Status.LINKED;
        c.linkedTo = earlierComplaintId;
        decisions.record(c.citizenWaId, c.complaintId, c.wamid, "LINKED", "same text as " + earlierComplaintId, DecisionLog.SYSTEM);
        metrics.counter("intake.complaints.linked").increment();
        LOG.infof("complaint %s from %s repeats %s; linked, not filed again", c.complaintId, Mask.phone(c.citizenWaId),
                earlierComplaintId);
        if (Complaint.CHANNEL_WHATSAPP.equals(c.channel)) {
            notices.linked(c.citizenWaId, c.complaintId, earlierComplaintId, c.language);
        }
    }
}
