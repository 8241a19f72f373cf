package org.samparksetu.testing.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Keycloak of a test's (or a benchmark's) own, started by {@code deploy/keycloak} on the given ports with its data
 * in the given folder (reset first, so the realm file is imported afresh with new demo passwords), as
 * KeycloakRealmTest does.
 * The console's client lets only http://127.0.0.1:8090 sign in; a test's console runs on a free port, so this
 * instance's client is told that address too (the realm file stays as it is).
 */
public final class TestKeycloak implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Path root;
    private final Path data;
    public final int port;
    private final int managementPort;
    private Map<String, String> passwords;
    private String adminPassword;

    public TestKeycloak(Path root, Path data, int port, int managementPort) {
        this.root = root;
        this.data = data;
        this.port = port;
        this.managementPort = managementPort;
    }

    public TestKeycloak start() throws Exception {
        script("reset");
        script("start");
        passwords = readPairs(Path.of(data + "-users.txt"));
        adminPassword = readPairs(Path.of(data + "-admin.txt")).get("admin");
        return this;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String password(String user) {
        String p = passwords.get(user);
        if (p == null) {
            throw new IllegalStateException("no demo user " + user + " in " + data + "-users.txt");
        }
        return p;
    }

    /** The demo users deploy/keycloak made passwords for. */
    public java.util.Set<String> demoUsers() {
        return java.util.Collections.unmodifiableSet(passwords.keySet());
    }

    /** Lets the console at {@code consoleBase} sign people in and out on this instance. */
    public void allowConsoleAt(String consoleBase) throws Exception {
        String admin = adminToken();
        JsonNode client = adminGet(admin, "/clients?clientId=sampark-console").get(0);
        ObjectNode update = (ObjectNode) client;
        ((ArrayNode) update.withArray("redirectUris")).add(consoleBase + "/*");
        ((ArrayNode) update.withArray("webOrigins")).add(consoleBase);
        ObjectNode attributes = (ObjectNode) update.with("attributes");
        attributes.put("post.logout.redirect.uris",
                attributes.path("post.logout.redirect.uris").asText() + "##" + consoleBase + "/*");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(adminUrl("/clients/" + client.path("id").asText())))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(update))).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 204) {
            throw new IllegalStateException("cannot update sampark-console: " + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() throws Exception {
        script("stop");
    }

    /** A token of the master realm's admin, for the admin REST API. */
    public String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("no admin token: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    /** GET on the sampark realm's admin API (path after /admin/realms/sampark), answered 200 or thrown. */
    public JsonNode adminGet(String admin, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(adminUrl(path)))
                .header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** The sampark realm's admin API address of {@code path}. */
    public String adminUrl(String path) {
        return base() + "/admin/realms/sampark" + path;
    }

    private static Map<String, String> readPairs(Path file) throws IOException {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length == 2 && !cols[0].startsWith("#")) {
                pairs.put(cols[0], cols[1]);
            }
        }
        return pairs;
    }

    private void script(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("deploy/keycloak").toString(), command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("KEYCLOAK_PORT", String.valueOf(port));
        builder.environment().put("KEYCLOAK_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("KEYCLOAK_DATA", data.toString());
        Process process = builder.start();
        // the first start on a machine downloads the distribution (~170 MB) and builds it
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroy();
            throw new IllegalStateException("deploy/keycloak " + command + " did not finish; see " + data);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("deploy/keycloak " + command + " failed (log in " + data + "/keycloak.log)");
        }
    }
}
