package org.samparksetu.simulators.whatsapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.samparksetu.simulators.http.Http;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Graph media API for inbound media, as Meta serves it: a citizen's photo or voice note is uploaded here by a
 * test ({@code POST /simulator/whatsapp/media}), its id goes into an inbound webhook, and the intake service then
 * calls {@code GET /{version}/{media-id}} (Bearer) for a url that is valid five minutes, and {@code GET url} (Bearer
 * again) for the bytes.
 */
public final class MediaLibrary {
    static final Pattern LOOKUP_PATH = Pattern.compile("^/(v\\d+\\.\\d+)/([0-9]+)$");
    static final long URL_LIFETIME_MILLIS = 5 * 60 * 1000;

    record Media(String id, String mimeType, byte[] bytes, String sha256Base64) {
    }

    private final String accessToken;
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    /** download token → (media id, expiry millis) */
    private final Map<String, Object[]> urls = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(7_100_000_000_000_000L);

    public MediaLibrary(String accessToken) {
        this.accessToken = accessToken;
    }

    public void register(HttpServer server) {
        server.createContext("/simulator/whatsapp/media", this::upload);
        server.createContext("/simulator/whatsapp/media-download/", this::download);
    }

    public void reset() {
        media.clear();
        urls.clear();
    }

    /** {@code GET /{version}/{media-id}}; false when the request is not a media lookup (the caller goes on). */
    public boolean serveLookup(HttpExchange ex) throws IOException {
        Matcher m = LOOKUP_PATH.matcher(ex.getRequestURI().getPath());
        if (!"GET".equals(ex.getRequestMethod()) || !m.matches()) {
            return false;
        }
        if (!authorised(ex)) {
            Http.json(ex, 401, GraphErrors.body(190));
            return true;
        }
        Media item = media.get(m.group(2));
        if (item == null) {
            Http.json(ex, 404, GraphErrors.body(100));
            return true;
        }
        String token = UUID.randomUUID().toString();
        urls.put(token, new Object[]{item.id(), System.currentTimeMillis() + URL_LIFETIME_MILLIS});
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("url", "http://" + ex.getRequestHeaders().getFirst("Host") + "/simulator/whatsapp/media-download/" + token);
        answer.put("mime_type", item.mimeType());
        answer.put("sha256", item.sha256Base64());
        answer.put("file_size", String.valueOf(item.bytes().length)); // a string, as in the Graph API
        answer.put("id", item.id());
        answer.put("messaging_product", "whatsapp");
        Http.json(ex, 200, answer);
        return true;
    }

    /** A test uploads the bytes a citizen "sent": the answer carries the id and sha256 to put in the webhook. */
    private void upload(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            Http.error(ex, 405, "POST the media bytes with their Content-Type");
            return;
        }
        byte[] bytes = Http.body(ex);
        String mime = ex.getRequestHeaders().getFirst("Content-Type");
        String id = String.valueOf(ids.incrementAndGet());
        Media item = new Media(id, mime == null ? "application/octet-stream" : mime, bytes, sha256Base64(bytes));
        media.put(id, item);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("mime_type", item.mimeType());
        answer.put("sha256", item.sha256Base64());
        answer.put("file_size", bytes.length);
        Http.json(ex, 201, answer);
    }

    private void download(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String token = path.substring(path.lastIndexOf('/') + 1);
        if (!authorised(ex)) {
            // Meta: a generic GET of the url, without the access token, does not return the media
            Http.json(ex, 401, GraphErrors.body(190));
            return;
        }
        Object[] u = urls.get(token);
        if (u == null || (long) u[1] < System.currentTimeMillis()) {
            Http.json(ex, 404, GraphErrors.body(100));
            return;
        }
        Media item = media.get((String) u[0]);
        Http.send(ex, 200, item.mimeType(), item.bytes());
    }

    private boolean authorised(HttpExchange ex) {
        return ("Bearer " + accessToken).equals(ex.getRequestHeaders().getFirst("Authorization"));
    }

    static String sha256Base64(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
