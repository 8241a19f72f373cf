package org.samparksetu.intake.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.WhatsAppConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Downloads a citizen's media at intake time through the Graph media API: {@code GET /{version}/{media-id}} gives a
 * URL that lives five minutes, then {@code GET url} with the same Bearer token gives the bytes. Webhook media ids
 * expire after seven days, so the bytes are kept (content-addressed, in the database: {@link MediaStore}) rather
 * than the id. Runs outside any database
 * transaction; a failure is recorded on the complaint part, never fails the webhook; a passing one is retried
 * here, then from {@link MediaRetryQueue}.
 */
@ApplicationScoped
public class MediaFetcher {
    private static final Logger LOG = Logger.getLogger(MediaFetcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    IntakeConfig config;
    @Inject
    WhatsAppConfig whatsapp;
    @Inject
    MediaStore store;
    @Inject
    MeterRegistry metrics;

    private volatile HttpClient client;

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(whatsapp.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    @Inject
    MediaAttempts attempts;

    /**
     * Fetches the media, retrying passing failures (Graph 5xx or 429, a timeout, a dropped connection) with
     * exponential backoff; each attempt asks for a fresh URL by media id, since a URL lives only five minutes.
     * A failure that outlives the retries comes back {@linkplain StoredMedia#retryable() retryable}: the complaint
     * queues it for later (the media id lives seven days). Never throws.
     *
     * @return null when downloads are off or there is no media id
     */
    public StoredMedia fetch(String type, String mediaId, String declaredSha256) {
        if (!config.media().download() || mediaId == null) {
            return null;
        }
        try {
            return attempts.download(type, mediaId, declaredSha256);
        } catch (MediaAttempts.PassingFailure e) {
            metrics.counter("intake.media.failed", "retryable", "true").increment();
            LOG.warnf("media not stored after retries: %s", e.getMessage());
            return StoredMedia.retryable(e.getMessage());
        }
    }

    /** One attempt: lookup, download, hash check, store. Throws {@link MediaAttempts.PassingFailure} when worth retrying. */
    StoredMedia attempt(String type, String mediaId, String declaredSha256) {
        long limit = config.media().maxBytes(type);
        try {
            String base = whatsapp.graphBaseUrl().replaceAll("/+$", "");
            URI lookup = URI.create(base + "/" + whatsapp.apiVersion() + "/" + URLEncoder.encode(mediaId, StandardCharsets.UTF_8)
                    + "?phone_number_id=" + URLEncoder.encode(whatsapp.phoneNumberId(), StandardCharsets.UTF_8));
            HttpResponse<String> meta = client().send(authorised(lookup).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (passing(meta.statusCode())) {
                throw new MediaAttempts.PassingFailure("media lookup answered " + meta.statusCode());
            }
            if (meta.statusCode() != 200) {
                return failed("media lookup answered " + meta.statusCode());
            }
            JsonNode info = JSON.readTree(meta.body());
            String url = info.path("url").asText(null);
            if (url == null) {
                return failed("media lookup gave no url");
            }
            long declaredSize = info.path("file_size").asLong(-1); // a string in the Graph API; asLong parses it
            if (declaredSize > limit) {
                return failed("too large: " + declaredSize + " bytes, limit for " + type + " is " + limit);
            }
            HttpResponse<InputStream> download = client().send(authorised(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            MediaStore.Staged staged;
            try (InputStream in = download.body()) {
                if (passing(download.statusCode())) {
                    throw new MediaAttempts.PassingFailure("media download answered " + download.statusCode());
                }
                if (download.statusCode() != 200) {
                    return failed("media download answered " + download.statusCode());
                }
                // streamed to a temporary file and hashed on the way: the body is never held whole in memory
                staged = store.stage(in, limit);
            }
            if (staged == null) {
                return failed("too large: over the " + limit + " byte limit for " + type);
            }
            String sha = staged.sha256();
            String declared = declaredSha256 != null ? declaredSha256 : info.path("sha256").asText(null);
            if (!MediaStore.matches(declared, sha)) {
                staged.discard();
                return failed("sha256 mismatch: WhatsApp said " + declared + ", the bytes hash to " + sha);
            }
            staged.keep(info.path("mime_type").asText(null));
            metrics.counter("intake.media.stored", "type", type).increment();
            return new StoredMedia(sha, staged.size(), info.path("mime_type").asText(null), null);
        } catch (IOException e) {
            // a timeout (HttpTimeoutException), a refused or dropped connection: worth another try
            throw new MediaAttempts.PassingFailure("download failed: " + e);
        } catch (IllegalArgumentException e) {
            return failed("download failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("download interrupted");
        }
    }

    /** Graph errors that pass: the server's own trouble or throttling. A 4xx (expired id, bad token) does not. */
    private static boolean passing(int status) {
        return status >= 500 || status == 429;
    }

    private StoredMedia failed(String why) {
        metrics.counter("intake.media.failed", "retryable", "false").increment();
        LOG.warnf("media not stored: %s", why);
        return StoredMedia.failed(why);
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(config.media().requestTimeout())
                .header("Authorization", "Bearer " + whatsapp.accessToken());
    }
}
