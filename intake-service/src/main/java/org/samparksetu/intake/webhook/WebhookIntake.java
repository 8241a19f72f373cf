package org.samparksetu.intake.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.samparksetu.intake.ApiError;
import org.samparksetu.intake.complaint.ComplaintService;
import org.samparksetu.intake.media.MediaFetcher;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.status.DeliveryStatusService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A signed webhook, from archive to effects. Order matters: (1) the raw body is committed; (2) each message and
 * each status is handled in a transaction of its own, de-duplicated on its id; (3) only then is 200 returned.
 * If (2) fails the caller gets a 5xx and WhatsApp retries; the retry is harmless because of the de-duplication.
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

    public Response accept(byte[] body, String signature) {
        Instant receivedAt = Instant.now();
        long rawId = archive.store(body, signature, receivedAt);

        WebhookPayload.Parsed parsed;
        try {
            parsed = WebhookPayload.parse(body);
        } catch (WebhookPayload.InvalidPayloadException e) {
            archive.markInvalid(rawId, e.getMessage());
            metrics.counter("intake.webhooks.rejected", "reason", "invalid-json").increment();
            LOG.warnf("webhook %d stored but not processed: %s", rawId, e.getMessage());
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
        }

        List<String> complaintIds = new ArrayList<>();
        int ignored = 0;
        int duplicates = 0;
        for (WebhookPayload.Message m : parsed.messages()) {
            if (!ours(m.phoneNumberId()) || m.wamid() == null || m.citizenId() == null) {
                ignored++;
                continue;
            }
            // Media is fetched before the message's transaction: no database lock is held during the download.
            StoredMedia media = ComplaintService.MEDIA_TYPES.contains(m.type())
                    ? mediaFetcher.fetch(m.type(), m.text(m.type(), "id"), m.text(m.type(), "sha256")) : null;
            var handled = messages.handle(rawId, m, receivedAt, media);
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
                continue;
            }
            if (statuses.record(s)) {
                statusCount++;
            } else {
                duplicates++;
            }
        }
        archive.markAccepted(rawId);
        if (ignored > 0) {
            metrics.counter("intake.webhooks.ignored-updates").increment(ignored);
            LOG.infof("webhook %d: %d update(s) for another phone number or without an id were ignored", rawId, ignored);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "accepted");
        answer.put("complaintIds", complaintIds);
        answer.put("statuses", statusCount);
        answer.put("duplicates", duplicates);
        answer.put("ignored", ignored);
        return Response.ok(answer, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).build();
    }

    private boolean ours(String phoneNumberId) {
        return config.phoneNumberId().equals(phoneNumberId);
    }
}
