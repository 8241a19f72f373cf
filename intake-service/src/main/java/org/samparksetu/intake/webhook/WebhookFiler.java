package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.complaint.ComplaintService;
import org.samparksetu.intake.media.MediaFetcher;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.status.DeliveryStatusService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files one archived webhook, from body to effects, in ONE database transaction: every message and every status
 * of the batch, the events they emit and the archive row's outcome commit together. If it fails, all of it rolls
 * back and the attempt is counted; a later attempt is harmless because each message id is claimed with a unique
 * key. Media is downloaded before the transaction, so no database lock or connection is held during a download.
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

    /** What one webhook did; kept on the archive row and shown at {@code /webhooks/whatsapp/archive/{id}}. */
    record Effects(List<String> complaintIds, int statuses, int duplicates, int ignored) {
    }

    /** Files it, or counts a failed attempt on it; a webhook no longer waiting (filed meanwhile) is left alone. */
    public void file(RawWebhookStore.Archived pending) {
        long rawId = pending.id();
        try {
            WebhookPayload.Parsed parsed = WebhookPayload.parse(pending.body());
            // Messages for another business number are left out before any work; sorted by citizen (stable, so one
            // citizen's messages keep their order) so that two concurrent batches take citizens' locks in one order.
            List<WebhookPayload.Message> ours = parsed.messages().stream()
                    .filter(m -> ours(m.phoneNumberId()) && m.wamid() != null && m.citizenId() != null)
                    .sorted(Comparator.comparing(WebhookPayload.Message::citizenId))
                    .toList();
            int ignoredMessages = parsed.messages().size() - ours.size();
            Map<String, StoredMedia> media = downloadMedia(ours);
            Effects effects = QuarkusTransaction.requiringNew().call(() -> {
                if (!archive.claim(rawId)) {
                    return null; // another worker or instance has it, or has already filed it
                }
                Effects done = process(pending, parsed, ours, ignoredMessages, media);
                archive.markProcessed(rawId, json.writeValueAsString(done));
                return done;
            });
            if (effects == null) {
                return;
            }
            metrics.counter("intake.webhooks.processed").increment();
            if (effects.ignored() > 0) {
                metrics.counter("intake.webhooks.ignored-updates").increment(effects.ignored());
                LOG.infof("webhook %d: %d update(s) for another phone number or without an id were ignored", rawId, effects.ignored());
            }
        } catch (WebhookPayload.InvalidPayloadException | RuntimeException e) {
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
    }

    private Map<String, StoredMedia> downloadMedia(List<WebhookPayload.Message> ours) {
        Map<String, StoredMedia> media = new HashMap<>();
        for (WebhookPayload.Message m : ours) {
            if (ComplaintService.MEDIA_TYPES.contains(m.type())) {
                StoredMedia stored = mediaFetcher.fetch(m.type(), m.text(m.type(), "id"), m.text(m.type(), "sha256"));
                if (stored != null) {
                    media.put(m.wamid(), stored);
                }
            }
        }
        return media;
    }

    /** Runs inside the webhook's one transaction. */
    private Effects process(RawWebhookStore.Archived raw, WebhookPayload.Parsed parsed,
                            List<WebhookPayload.Message> ours, int ignoredMessages, Map<String, StoredMedia> media) {
        List<String> complaintIds = new ArrayList<>();
        int duplicates = 0;
        int ignored = ignoredMessages;
        for (WebhookPayload.Message m : ours) {
            var handled = messages.handle(raw.id(), m, raw.receivedAt(), media.get(m.wamid()));
            switch (handled.outcome()) {
                case COMPLAINT -> complaintIds.add(handled.complaintId());
                case DUPLICATE -> duplicates++;
                default -> {
                }
            }
        }
        int statusCount = 0;
        for (WebhookPayload.Status s : parsed.statuses()) {
            if (!ours(s.phoneNumberId())) {
                ignored++;
            } else if (statuses.record(s)) {
                statusCount++;
            } else {
                duplicates++;
            }
        }
        return new Effects(complaintIds, statusCount, duplicates, ignored);
    }

    private boolean ours(String phoneNumberId) {
        return whatsApp.phoneNumberId().equals(phoneNumberId);
    }
}
