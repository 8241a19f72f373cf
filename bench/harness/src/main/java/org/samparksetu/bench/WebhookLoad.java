package org.samparksetu.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Signed WhatsApp webhooks at fixed rates against a URL, one JSON line of results per rate.
 * <pre>
 * java -cp ... org.samparksetu.bench.WebhookLoad --url http://127.0.0.1:8081/webhooks/whatsapp --label intake \
 *      --rates 250,500,1000,1500,2000,4000 --seconds 20 --warmup 5
 * </pre>
 */
public final class WebhookLoad {
    private WebhookLoad() {
    }

    public static void main(String[] args) {
        Args a = new Args(args);
        URI url = URI.create(a.get("url", "http://127.0.0.1:8081/webhooks/whatsapp"));
        String label = a.get("label", "intake");
        String secret = a.get("secret", "sim-app-secret");
        String phoneNumberId = a.get("phone-number-id", "106540352242922");
        int seconds = Integer.parseInt(a.get("seconds", "20"));
        int warmup = Integer.parseInt(a.get("warmup", "5"));
        int maxInFlight = Integer.parseInt(a.get("max-in-flight", "512"));
        List<Integer> rates = new ArrayList<>();
        for (String r : a.get("rates", "250,500,1000,1500,2000").split(",")) {
            rates.add(Integer.parseInt(r.trim()));
        }
        OpenLoop loop = new OpenLoop();
        long runId = System.currentTimeMillis() % 100_000;
        // warm-up: JIT on both sides, connection pool filled; not reported
        loop.run(label + "-warmup", url, SignedWebhooks.build(200 * warmup, runId, secret, phoneNumberId), 200,
                Duration.ofSeconds(warmup), maxInFlight);
        for (int rate : rates) {
            runId++;
            var requests = SignedWebhooks.build(rate * seconds, runId * 7, secret, phoneNumberId);
            System.out.println(loop.run(label, url, requests, rate, Duration.ofSeconds(seconds), maxInFlight).json());
        }
        System.exit(0);
    }
}
