package org.samparksetu.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The WhatsApp Cloud API settings, under {@code whatsapp.*}: the webhook's (verify token, app secret, our number) and
 * the Graph API's for media downloads. Defaults are the simulator's.
 */
@ConfigMapping(prefix = "whatsapp")
public interface WhatsAppConfig {

    /** What Meta echoes in {@code hub.verify_token} during the GET handshake. */
    String verifyToken();

    /** The app secret: the HMAC-SHA256 key of {@code X-Hub-Signature-256}. Not the verify token, not the access token. */
    String appSecret();

    /** Our business number; a WABA's webhook also carries its other numbers' traffic, which we ignore. */
    @WithDefault("106540352242922")
    String phoneNumberId();

    /** The Graph API for media downloads (the simulator locally). */
    @WithDefault("http://127.0.0.1:8089")
    String graphBaseUrl();

    @WithDefault("v21.0")
    String apiVersion();

    /** The Bearer token for the Graph API: needed for the media lookup and for the download itself. */
    String accessToken();

    @WithDefault("5s")
    java.time.Duration connectTimeout();

    @WithDefault("20s")
    java.time.Duration requestTimeout();
}
