package org.samparksetu.console.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.samparksetu.console.GroupWithLag;
import org.samparksetu.contract.Topics;
import org.samparksetu.testing.Browser;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.identity.TestKeycloak;
import org.samparksetu.testing.system.ConsoleProcess;
import org.samparksetu.testing.system.Ports;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given the packaged console started as a process against a Keycloak of this test's own (realm file as in git, demo
 * passwords made for this run), the real broker with a pipeline topic on which a group has read 3 of 10 records, and
 * stand-in services answering /q/metrics and /ops/dead-letters (one of intake's two instances down):
 * <ul>
 *   <li>the demo ops user signs in on Keycloak's page and sees the ops page, in Hindi, with live values: lag 7, the
 *       dead letter with its number masked, the outbox backlog, the open portal circuit, the instance that is down;
 *       replays the dead letter with the button; switches to English; signs out;</li>
 *   <li>the page is sent with a CSP without inline script, frame-ancestors 'none' and X-Frame-Options DENY, and a
 *       replay without the page's CSRF token is refused;</li>
 *   <li>a verifier (no ops role) signed in gets the 403 page;</li>
 *   <li>a wrong password is refused on Keycloak's page, and five of them lock the account for a while.</li>
 * </ul>
 */
class ConsoleBrowserIT {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final String PREFIX = Infrastructure.newTopicPrefix("console-it");
    private static final String GROUP = PREFIX + "routing-service";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static TestKeycloak keycloak;
    private static StubService intake;
    private static StubService bridge;
    private static ConsoleProcess console;
    private WebDriver browser;

    @BeforeAll
    static void startEverything() throws Exception {
        assertThat(ConsoleProcess.packaged(MODULE)).as("the console is packaged before the integration tests").isTrue();
        Infrastructure.ensureKafka();
        GroupWithLag.make(PREFIX + Topics.COMPLAINT_RECEIVED, GROUP, 10, 3);

        intake = new StubService("""
                # TYPE sampark_outbox_backlog gauge
                sampark_outbox_backlog 12.0
                sampark_outbox_oldest_age_seconds 42.0
                sampark_outbox_set_aside 0.0
                """, true);
        bridge = new StubService("""
                sampark_outbox_backlog 0.0
                sampark_outbox_oldest_age_seconds 0.0
                sampark_outbox_set_aside 0.0
                sampark_portal_circuit_state{breaker="sampark-portal-register"} 2.0
                sampark_portal_circuit_state{breaker="sampark-portal-transfer"} 0.0
                """, false);

        int consolePort = Ports.free();
        keycloak = new TestKeycloak(Infrastructure.repositoryRoot(), MODULE.resolve("target/keycloak-console-it"),
                Ports.free(), Ports.free()).start();
        keycloak.allowConsoleAt("http://127.0.0.1:" + consolePort);

        String down = "http://127.0.0.1:" + Ports.free(); // nobody listens there
        console = new ConsoleProcess(MODULE, consolePort, Map.of(
                "quarkus.oidc.auth-server-url", keycloak.base() + "/realms/sampark",
                "console.kafka.bootstrap-servers", Infrastructure.KAFKA,
                "console.kafka.topic-prefix", PREFIX,
                "console.services.intake-service", down + "," + intake.url(),
                "console.services.sampark-bridge", bridge.url()),
                Map.of("SAMPARK_CONSOLE_COOKIE_SECRET", "console-it-cookie-secret-0123456789abcdef"),
                Files.createDirectories(MODULE.resolve("target")).resolve("console-it.log"));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (console != null) {
            console.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (intake != null) {
            intake.close();
        }
        if (bridge != null) {
            bridge.close();
        }
        GroupWithLag.remove(PREFIX, GROUP);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.chromium();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theOpsUserSeesThePipelineLiveReplaysADeadLetterSwitchesToEnglishAndSignsOut() throws Exception {
        signIn("ops-jalore", "/ops");

        assertThat(browser.getCurrentUrl()).isEqualTo(console.base() + "/ops");
        assertThat(text(By.tagName("h1"))).isEqualTo("पाइपलाइन की हालत");
        assertThat(text(By.cssSelector("nav .active"))).isEqualTo("पाइपलाइन");

        assertThat(rowText(By.cssSelector("tr[data-group='" + GROUP + "'][data-topic='complaint.received'] .lag")))
                .isEqualTo("7");
        assertThat(text(By.id("total-lag"))).isEqualTo("7");
        assertThat(text(By.id("total-backlog"))).isEqualTo("12");
        assertThat(text(By.id("total-breakers"))).isEqualTo("1");
        assertThat(text(By.id("total-dead"))).isEqualTo("1");

        assertThat(rowText(By.cssSelector("tr[data-service='intake-service'][data-place='0/5']")))
                .contains("citizen.replied", "91*******210").doesNotContain("919876543210");
        assertThat(browser.getPageSource()).doesNotContain("919876543210");
        assertThat(rowText(By.cssSelector("[data-breaker='sampark-portal-register'][data-state='OPEN']"))).isNotBlank();
        assertThat(text(By.id("outbox"))).contains("जवाब नहीं मिला"); // intake's first instance is down

        // the page, as the browser got it: CSP without inline script, never framed
        HttpResponse<String> page = get("/ops", sessionCookies());
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");

        // a replay without the page's CSRF token is refused before it reaches the service
        HttpResponse<String> forged = post("/api/ops/dead-letters/intake-service/0/5/replay", sessionCookies(), Map.of());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(intake.replays.get()).isZero();

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            browser.findElement(By.cssSelector("tr[data-place='0/5'] button")).click();
            return true;
        });
        browser.switchTo().alert().accept();
        await("the service got the replay").atMost(Duration.ofSeconds(30)).until(() -> intake.replays.get() == 1);
        await("the page shows it replayed").atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                browser.findElement(By.cssSelector("tr[data-place='0/5']")).getText().contains("रीप्ले हो चुका"));
        assertThat(text(By.id("total-dead"))).isEqualTo("0");

        browser.findElement(By.id("switch-language")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> text(By.tagName("h1")).equals("Pipeline status"));
        assertThat(browser.getCurrentUrl()).isEqualTo(console.base() + "/ops");
        waitFor(By.cssSelector("tr[data-place='0/5']"));
        assertThat(text(By.id("dead"))).contains("Replayed");

        browser.findElement(By.id("sign-out")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.getCurrentUrl().startsWith(console.base() + "/signed-out"));
        assertThat(text(By.tagName("h1"))).isEqualTo("You are signed out");
        browser.findElement(By.id("switch-language")).click(); // the switch works signed out too
        await().atMost(Duration.ofSeconds(30)).until(() -> text(By.tagName("h1")).equals("आप साइन आउट हो गए हैं"));
        browser.get(console.base() + "/ops");
        await("signed out: back to Keycloak's sign-in").atMost(Duration.ofSeconds(30))
                .until(() -> browser.getCurrentUrl().startsWith(keycloak.base()));
    }

    @Test
    void aVerifierSignedInGetsTheForbiddenPageNotTheOpsPageOrItsData() throws Exception {
        signIn("verifier-sayla", "/ops");

        assertThat(text(By.cssSelector("#forbidden h1"))).isEqualTo("यह पेज आपके लिए नहीं है");
        assertThat(text(By.id("forbidden"))).contains("ops");
        assertThat(browser.findElements(By.cssSelector("nav a")).stream().map(WebElement::getText)
                .collect(Collectors.toList())).containsExactly("मुख्य पृष्ठ", "फ़ील्ड जाँच");
        assertThat(get("/ops", sessionCookies()).statusCode()).isEqualTo(403);
        HttpResponse<String> api = get("/api/ops/pipeline", sessionCookies());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("\"error\"").doesNotContain("intake-service");

        browser.get(console.base() + "/");
        await("the start page takes a verifier to their field checks").atMost(Duration.ofSeconds(30))
                .until(() -> browser.getCurrentUrl().equals(console.base() + "/field"));
    }

    /**
     * Keycloak's brute-force protection as the realm file sets it (failureFactor 5, waits from 60 s): a wrong password
     * shows Keycloak's error and signs nobody in; after five failures even the right password is refused for a while,
     * and the admin API reports the user temporarily disabled. jdvvnl-l1 is used by no other test here.
     */
    @Test
    void aWrongPasswordIsRefusedAndFiveOfThemLockTheAccountForAWhile() throws Exception {
        String user = "jdvvnl-l1";
        String admin = keycloak.adminToken();
        String id = keycloak.adminGet(admin, "/users?exact=true&username=" + user).get(0).path("id").asText();
        assertThat(bruteForce(admin, id).path("disabled").asBoolean()).isFalse();

        java.time.Instant lastFailure = java.time.Instant.EPOCH;
        for (int failure = 1; failure <= 5; failure++) {
            // Keycloak also locks at once after two failures less than a second apart (quickLoginCheckMilliSeconds):
            // the five failures here are a person's, not a script's, so they come more than a second apart
            java.time.Instant notBefore = lastFailure.plusMillis(1200);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> java.time.Instant.now().isAfter(notBefore));
            String error = attemptSignIn(user, "not-the-password-" + failure);
            lastFailure = java.time.Instant.now();
            assertThat(error).as("Keycloak's error after failure %d", failure).containsIgnoringCase("invalid");
            assertThat(browser.getCurrentUrl()).as("not signed in").startsWith(keycloak.base());
            assertThat(browser.manage().getCookies()).as("no console session")
                    .noneMatch(c -> c.getName().startsWith("q_session"));
            int f = failure;
            await("Keycloak counted failure " + f).atMost(Duration.ofSeconds(10))
                    .until(() -> bruteForce(admin, id).path("numFailures").asInt() >= f);
            if (failure < 5) {
                assertThat(bruteForce(admin, id).path("disabled").asBoolean())
                        .as("not locked after %d failures", failure).isFalse();
            }
        }

        assertThat(bruteForce(admin, id).path("disabled").asBoolean()).as("locked after 5 failures").isTrue();
        String refused = attemptSignIn(user, keycloak.password(user));
        assertThat(refused.toLowerCase(java.util.Locale.ROOT)).as("the right password, while locked")
                .containsAnyOf("invalid", "disabled");
        assertThat(browser.getCurrentUrl()).startsWith(keycloak.base());
        assertThat(browser.getCurrentUrl()).doesNotStartWith(console.base());
    }

    /** Opens the console, types {@code password} on Keycloak's page and answers the error Keycloak shows. */
    private String attemptSignIn(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(console.base() + "/");
        await("Keycloak's sign-in page").atMost(Duration.ofSeconds(60))
                .until(() -> !browser.findElements(By.id("username")).isEmpty());
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        By error = By.cssSelector("#input-error, #input-error-username, .kc-feedback-text, .pf-v5-c-alert__title, .alert-error");
        return await("Keycloak's error").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> browser.findElements(error).stream().map(WebElement::getText)
                        .filter(t -> !t.isBlank()).findFirst().orElse(""), t -> !t.isBlank());
    }

    /** Keycloak's brute-force record of a user: {@code numFailures}, {@code disabled}, ... */
    private com.fasterxml.jackson.databind.JsonNode bruteForce(String admin, String userId) throws Exception {
        return keycloak.adminGet(admin, "/attack-detection/brute-force/users/" + userId);
    }

    // ---- helpers

    private void signIn(String user, String path) {
        browser.get(console.base() + path);
        await("Keycloak's sign-in page").atMost(Duration.ofSeconds(60))
                .until(() -> !browser.findElements(By.id("username")).isEmpty());
        assertThat(browser.getCurrentUrl()).startsWith(keycloak.base() + "/realms/sampark/");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(keycloak.password(user));
        browser.findElement(By.id("kc-login")).click();
        await("back on the console").atMost(Duration.ofSeconds(60))
                .until(() -> browser.getCurrentUrl().startsWith(console.base() + path));
    }

    private void waitFor(By by) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !browser.findElements(by).isEmpty());
    }

    /** The text of an element the page redraws every few seconds: read again when it was replaced meanwhile. */
    private String rowText(By by) {
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> browser.findElement(by).getText(), t -> !t.isBlank());
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    private String sessionCookies() {
        return browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private HttpResponse<String> get(String path, String cookies) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(console.base() + path)).header("Cookie", cookies)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookies, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(console.base() + path)).header("Cookie", cookies)
                .header("Content-Type", "application/json").header("X-Requested-With", "JavaScript")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString("{}"));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
