package org.samparksetu.notification.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * The WhatsApp Cloud API adapter: {@code POST {base}/{version}/{phone-number-id}/messages} with the
 * Bearer token. The JDK client keeps it free of framework magic and gives explicit connect and
 * request timeouts; a timeout is retryable (the message may or may not have gone out; the id in
 * {@code biz_opaque_callback_data} lets a later step tell).
 */
@ApplicationScoped
public class GraphApiGateway implements WhatsAppGateway {
    private static final Logger LOG = Logger.getLogger(GraphApiGateway.class);

    @Inject
    WhatsAppConfig config;

    private HttpClient http;
    private URI endpoint;
    private URI phoneNumber;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .build();
        String base = config.graphBaseUrl().replaceAll("/+$", "");
        endpoint = URI.create(base + "/" + config.apiVersion() + "/" + config.phoneNumberId() + "/messages");
        phoneNumber = URI.create(base + "/" + config.apiVersion() + "/" + config.phoneNumberId() + "?fields=quality_rating");
    }

    @Override
    public SendResult send(String graphBody) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + config.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(graphBody, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            SendResult result = GraphResponses.classify(response.statusCode(), response.body());
            if (result instanceof SendResult.NotAccepted n && n.meaning() == GraphErrorRule.Meaning.TOKEN_REJECTED) {
                LOG.errorf("WhatsApp rejected the access token (%s): check whatsapp.access-token", n.reason());
            }
            return result;
        } catch (java.net.http.HttpConnectTimeoutException | java.net.ConnectException e) {
            // never reached WhatsApp: safe to send again
            return notSent("cannot connect to the Graph API: " + e.getClass().getSimpleName());
        } catch (HttpTimeoutException e) {
            // the request may have been accepted; only a status webhook can tell
            return noAnswer("timed out after " + config.requestTimeout());
        } catch (IOException e) {
            // the request may have been written before the connection broke: outcome unknown
            return noAnswer("connection to the Graph API broke: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return noAnswer("interrupted while waiting for the Graph API");
        }
    }

    @Override
    public String qualityRating() {
        HttpRequest request = HttpRequest.newBuilder(phoneNumber)
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + config.accessToken())
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the Graph API did not answer: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the Graph API", e);
        }
        return GraphResponses.qualityRating(response.statusCode(), response.body());
    }

    private static SendResult notSent(String reason) {
        return new SendResult.NotAccepted(null, GraphErrorRule.Meaning.TRY_AGAIN_LATER, reason);
    }

    private static SendResult noAnswer(String reason) {
        return new SendResult.NotAccepted(null, GraphErrorRule.Meaning.NO_ANSWER, reason);
    }
}
