package org.samparksetu.console.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for one service instance, answering what the console reads: {@code /q/metrics} (fixed Prometheus text)
 * and {@code /ops/dead-letters} for a caller with a bearer token (the console passes the signed-in ops person's; the
 * real services check it against Keycloak and its ops role), in messaging-kit's DeadLetter JSON,
 * with one record (partition 0, offset 5) that can be replayed once. Real services would need their databases and a
 * poisoned record to show the same; their own tests cover those endpoints, this test covers the console.
 */
final class StubService implements AutoCloseable {
    private final HttpServer server;
    private final String metrics;
    private final boolean withDeadLetter;
    final AtomicInteger replays = new AtomicInteger();
    private volatile String replayedAt;

    StubService(String metrics, boolean withDeadLetter) throws IOException {
        this.metrics = metrics;
        this.withDeadLetter = withDeadLetter;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/metrics", ex -> answer(ex, 200, "text/plain; version=0.0.4", this.metrics));
        server.createContext("/ops/dead-letters", this::deadLetters);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void deadLetters(HttpExchange ex) throws IOException {
        String authorization = ex.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() < 40) {
            answer(ex, 401, "application/json", "{\"error\":\"authentication required\"}");
            return;
        }
        String path = ex.getRequestURI().getPath();
        if ("GET".equals(ex.getRequestMethod()) && path.equals("/ops/dead-letters")) {
            answer(ex, 200, "application/json", withDeadLetter ? "[" + record() + "]" : "[]");
        } else if ("POST".equals(ex.getRequestMethod()) && path.equals("/ops/dead-letters/0/5/replay") && withDeadLetter
                && ex.getRequestHeaders().getFirst("X-Requested-With") != null) {
            replays.incrementAndGet();
            if (replayedAt == null) {
                replayedAt = "2026-12-06T10:16:00Z";
            }
            answer(ex, 200, "application/json", record());
        } else {
            answer(ex, 404, "application/json", "{\"error\":\"no dead letter there\"}");
        }
    }

    private String record() {
        return "{\"partition\":0,\"offset\":5,\"key\":\"JAL-2026-000123\",\"eventId\":\"e-1\","
                + "\"eventType\":\"citizen.replied\",\"failedTopic\":\"citizen.replied\","
                + "\"reason\":\"no conversation for 919876543210 (wa id) in the inbox\",\"cause\":null,"
                + "\"deadLetteredAt\":\"2026-12-06T10:15:30Z\","
                + "\"replayedAt\":" + (replayedAt == null ? "null" : "\"" + replayedAt + "\"") + ","
                + "\"replayedBy\":" + (replayedAt == null ? "null" : "\"ops\"") + ",\"payload\":null}";
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
