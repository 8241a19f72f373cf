package org.samparksetu.console.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.identity.TestKeycloak;

/**
 * Given Keycloak started by {@code deploy/keycloak start} (its own port and data directory, so the realm is imported
 * afresh with new demo passwords), when the demo users sign in on the test client, then each token carries the
 * user's roles in {@code realm_access.roles} and where they work as the claims department, tehsil, district and
 * level; wrong passwords are refused, and repeated ones lock the account for a while (brute-force detection).
 */
class KeycloakRealmTest {

    private static final String REALM = "sampark";
    private static final int FAILURE_FACTOR = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static TestKeycloak keycloak;

    @BeforeAll
    static void startKeycloak() throws Exception {
        Path root = Infrastructure.repositoryRoot();
        // reset first: a realm imported from the file as it is now, with passwords made for this run
        keycloak = new TestKeycloak(root, root.resolve("console/target/keycloak-realm-test").toAbsolutePath(),
                freePort(), freePort()).start();
        assertThat(keycloak.adminToken()).as("the admin account deploy/keycloak made signs in").isNotBlank();
    }

    @AfterAll
    static void stopKeycloak() throws Exception {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        // user,            roles,                               department, tehsil,  district, level
        "cell-jalore,       operator grievance-cell,             -,          -,       Jalore,   -",
        "kendra-jalore,     operator sampark-kendra,             -,          -,       Jalore,   -",
        "directory-admin,   directory-admin operator,            -,          -,       Jalore,   -",
        "phed-l1-sayla,     officer department:PHED,             PHED,       Sayla,   Jalore,   L1",
        "phed-l2,           officer department:PHED,             PHED,       -,       Jalore,   L2",
        "phed-l3,           officer department:PHED,             PHED,       -,       Jalore,   L3",
        "jdvvnl-l1,         officer department:JDVVNL,           JDVVNL,     Bhinmal, Jalore,   L1",
        "pwd-l1-bhinmal,    officer department:PWD,              PWD,        Bhinmal, Jalore,   L1",
        "verifier-sayla,    verifier,                            -,          Sayla,   Jalore,   -",
        "verifier-bhinmal,  verifier,                            -,          Bhinmal, Jalore,   -",
        "collector,         collector,                           -,          -,       Jalore,   L4",
        "evidence-officer,  evidence-officer,                    -,          -,       Jalore,   -",
        "ops-jalore,        ops,                                 -,          -,       Jalore,   -",
    })
    void aDemoUserSignsInWithTheirRolesAndPlaceOfWork(String user, String roles, String department, String tehsil,
            String district, String level) throws Exception {
        HttpResponse<String> response = passwordGrant("sampark-tests", user, password(user));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode claims = accessTokenClaims(response);
        assertThat(claims.path("iss").asText()).isEqualTo(base() + "/realms/" + REALM);
        assertThat(claims.path("preferred_username").asText()).isEqualTo(user);
        assertThat(roles(claims)).isEqualTo(new TreeSet<>(Arrays.asList(roles.split(" "))));
        assertClaim(claims, "department", department);
        assertClaim(claims, "tehsil", tehsil);
        assertClaim(claims, "district", district);
        assertClaim(claims, "level", level);
    }

    @Test
    void everyDemoUserOfTheRealmFileHasAPasswordAndIsCheckedAbove() throws Exception {
        Set<String> checked = Arrays.stream(KeycloakRealmTest.class
                        .getDeclaredMethod("aDemoUserSignsInWithTheirRolesAndPlaceOfWork", String.class, String.class,
                                String.class, String.class, String.class, String.class)
                        .getAnnotation(CsvSource.class).value())
                .map(row -> row.split(",")[0].trim())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(keycloak.demoUsers())).isEqualTo(checked).isEqualTo(SamparkRealmFileTest.demoUsers());
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> wrong = passwordGrant("sampark-tests", "collector", "not-" + password("collector"));

        // RFC 6749 5.2: invalid_grant is a 400; Keycloak does not say whether the user exists.
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(passwordGrant("sampark-tests", "collector", password("collector")).statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhileEvenAgainstTheRightOne() throws Exception {
        String user = "verifier-bhinmal";
        assertThat(passwordGrant("sampark-tests", user, password(user)).statusCode()).isEqualTo(200);

        for (int i = 1; i <= FAILURE_FACTOR; i++) {
            HttpResponse<String> wrong = passwordGrant("sampark-tests", user, "guess-number-" + i);
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(wrong.body()).path("error").asText()).isEqualTo("invalid_grant");
        }
        HttpResponse<String> right = passwordGrant("sampark-tests", user, password(user));
        String admin = adminToken();
        String id = userId(admin, user);
        try {
            assertThat(right.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(right.body()).path("error").asText()).isEqualTo("invalid_grant");
            JsonNode status = adminGet(admin, "/attack-detection/brute-force/users/" + id);
            assertThat(status.path("disabled").asBoolean()).as("temporarily locked: %s", status).isTrue();
            assertThat(status.path("numFailures").asInt()).isBetween(1, FAILURE_FACTOR);
            assertThat(adminGet(admin, "/users/" + id).path("enabled").asBoolean())
                    .as("a temporary lockout, not a disabled account").isTrue();
        } finally {
            adminDelete(admin, "/attack-detection/brute-force/users/" + id);
        }
        // The refusal above was the lockout: once an administrator clears it, the same password works again.
        assertThat(passwordGrant("sampark-tests", user, password(user)).statusCode()).isEqualTo(200);
    }

    @Test
    void theRealmThrottlesSignInAsDocumented() throws Exception {
        JsonNode realm = adminGet(adminToken(), "");

        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.path("failureFactor").asInt()).isEqualTo(FAILURE_FACTOR);
        assertThat(realm.path("waitIncrementSeconds").asInt()).isEqualTo(60);
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isEqualTo(900);
        assertThat(realm.path("quickLoginCheckMilliSeconds").asLong()).isEqualTo(1000);
        assertThat(realm.path("minimumQuickLoginWaitSeconds").asInt()).isEqualTo(60);
        assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
    }

    @Test
    void theConsoleSignsInOnlyByCodeWithPkceOnItsOwnAddress() throws Exception {
        JsonNode console = adminGet(adminToken(), "/clients?clientId=sampark-console").get(0);

        assertThat(console.path("publicClient").asBoolean()).isTrue();
        assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(console.path("redirectUris").toString()).isEqualTo("[\"http://127.0.0.1:8090/*\"]");
        // No password grant on the console's client: passwords are typed into Keycloak's page only.
        HttpResponse<String> grant = passwordGrant("sampark-console", "cell-jalore", password("cell-jalore"));
        assertThat(grant.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(grant.body()).path("error").asText()).isEqualTo("unauthorized_client");
    }

    // ---- helpers

    private static void assertClaim(JsonNode claims, String name, String expected) {
        if (expected == null) {
            assertThat(claims.has(name)).as("no %s claim in %s", name, claims).isFalse();
        } else {
            assertThat(claims.path(name).asText()).as(name).isEqualTo(expected);
        }
    }

    private static Set<String> roles(JsonNode claims) {
        Set<String> roles = new TreeSet<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }

    private static String password(String user) {
        return keycloak.password(user);
    }

    private static String base() {
        return keycloak.base();
    }

    private static HttpResponse<String> passwordGrant(String client, String user, String password) throws Exception {
        return postForm(base() + "/realms/" + REALM + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", client, "username", user, "password", password));
    }

    private static String adminToken() throws Exception {
        return keycloak.adminToken();
    }

    private static String userId(String admin, String user) throws Exception {
        JsonNode found = adminGet(admin, "/users?exact=true&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8));
        assertThat(found.size()).as("users named %s", user).isEqualTo(1);
        return found.get(0).path("id").asText();
    }

    private static JsonNode adminGet(String admin, String path) throws Exception {
        return keycloak.adminGet(admin, path);
    }

    private static void adminDelete(String admin, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(adminUrl(path)))
                .header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(60)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("DELETE %s: %s", path, response.body()).isEqualTo(204);
    }

    private static String adminUrl(String path) {
        return keycloak.adminUrl(path);
    }

    private static HttpResponse<String> postForm(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode accessTokenClaims(HttpResponse<String> tokenResponse) throws IOException {
        String token = JSON.readTree(tokenResponse.body()).path("access_token").asText();
        String[] parts = token.split("\\.");
        assertThat(parts).as("a signed JWT").hasSize(3);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
