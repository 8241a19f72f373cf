package org.samparksetu.intake.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.samparksetu.intake.complaint.ComplaintService;
import org.samparksetu.intake.media.MediaFetcher;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.status.DeliveryStatusService;

import java.time.Instant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.samparksetu.web.ApiError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A signed webhook, from archive to effects, in ONE database transaction: the raw body, every message and every
 * status of the batch, and the events they emit commit together, and only then is 200 returned. One durable commit
 * per webhook is what lets intake keep up with Meta's delivery rate on one PostgreSQL (each commit is a disk flush;
 * the earlier design spent three or more per webhook).
 *
 * <p>If processing fails, that transaction rolls back whole and the raw body is then archived on its own (with the
 * error) before the caller gets a 503: the evidence is kept and WhatsApp retries; the retry is harmless because
 * each message id is claimed with a unique key. Media is downloaded before the transaction, so no database lock
 * or connection is held during a download.
 */
@ApplicationScoped
public class WebhookIntake {
    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);

    @Inject
    RawWebhookStore archive;
    @Inject
    InboundMessageService messages;
    @Inject
    DeliveryStatusService statuses;
    @Inject
    WhatsAppConfig config;
    @Inject
    MeterRegistry metrics;
    @Inject
    MediaFetcher mediaFetcher;

    /** What one webhook did, for the 200 answer and the log. */
    record Effects(List<String> complaintIds, int statuses, int duplicates, int ignored) {
    }

    public Response accept(byte[] body, String signature) {
        Instant receivedAt = Instant.now();
        WebhookPayload.Parsed parsed;
        try {
            parsed = WebhookPayload.parse(body);
        } catch (WebhookPayload.InvalidPayloadException e) {
            long rawId = archive.storeRejected(body, signature, receivedAt, RawWebhook.Outcome.INVALID_JSON, e.getMessage());
            metrics.counter("intake.webhooks.rejected", "reason", "invalid-json").increment();
            LOG.warnf("webhook %d stored but not processed: %s", rawId, e.getMessage());
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
        // Messages for another business number are left out before any work; sorted by citizen (stable, so one
        // citizen's messages keep their order) so that two concurrent batches take citizens' locks in one order.
        List<WebhookPayload.Message> ours = parsed.messages().stream()
                .filter(m -> ours(m.phoneNumberId()) && m.wamid() != null && m.citizenId() != null)
                .sorted(Comparator.comparing(WebhookPayload.Message::citizenId))
                .toList();
        int ignoredMessages = parsed.messages().size() - ours.size();
        Map<String, StoredMedia> media = downloadMedia(ours);

        Effects effects;
        try {
            effects = QuarkusTransaction.requiringNew().call(
                    () -> process(body, signature, receivedAt, parsed, ours, ignoredMessages, media));
        } catch (RuntimeException e) {
            long rawId = archive.storeRejected(body, signature, receivedAt, RawWebhook.Outcome.FAILED,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
            metrics.counter("intake.webhooks.failed").increment();
            LOG.errorf(e, "webhook %d stored but its processing failed; WhatsApp will deliver it again", rawId);
            return ApiError.response(Response.Status.SERVICE_UNAVAILABLE,
                    "the webhook was stored but could not be processed now; deliver it again later");
        }
        if (effects.ignored() > 0) {
            metrics.counter("intake.webhooks.ignored-updates").increment(effects.ignored());
            LOG.infof("webhook: %d update(s) for another phone number or without an id were ignored", effects.ignored());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "accepted");
        answer.put("complaintIds", effects.complaintIds());
        answer.put("statuses", effects.statuses());
        answer.put("duplicates", effects.duplicates());
        answer.put("ignored", effects.ignored());
        return Response.ok(answer, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).build();
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
    private Effects process(byte[] body, String signature, Instant receivedAt, WebhookPayload.Parsed parsed,
                            List<WebhookPayload.Message> ours, int ignoredMessages, Map<String, StoredMedia> media) {
        long rawId = archive.storeAccepted(body, signature, receivedAt);
        List<String> complaintIds = new ArrayList<>();
        int duplicates = 0;
        int ignored = ignoredMessages;
        for (WebhookPayload.Message m : ours) {
            var handled = messages.handle(rawId, m, receivedAt, media.get(m.wamid()));
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
        return config.phoneNumberId().equals(phoneNumberId);
    }
}
