package org.samparksetu.intake.window;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two Graph media calls, as Meta answers them: {@code GET /v21.0/{id}} (Bearer) gives a short-lived url and the
 * sha256, {@code GET url} (Bearer again) gives the bytes. Enough for intake's media tests without the simulators.
 */
final class FakeGraphApi {
    static final String TOKEN = "sim-access-token";
    /**
     * The media lives in files: the test profile and the test class may be loaded by different class loaders
     * (Quarkus re-loads test classes), so static state would not be shared; the server's URL is shared as a
     * (String) system property.
     */
    static final Path DIR = Path.of("target", "fake-graph-media");
    private static HttpServer server;

    static void put(String id, byte[] bytes) {
        try {
            Files.createDirectories(DIR);
            Files.write(DIR.resolve(id), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the bytes under the media id; returns their sha256 as WhatsApp's webhook carries it (base64). */
    static String serve(String id, byte[] bytes) {
        put(id, bytes);
        return java.util.Base64.getEncoder().encodeToString(
                java.util.HexFormat.of().parseHex(org.samparksetu.intake.media.MediaStore.sha256Hex(bytes)));
    }

    /** The next {@code times} lookups of this media id answer 500 (Graph having a bad minute), then it is served. */
    static void failNext(String id, int times) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve("fail-" + id), Integer.toString(times));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lookups of this id have been answered 500 so far (since {@link #failNext}). */
    static int failuresServed(String id) {
        try {
            Path p = DIR.resolve("failed-" + id);
            return Files.exists(p) ? Integer.parseInt(Files.readString(p).trim()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many Graph calls (lookups and downloads) named this media id so far. */
    static int requestsFor(String id) {
        try {
            Path p = DIR.resolve("requested-" + id);
            return Files.exists(p) ? Integer.parseInt(Files.readString(p).trim()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void countRequest(String id) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve("requested-" + id), Integer.toString(requestsFor(id) + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes one planned failure for this id, if any is left. */
    private static synchronized boolean takeFailure(String id) {
        try {
            Path p = DIR.resolve("fail-" + id);
            int left = Files.exists(p) ? Integer.parseInt(Files.readString(p).trim()) : 0;
            if (left <= 0) {
                return false;
            }
            Files.writeString(p, Integer.toString(left - 1));
            Files.writeString(DIR.resolve("failed-" + id), Integer.toString(failuresServed(id) + 1));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] get(String id) {
        try {
            Path p = DIR.resolve(id);
            return Files.exists(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FakeGraphApi() {
    }

    static synchronized String start() {
        String running = System.getProperty("intake.test.fake-graph.url");
        if (running != null) {
            return running;
        }
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                boolean authorised = ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] answer;
                int status;
                String id = path.substring(path.lastIndexOf('/') + 1);
                countRequest(id);
                if (!authorised) {
                    status = 401;
                    answer = "{\"error\":{\"code\":190,\"message\":\"Invalid OAuth access token\"}}".getBytes(StandardCharsets.UTF_8);
                } else if (path.startsWith("/v21.0/") && takeFailure(id)) {
                    status = 500;
                    answer = "{\"error\":{\"code\":2,\"message\":\"Service temporarily unavailable\",\"is_transient\":true}}"
                            .getBytes(StandardCharsets.UTF_8);
                } else if (get(id) == null) {
                    status = 404;
                    answer = "{\"error\":{\"code\":100,\"message\":\"Unsupported get request\"}}".getBytes(StandardCharsets.UTF_8);
                } else if (path.startsWith("/v21.0/")) {
                    status = 200;
                    String base = "http://127.0.0.1:" + server.getAddress().getPort();
                    answer = ("{\"url\":\"" + base + "/download/" + id + "\",\"mime_type\":\"image/jpeg\",\"file_size\":\""
                            + get(id).length + "\",\"id\":\"" + id + "\",\"messaging_product\":\"whatsapp\"}")
                            .getBytes(StandardCharsets.UTF_8);
                } else {
                    status = 200;
                    answer = get(id);
                }
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        System.setProperty("intake.test.fake-graph.url", url);
        return url;
    }
}
