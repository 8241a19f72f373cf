package org.samparksetu.intake.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.web.ApiError;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happens while Meta waits for the answer to a signed webhook: check that it is JSON, commit the raw body to
 * the archive, answer 200. Filing its messages and statuses happens afterwards ({@link WebhookWorkers}), as Meta
 * advises: the answer does not wait for media downloads or the complaint's transaction, and a burst of webhooks
 * queues in the archive instead of timing Meta out. Nothing is lost: the body is durable before the 200, and a
 * worker that crashes finds it again as PENDING.
 */
@ApplicationScoped
public class WebhookIntake {
    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);

    @Inject
    Clock clock;
    @Inject
    RawWebhookStore archive;
    @Inject
    WebhookWorkers workers;
    @Inject
    MeterRegistry metrics;

    public Response accept(byte[] body, String signature) {
        Instant receivedAt = Instant.now(clock);
        WebhookPayload.Parsed parsed;
        try {
            parsed = WebhookPayload.parse(body);
        } catch (WebhookPayload.InvalidPayloadException e) {
            long rawId = archive.storeRejected(body, signature, receivedAt, RawWebhook.Outcome.INVALID_JSON, e.getMessage());
            metrics.counter("intake.webhooks.rejected", "reason", "invalid-json").increment();
            LOG.warnf("webhook %d stored but not processed: %s", rawId, e.getMessage());
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
        int shardKey = shardKey(parsed);
        long rawId;
        try {
            rawId = archive.archive(body, signature, receivedAt, shardKey);
        } catch (RawWebhookStore.ArchiveUnavailableException e) {
            metrics.counter("intake.webhooks.failed", "stage", "archive").increment();
            LOG.errorf("webhook could not be archived (%s); WhatsApp will deliver it again", e.getMessage());
            return ApiError.response(Response.Status.SERVICE_UNAVAILABLE,
                    "the webhook could not be stored now; deliver it again later");
        }
        workers.wake(shardKey);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "accepted");
        answer.put("webhookId", rawId);
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * One citizen's webhooks always share a key, so one worker files them in the order they came. The citizen is the
     * sender of the first message, or the recipient of the first status (statuses of one message stay in order too).
     */
    static int shardKey(WebhookPayload.Parsed parsed) {
        String citizen = parsed.messages().stream().map(InboundMessage::citizenId)
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseGet(() -> parsed.statuses().stream().map(WebhookPayload.Status::recipientId)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(""));
        return citizen.hashCode() & Integer.MAX_VALUE;
    }
}
