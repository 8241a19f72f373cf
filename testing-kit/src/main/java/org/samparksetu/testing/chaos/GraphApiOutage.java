package org.samparksetu.testing.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * WhatsApp's Graph API fails every send with Meta's "service unavailable" (error code 131016, which Meta documents
 * as temporary) until the outage ends. Through the simulator's fault endpoint, which counts faults in sends: the
 * outage is a fault for (practically) every send, cleared at the end. Inbound webhooks keep flowing.
 */
public final class GraphApiOutage implements Fault {
    static final int SERVICE_UNAVAILABLE = 131016;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String simulatorUrl;

    public GraphApiOutage(String simulatorUrl) {
        this.simulatorUrl = simulatorUrl;
    }

    @Override
    public String name() {
        return "WhatsApp Graph API outage";
    }

    @Override
    public void begin() throws IOException, InterruptedException {
        call(HttpRequest.newBuilder(faults()).header("Content-Type", "application/json").POST(
                HttpRequest.BodyPublishers.ofString("{\"code\":" + SERVICE_UNAVAILABLE + ",\"times\":" + Integer.MAX_VALUE + "}")));
    }

    @Override
    public void end() throws IOException, InterruptedException {
        call(HttpRequest.newBuilder(faults()).DELETE());
    }

    private URI faults() {
        return URI.create(simulatorUrl + "/simulator/whatsapp/faults");
    }

    private static void call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the WhatsApp simulator refused the fault: " + r.statusCode() + " " + r.body());
        }
    }
}
