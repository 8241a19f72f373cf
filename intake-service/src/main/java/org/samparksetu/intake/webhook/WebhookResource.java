package org.samparksetu.intake.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.samparksetu.intake.WhatsAppConfig;
import org.samparksetu.web.ApiError;
import org.samparksetu.web.SimpleRequestsAllowed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The WhatsApp Cloud API webhook: the GET verification handshake and the signed POST of messages and statuses.
 * Thin on purpose: the signature check here, the archive and the processing in {@link WebhookIntake}.
 */
@Path("/webhooks/whatsapp")
public class WebhookResource {
    private static final Logger LOG = Logger.getLogger(WebhookResource.class);
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    @Inject
    WhatsAppConfig config;
    @Inject
    WebhookIntake intake;
    @Inject
    MeterRegistry metrics;

    /** Meta calls this when the callback URL or verify token is set: echo the challenge verbatim if the token is ours. */
    @GET
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
                           @QueryParam("hub.challenge") String challenge) {
        if (!"subscribe".equals(mode) || token == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), config.verifyToken().getBytes(StandardCharsets.UTF_8))) {
            LOG.warnf("webhook verification refused (mode %s)", mode);
            return ApiError.response(Response.Status.FORBIDDEN,
                    "webhook verification failed: hub.mode must be 'subscribe' and hub.verify_token must match the configured verify token");
        }
        if (challenge == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, "webhook verification needs hub.challenge to echo back");
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * The body is taken as raw bytes, whatever the content type: the signature is over those exact bytes. Nothing
     * is stored for a bad signature; a good one is archived (committed) before anything else and before we answer.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @SimpleRequestsAllowed("signed by Meta over the raw bytes: a forged cross-site body fails the signature")
    public Response receive(byte[] body, @HeaderParam(SIGNATURE_HEADER) String signature) {
        byte[] bytes = body == null ? new byte[0] : body;
        if (signature == null || signature.isBlank()) {
            return reject("missing", "the X-Hub-Signature-256 header is missing; WhatsApp webhooks must be signed");
        }
        if (!WebhookSignature.isValid(bytes, signature, config.appSecret())) {
            return reject("invalid", "the X-Hub-Signature-256 signature does not match the body; expected sha256=<hex HMAC-SHA256 of the raw body with the app secret>");
        }
        metrics.counter("intake.webhooks.received").increment();
        return intake.accept(bytes, signature);
    }

    private Response reject(String reason, String message) {
        metrics.counter("intake.webhooks.rejected", "reason", reason).increment();
        LOG.warnf("webhook rejected: signature %s", reason);
        return ApiError.response(Response.Status.UNAUTHORIZED, message);
    }
}
