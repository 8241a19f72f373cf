package org.samparksetu.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The WhatsApp Cloud API (Graph) endpoint we send through, under {@code whatsapp.*}. */
@ConfigMapping(prefix = "whatsapp")
public interface WhatsAppConfig {

    @WithDefault("https://graph.facebook.com")
    String graphBaseUrl();

    /** Pinned: Graph versions differ in payload details. */
    @WithDefault("v21.0")
    String apiVersion();

    @WithDefault("106540352242922")
    String phoneNumberId();

    String accessToken();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("15s")
    Duration requestTimeout();
}
