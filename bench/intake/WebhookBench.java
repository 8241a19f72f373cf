import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Closed-loop load on a running intake's WhatsApp webhook: N workers each POST a freshly signed text webhook (a new
 * wamid and a new citizen number per request, so no de-duplication, caps or windows interfere), for S seconds after
 * a warm-up. Prints one JSON line: signed requests/s, p50/p90/p99/max latency in ms, and non-200 answers.
 * Run: java bench/intake/WebhookBench.java [url] [workers] [seconds] [app-secret]
 */
public class WebhookBench {
    static final String[] TEXTS = {
            "गाँव में 5 दिन से पानी नहीं आ रहा", "bijli ka transformer jal gaya hai", "street light not working near school",
            "sadak me bade gaddhe hain, accident ho raha hai", "राशन की दुकान बंद रहती है"};

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8081/webhooks/whatsapp";
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String secret = args.length > 3 ? args[3] : "sim-app-secret";
        String phoneNumberId = System.getProperty("phoneNumberId", "106540352242922");
        long run = System.currentTimeMillis() % 100_000;
        AtomicLong seq = new AtomicLong();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(Math.min(5, seconds / 4 + 1)).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    while (System.nanoTime() < end) {
                        long i = seq.incrementAndGet();
                        String citizen = "91" + (7_000_000_000L + run * 10_000L + i);
                        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":{"
                                + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\""
                                + phoneNumberId + "\"},\"contacts\":[{\"profile\":{\"name\":\"Bench\"},\"wa_id\":\"" + citizen + "\"}],"
                                + "\"messages\":[{\"from\":\"" + citizen + "\",\"id\":\"wamid.BENCHI" + run + "x" + i + "\",\"timestamp\":\""
                                + (System.currentTimeMillis() / 1000) + "\",\"type\":\"text\",\"text\":{\"body\":\""
                                + TEXTS[(int) (i % TEXTS.length)] + " #" + i + "\"}}]},\"field\":\"messages\"}]}]}";
                        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes));
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json").header("X-Hub-Signature-256", signature)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - start;
                        if (start >= warmupEnd && System.nanoTime() <= end) {
                            if (status == 200) {
                                latenciesMicros.add(took / 1000);
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.printf("{\"measure\":\"intake-webhook\",\"url\":\"%s\",\"workers\":%d,\"seconds\":%d,\"ok\":%d,\"errors\":%d,"
                        + "\"requests_per_second\":%.1f,\"p50_ms\":%.2f,\"p90_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f}%n",
                url, workers, seconds, sorted.size(), errors.get(), sorted.size() / (double) seconds,
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1000.0;
    }
}
