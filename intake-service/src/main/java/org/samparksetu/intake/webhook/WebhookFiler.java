package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.WhatsAppConfig;
import org.samparksetu.intake.citizen.AbuseControls;
import org.samparksetu.intake.complaint.ComplaintAssembly;
import org.samparksetu.intake.conversation.InboundMessageService;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.media.MediaFetcher;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.status.DeliveryStatus;
import org.samparksetu.intake.status.DeliveryStatusService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files archived webhooks, from body to effects. Each webhook's messages and statuses, the events they emit and the
 * archive row's outcome commit together or not at all: a webhook alone is one transaction, and several waiting
 * webhooks of one worker may share one ({@link #fileAll}). If a transaction fails, all of it rolls back; a batch is
 * then filed again one webhook at a time, and a single webhook's attempt is counted. A later attempt is harmless
 * because each message id is claimed with a unique key. Media is downloaded before the transaction, so no database
 * lock or connection is held during a download; never for a blocked number.
 */
@ApplicationScoped
public class WebhookFiler {
    private static final Logger LOG = Logger.getLogger(WebhookFiler.class);

    @Inject
    RawWebhookStore archive;
    @Inject
    InboundMessageService messages;
    @Inject
    DeliveryStatusService statuses;
    @Inject
    WhatsAppConfig whatsApp;
    @Inject
    IntakeConfig config;
    @Inject
    MediaFetcher mediaFetcher;
    @Inject
    MeterRegistry metrics;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;
    @Inject
    MalformedMessages malformedMessages;
    @Inject
    AbuseControls abuse;

    /** What one webhook did; kept on the archive row and shown at {@code /webhooks/whatsapp/archive/{id}}. */
    record Effects(List<String> complaintIds, int statuses, int duplicates, int ignored, int echoes,
                   List<MalformedMessages.Recorded> malformed) {
    }

    /** A webhook parsed, its messages for our number sorted by citizen and its media downloaded: ready to file. */
    private record Prepared(RawWebhookStore.Archived raw, WebhookPayload.Parsed parsed, List<InboundMessage> ours,
                            int ignoredMessages, Map<String, StoredMedia> media) {
    }

    /**
     * Files the webhooks in transactions of up to {@code intake.webhook.batch-size}, in the order given (one
     * citizen's webhooks stay in order). Each batch is prepared (parsed, media downloaded) just before it is filed,
     * so the first batch's complaints do not wait for the whole round's downloads. A batch that fails is not counted
     * as an attempt against its webhooks: each is filed again alone, so only the one that really fails is retried.
     */
    public void fileAll(List<RawWebhookStore.Archived> pending) {
        int size = Math.max(1, config.webhook().batchSize());
        for (int from = 0; from < pending.size(); from += size) {
            List<Prepared> batch = new ArrayList<>();
            for (RawWebhookStore.Archived raw : pending.subList(from, Math.min(pending.size(), from + size))) {
                Prepared p = prepare(raw);
                if (p != null) {
                    batch.add(p);
                }
            }
            if (batch.size() == 1) {
                fileAlone(batch.get(0));
            } else if (!batch.isEmpty()) {
                fileTogether(batch);
            }
        }
    }

    private void fileTogether(List<Prepared> batch) {
        List<Effects> done;
        try {
            done = QuarkusTransaction.requiringNew().call(() -> {
                List<Effects> effects = new ArrayList<>(batch.size());
                for (Prepared p : batch) {
                    effects.add(fileInTransaction(p));
                    // Each webhook's entities are written and let go: the session's auto-flush checks every entity
                    // it manages before each statement, so a session that grew over the batch would cost n² checks.
                    em.flush();
                    em.clear();
                }
                return effects;
            });
        } catch (Throwable e) { // an Error too: see fileAlone
            metrics.counter("intake.webhooks.batches", "outcome", "split").increment();
            LOG.debugf("a batch of %d webhooks could not be filed together (%s); filing them one at a time",
                    batch.size(), e.getClass().getSimpleName());
            batch.forEach(this::fileAlone);
            return;
        }
        metrics.counter("intake.webhooks.batches", "outcome", "filed").increment();
        for (int i = 0; i < batch.size(); i++) {
            filed(batch.get(i).raw().id(), done.get(i));
        }
    }

    private void fileAlone(Prepared p) {
        try {
            filed(p.raw().id(), QuarkusTransaction.requiringNew().call(() -> fileInTransaction(p)));
        } catch (Throwable e) {
            // Any Throwable, an OutOfMemoryError or StackOverflowError from one body included: that webhook is tried
            // again later like any failed filing, and this worker thread goes on filing the others.
            failedAttempt(p.raw().id(), e);
        }
    }

    /** Parses the body and downloads its media; a body that cannot be parsed is counted as a failed attempt. */
    private Prepared prepare(RawWebhookStore.Archived pending) {
        try {
            WebhookPayload.Parsed parsed = WebhookPayload.parse(pending.body());
            // Messages for another business number are left out before any work; sorted by citizen (stable, so one
            // citizen's messages keep their order) so that two concurrent batches take citizens' locks in one order.
            List<InboundMessage> ours = parsed.messages().stream()
                    .filter(m -> ours(m.phoneNumberId()) && m.wamid() != null && m.citizenId() != null)
                    .sorted(Comparator.comparing(InboundMessage::citizenId))
                    .toList();
            return new Prepared(pending, parsed, ours, parsed.messages().size() - ours.size(), downloadMedia(ours));
        } catch (Throwable e) { // the body unreadable, or anything its media did (see fileAlone)
            failedAttempt(pending.id(), e);
            return null;
        }
    }

    /** Inside a transaction: null when another worker or instance has the webhook, or has already filed it. */
    private Effects fileInTransaction(Prepared p) throws Exception {
        long rawId = p.raw().id();
        if (!archive.claim(rawId)) {
            return null;
        }
        Effects done = process(p);
        archive.markProcessed(rawId, json.writeValueAsString(done));
        return done;
    }

    private void filed(long rawId, Effects effects) {
        if (effects == null) {
            return;
        }
        metrics.counter("intake.webhooks.processed").increment();
        if (effects.ignored() > 0) {
            metrics.counter("intake.webhooks.ignored-updates").increment(effects.ignored());
            LOG.infof("webhook %d: %d update(s) for another phone number or without an id were ignored", rawId, effects.ignored());
        }
    }

    private void failedAttempt(long rawId, Throwable e) {
        boolean last = archive.markAttemptFailed(rawId, e.getClass().getSimpleName() + ": " + e.getMessage(),
                config.webhook().retryBackoff(), config.webhook().retryMaxAttempts());
        metrics.counter("intake.webhooks.failed", "stage", last ? "gave-up" : "will-retry").increment();
        if (last) {
            LOG.errorf(e, "webhook %d could not be filed after its last attempt; it is kept as FAILED for an operator", rawId);
        } else {
            // Without the stack: a retry is expected to happen, and the error is on the archive row.
            LOG.warnf("webhook %d could not be filed now (%s); it is tried again later", rawId, e.getClass().getSimpleName());
        }
    }

    private Map<String, StoredMedia> downloadMedia(List<InboundMessage> ours) {
        Map<String, StoredMedia> media = new HashMap<>();
        for (InboundMessage m : ours) {
            if (ComplaintAssembly.MEDIA_TYPES.contains(m.type()) && m.mediaId() != null) {
                if (abuse.blocked(m.citizenId())) {
                    // a blocked number's photos and voice notes are neither fetched nor kept: the message is recorded only
                    metrics.counter("intake.media.skipped", "reason", "blocked").increment();
                    continue;
                }
                StoredMedia stored = mediaFetcher.fetch(m.type(), m.mediaId(), m.mediaSha256());
                if (stored != null) {
                    media.put(m.wamid(), stored);
                }
            }
        }
        return media;
    }

    /** Runs inside the webhook's one transaction. */
    private Effects process(Prepared p) {
        List<String> complaintIds = new ArrayList<>();
        int duplicates = 0;
        int ignored = p.ignoredMessages();
        for (InboundMessage m : p.ours()) {
            var handled = messages.handle(p.raw().id(), m, p.raw().receivedAt(), p.media().get(m.wamid()));
            switch (handled.outcome()) {
                case COMPLAINT -> {
                    // a webhook may carry several parts of one complaint (a pin and its words): name it once
                    if (!complaintIds.contains(handled.complaintId())) {
                        complaintIds.add(handled.complaintId());
                    }
                }
                case DUPLICATE -> duplicates++;
                default -> {
                }
            }
        }
        List<MalformedMessages.Recorded> malformed = new ArrayList<>();
        for (WebhookPayload.Malformed m : p.parsed().malformed()) {
            // an unknown number (null) may be ours: better kept for an operator than silently dropped
            if (m.phoneNumberId() == null || ours(m.phoneNumberId())) {
                malformed.add(malformedMessages.record(p.raw(), m));
            } else {
                ignored++;
            }
        }
        int echoes = 0;
        for (WebhookPayload.Echo echo : p.parsed().echoes()) {
            if (!ours(echo.phoneNumberId())) {
                ignored++;
            } else if (messages.recordEcho(p.raw().id(), echo.phoneNumberId(), echo.wamid(), echo.citizenId(), echo.type(),
                    echo.sentAt())) {
                echoes++;
            } else {
                duplicates++;
            }
        }
        int statusCount = 0;
        for (WebhookPayload.Status s : p.parsed().statuses()) {
            if (!ours(s.phoneNumberId())) {
                ignored++;
            } else if (statuses.record(new DeliveryStatus(s.messageId(), s.status(), s.recipientId(), s.timestamp(),
                    s.bizOpaqueCallbackData(), s.errorCode(), s.errorTitle()))) {
                statusCount++;
            } else {
                duplicates++;
            }
        }
        return new Effects(complaintIds, statusCount, duplicates, ignored, echoes, malformed);
    }

    private boolean ours(String phoneNumberId) {
        return whatsApp.phoneNumberId().equals(phoneNumberId);
    }
}
