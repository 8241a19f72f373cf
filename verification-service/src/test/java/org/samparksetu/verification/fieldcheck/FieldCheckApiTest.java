package org.samparksetu.verification.fieldcheck;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.testing.Browser;
import org.samparksetu.verification.Pages;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The field verifier's page in a real headless Chromium, with the phone's location emulated. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class FieldPageTest {
    @TestHTTPResource("/field.html")
    URL page;

    static JsonPath view(String id) {
        var r = given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", id);
        return r.statusCode() == 200 ? r.jsonPath() : null;
    }

    @Test
    void aVerifierOnSiteRecordsThatTheFixIsNotReal() {
        String id = "JAL-2026-810001";
        String prefix = ServiceInfrastructure.topicPrefix();
        TestEvents.publish(prefix, EventType.COMPLAINT_ROUTED, id, new ComplaintRouted(id, "PHED", 0.9, List.of(), List.of(),
                "CLASSIFIER", "handpump", "hi", null, new GeoPoint(25.345678, 72.617432, null, null), "Sayla", "Sayla",
                "Posana", Instant.now()));
        TestEvents.publish(prefix, EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "2026810001", "API", Instant.now()));
        TestEvents.publish(prefix, EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, "ATR-810001", "PHED",
                "2026810001", DisposalOutcome.FALSE_CASE, "no fault found", "JEN PHED Sayla", "REST", List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id) != null && view(id).getList("fieldChecks").size() == 1);
        String verifier = view(id).getString("fieldChecks[0].verifier");
        String checkId = view(id).getString("fieldChecks[0].fieldCheckId");

        WebDriver browser = Browser.chromium();
        try {
            ChromiumDriver chrome = (ChromiumDriver) browser;
            String origin = page.getProtocol() + "://" + page.getHost() + ":" + page.getPort();
            chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
            chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                    Map.of("latitude", 25.3459, "longitude", 72.6176, "accuracy", 10));
            Pages.openAs(browser, page, verifier, "verifier-secret");
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(d -> !d.findElements(By.cssSelector("[data-check='" + checkId + "']")).isEmpty());
            var card = browser.findElement(By.cssSelector("[data-check='" + checkId + "']"));
            assertThat(card.getText()).contains(id).contains("FALSE_CASE").contains("no fault found");
            new Select(card.findElement(By.name("verdict"))).selectByValue("NOT_FIXED");
            card.findElement(By.name("remarks")).sendKeys("handpump still dry");
            card.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(d -> d.findElement(By.id("message")).getText().startsWith("Recorded"));
            assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("Recorded: FAILED");
        } finally {
            browser.quit();
        }
        JsonPath v = view(id);
        assertThat(v.getString("state")).isEqualTo("REOPENED");
        assertThat(v.getString("fieldChecks[0].state")).isEqualTo("FAILED");
        assertThat(v.getDouble("fieldChecks[0].distanceMetres")).isLessThan(100);
    }

    @Test
    void theVerifierSeesWhatTheCitizenSaidAndThePhotoTheySent() {
        String id = "JAL-2026-810002";
        String sha = "c0ffee".repeat(10) + "abcd";
        String prefix = ServiceInfrastructure.topicPrefix();
        TestEvents.publish(prefix, EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, "PHED", "2026810002", "API", Instant.now()));
        TestEvents.publish(prefix, EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, "ATR-810002", "PHED",
                "2026810002", DisposalOutcome.RELIEF, "handpump repaired", "JEN PHED Sayla", "REST", List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id) != null && view(id).getList("verifications").size() == 1);
        TestEvents.publish(prefix, EventType.CITIZEN_REPLIED, id, new org.samparksetu.contract.events.CitizenReplied(id,
                "919876543210", "wamid.810002a", "BUTTON", org.samparksetu.contract.ReplyIds.verification(
                org.samparksetu.contract.ReplyIds.VerificationAnswer.NOT_FIXED, id), null, Instant.now()));
        TestEvents.publish(prefix, EventType.CITIZEN_REPLIED, id, new org.samparksetu.contract.events.CitizenReplied(id,
                "919876543210", "wamid.810002b", "TEXT", null, "पानी अब भी नहीं आता", Instant.now()));
        TestEvents.publish(prefix, EventType.CITIZEN_REPLIED, id, new org.samparksetu.contract.events.CitizenReplied(id,
                "919876543210", "wamid.810002c", "IMAGE", null, "सूखा हैंडपंप", Instant.now(), null, "hi", List.of(sha)));
        await().atMost(Duration.ofSeconds(60)).until(() -> view(id).getList("fieldChecks").size() == 1);
        String verifier = view(id).getString("fieldChecks[0].verifier");
        String checkId = view(id).getString("fieldChecks[0].fieldCheckId");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().preemptive().basic(verifier, "verifier-secret")
                .get("/api/field-checks/{id}", checkId).jsonPath().getList("citizenPhotos").size() == 1);

        WebDriver browser = Browser.chromium();
        try {
            Pages.openAs(browser, page, verifier, "verifier-secret");
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(d -> !d.findElements(By.cssSelector("[data-check='" + checkId + "']")).isEmpty());
            var card = browser.findElement(By.cssSelector("[data-check='" + checkId + "']"));
            // why the check was sent depends on PHED's record so far (every "not fixed" is checked, or all of PHED's are)
            assertThat(card.getText()).contains("Why: ").contains("handpump repaired").contains("Citizen says: पानी अब भी नहीं आता");
            var photo = card.findElement(By.cssSelector("figure.citizen-photo[data-sha256='" + sha + "']"));
            assertThat(photo.getText()).contains("सूखा हैंडपंप").contains(sha.substring(0, 12));
        } finally {
            browser.quit();
        }
    }
}
