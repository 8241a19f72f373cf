package org.samparksetu.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends requests at a fixed rate whatever the server does (open loop), and measures each latency from
 * the moment the request was DUE, not from when it left, so a stalled server is not hidden
 * (coordinated omission). A cap on requests in flight keeps a saturated run from exhausting the client.
 */
final class OpenLoop {
    record Result(String label, int targetRate, double achievedRate, long sent, long ok, long errors, long shed,
                  Map<Integer, Long> statuses, Histogram latency, double seconds, long startEpochMillis) {
        String json() {
            return String.format(java.util.Locale.ROOT,
                    "{\"label\":\"%s\",\"target_rate\":%d,\"achieved_rate\":%.1f,\"sent\":%d,\"ok\":%d,\"errors\":%d,\"shed\":%d,"
                            + "\"p50_ms\":%.2f,\"p90_ms\":%.2f,\"p99_ms\":%.2f,\"p999_ms\":%.2f,\"max_ms\":%.2f,\"statuses\":\"%s\",\"seconds\":%.1f}",
                    label, targetRate, achievedRate, sent, ok, errors, shed,
                    ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                    ms(latency.getValueAtPercentile(99)), ms(latency.getValueAtPercentile(99.9)),
                    ms(latency.getMaxValue()), statuses, seconds);
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Result run(String label, URI url, SignedWebhooks.Signed[] requests, int rate, Duration duration, int maxInFlight) {
        Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        long shed = 0;
        Semaphore inFlight = new Semaphore(maxInFlight);
        long total = Math.min(requests.length, (long) rate * duration.toSeconds());
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long startEpochMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        long sent = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                shed++; // the server cannot keep up: counted, not queued without bound
                continue;
            }
            SignedWebhooks.Signed r = requests[(int) i];
            HttpRequest req = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("X-Hub-Signature-256", r.signature())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(r.body()))
                    .build();
            sent++;
            client.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((resp, err) -> {
                long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due);
                latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                if (err != null) {
                    errors.incrementAndGet();
                } else {
                    statuses.merge(resp.statusCode(), 1L, Long::sum);
                    if (resp.statusCode() == 200) {
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }
                completed.incrementAndGet();
                inFlight.release();
            });
        }
        // wait for the stragglers, at most 30 s
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (completed.get() < sent && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(label, rate, ok.get() / seconds, sent, ok.get(), errors.get(), shed,
                new TreeMap<>(statuses), latency, seconds, startEpochMillis);
    }
}
