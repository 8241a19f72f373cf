package org.samparksetu.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Signed WhatsApp webhooks at fixed rates against a URL, one JSON line of results per rate.
 * <pre>
 * java -cp ... org.samparksetu.bench.WebhookLoad --url http://127.0.0.1:8081/webhooks/whatsapp --label intake \
 *      --rates 250,500,1000,1500,2000,4000 --seconds 20 --warmup 10 --warmup-rate 500
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
        int warmup = Integer.parseInt(a.get("warmup", "10"));
        int warmupRate = Integer.parseInt(a.get("warmup-rate", "500"));
        int maxInFlight = Integer.parseInt(a.get("max-in-flight", "512"));
        List<Integer> rates = new ArrayList<>();
        for (String r : a.get("rates", "250,500,1000,1500,2000").split(",")) {
            rates.add(Integer.parseInt(r.trim()));
        }
        OpenLoop loop = new OpenLoop();
        long runId = System.currentTimeMillis() % 100_000;
        // warm-up: JIT on both sides, connection pool filled; not reported
        // (5 s at 200/s left the JIT cold: the first measured rate's p99 was several times the later ones')
        loop.run(label + "-warmup", url, SignedWebhooks.build(warmupRate * warmup, runId, secret, phoneNumberId), warmupRate,
                Duration.ofSeconds(warmup), maxInFlight);
        String metricsUrl = a.get("pending-metrics", "");
        if (!metricsUrl.isEmpty()) {
            awaitFiled(URI.create(metricsUrl)); // the warm-up's backlog must not count against the first rate
        }
        for (int rate : rates) {
            runId++;
            var requests = SignedWebhooks.build(rate * seconds, runId * 7, secret, phoneNumberId);
            OpenLoop.Result r = loop.run(label, url, requests, rate, Duration.ofSeconds(seconds), maxInFlight);
            if (metricsUrl.isEmpty()) {
                System.out.println(r.json());
            } else {
                // Intake answers once a body is archived and files it afterwards: how fast it FILES is the other
                // half of its throughput, measured until its backlog (intake_webhooks_pending) is back to zero.
                long filedAt = awaitFiled(URI.create(metricsUrl));
                double filingSeconds = (filedAt - r.startEpochMillis()) / 1000.0;
                String json = r.json();
                System.out.println(json.substring(0, json.length() - 1) + String.format(java.util.Locale.ROOT,
                        ",\"filed_after_s\":%.1f,\"filed_per_second\":%.1f}", filingSeconds, r.ok() / filingSeconds));
            }
        }
        System.exit(0);
    }

    /** Waits (at most 10 minutes) until intake reports no webhook waiting to be filed; returns when, epoch ms. */
    private static long awaitFiled(URI metrics) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(10).toMillis();
        while (System.currentTimeMillis() < deadline) {
            try {
                String text = client.send(java.net.http.HttpRequest.newBuilder(metrics).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                for (String line : text.split("\n")) {
                    if (line.startsWith("intake_webhooks_pending") && Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) == 0) {
                        return System.currentTimeMillis();
                    }
                }
                Thread.sleep(500); // polling a metric between runs, not synchronising a test
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("intake still had webhooks to file after 10 minutes");
    }
}
