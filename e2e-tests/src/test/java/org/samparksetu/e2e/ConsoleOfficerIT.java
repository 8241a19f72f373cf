package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.testing.Browser;
import org.samparksetu.testing.Screenshots;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The department officer's and the evidence officer's console pages against the running system, in real headless
 * Chromium, signed in on the run's Keycloak: a PHED officer finds the citizen's water complaint (a photo with the
 * citizen's words) in the list, sees the citizen's photo on its page, files "solved" with a photo and the phone's GPS
 * point, and the citizen is asked whether it is fixed; an officer of another
 * department is refused the complaint's page; the evidence officer exports one number's signed evidence.
 */
class ConsoleOfficerIT {
    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);
    /**
     * Berath, a village no other journey names (routing links complaints of one place; the field check's journey
     * has Babtara). The officer's list is by department, so where routing places it plays no part here.
     */
    private static final String BABTARA_WATER = "गांव Berath में पांच दिन से नल में पीने का पानी नहीं आ रहा, मुख्य पाइपलाइन फूट गई है";
    private static final double BABTARA_LAT = 25.3657;
    private static final double BABTARA_LON = 72.2081;

    private WebDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPhedOfficerFilesSolvedWithAPhotoAndGpsAndTheCitizenIsAskedIfItIsFixed() throws IOException {
        TheConsole console = TheConsole.get();
        Citizen citizen = Citizen.next("Babtara villager");
        // the citizen's photo of the broken pipe, with the complaint in its caption: acknowledged, then registered
        Citizen.Media sent = citizen.sendsPhoto(BABTARA_WATER);
        String complaintId = Whatsapp.complaintIdIn(citizen.awaitMessage(1)).orElseThrow();
        assertThat(Whatsapp.textOf(citizen.awaitMessage(2))).as("registered on Sampark").contains(complaintId);

        browser = Browser.chromium();
        // the phone's GPS: the console's page may ask for the position, and gets a point in Babtara
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", console.base(), "permissions", List.of("geolocation")));
        chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", BABTARA_LAT, "longitude", BABTARA_LON, "accuracy", 15));
        console.signIn(browser, "phed-l1-sayla", "/officer");

        // the list comes from verification, which knows the complaint once it is registered on Sampark
        By row = By.cssSelector("tr[data-complaint='" + complaintId + "']");
        await("complaint " + complaintId + " in PHED's list").atMost(PAGE_WAIT).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(browser.findElements(row)).as("the list; the page says: %s", pageText()).isNotEmpty();
                });
        assertThat(browser.findElement(row).getText()).contains("L1");
        Screenshots.take(browser, "officer-list");

        browser.findElement(row).findElement(By.linkText(complaintId)).click();
        awaitOnPage("the complaint's page", By.id("report-form"));
        assertThat(browser.findElement(By.id("complaint-id")).getText()).contains(complaintId);
        assertThat(browser.findElement(By.id("description")).getText()).contains("पाइपलाइन");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("संपर्क पोर्टल पर दर्ज");
        // the citizen's own photo, from intake through the console, shown as the picture it is
        By citizenPhoto = By.cssSelector("#citizen-files a[data-sha256='" + sent.sha256Hex() + "'] img");
        await("the citizen's photo shown").atMost(Duration.ofSeconds(30)).until(() -> (Boolean) ((JavascriptExecutor) browser)
                .executeScript("var i = arguments[0]; return i.complete && i.naturalWidth > 0;",
                        browser.findElement(citizenPhoto)));
        // the page's script took the phone's position into the report's hidden fields
        await("the GPS point in the form").atMost(Duration.ofSeconds(20)).until(() ->
                !browser.findElement(By.id("latitude")).getDomProperty("value").isBlank());
        assertThat(Double.parseDouble(browser.findElement(By.id("latitude")).getDomProperty("value")))
                .isCloseTo(BABTARA_LAT, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(Double.parseDouble(browser.findElement(By.id("longitude")).getDomProperty("value")))
                .isCloseTo(BABTARA_LON, org.assertj.core.data.Offset.offset(0.0001));
        Screenshots.take(browser, "officer-complaint");

        new Select(browser.findElement(By.id("outcome"))).selectByValue("RELIEF");
        browser.findElement(By.id("remarks")).sendKeys("मुख्य पाइपलाइन का फूटा हिस्सा बदल दिया, नल में पानी चालू");
        browser.findElement(By.id("photo")).sendKeys(photoOfTheWork().toString());
        browser.findElement(By.id("report-submit")).click();

        awaitOnPage("the report filed", By.id("done"));
        assertThat(browser.getCurrentUrl()).endsWith("/officer/complaints/" + complaintId + "?done=report_filed");
        // the photo went to the bridge with the report and comes back through the console
        await("the photo shown").atMost(PAGE_WAIT).until(() -> {
            browser.navigate().refresh();
            return !browser.findElements(By.cssSelector("#photos img")).isEmpty() && (Boolean) ((JavascriptExecutor) browser)
                    .executeScript("var i = document.querySelector('#photos img'); return i.complete && i.naturalWidth === 64;");
        });
        Screenshots.take(browser, "officer-report-filed");

        // the citizen is asked on WhatsApp whether it is fixed, with the three buttons
        Map<String, Object> question = citizen.awaitMessage(3);
        assertThat(Whatsapp.buttonIds(question)).as("the verification question: %s", question).containsExactly(
                ReplyIds.verification(ReplyIds.VerificationAnswer.FIXED, complaintId),
                ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, complaintId),
                ReplyIds.verification(ReplyIds.VerificationAnswer.DONT_KNOW, complaintId));
        // and the report verification holds is the officer's, as filed on the page
        var view = Officers.verificationView(complaintId);
        assertThat(view.getString("verifications[0].outcome")).isEqualTo("RELIEF");
        assertThat(view.getString("verifications[0].officer")).isEqualTo("phed-l1-sayla");
    }

    @Test
    void anOfficerOfAnotherDepartmentIsRefusedTheComplaintAndSeesNoneOfIt() {
        TheConsole console = TheConsole.get();
        Citizen citizen = Citizen.next("Asana villager");
        String text = "गांव Asana के वार्ड तीन में हैंडपंप सूखा पड़ा है, एक हफ्ते से पीने का पानी नहीं";
        Steps.Registered registered = Steps.registeredWaterComplaint(citizen, text);
        // verification knows it (PHED's), so a refusal below is the department rule, not an unknown number
        await("verification knows " + registered.complaintId()).atMost(PAGE_WAIT).ignoreExceptions()
                .until(() -> "PHED".equals(Officers.verificationView(registered.complaintId()).getString("departmentCode")));

        browser = Browser.chromium();
        console.signIn(browser, "jdvvnl-l1", "/officer/complaints/" + registered.complaintId());

        // (a slow service shows "could not be opened, try again": the refusal must come on a reload then)
        await("the refusal").atMost(PAGE_WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            if (!browser.findElements(By.id("unavailable")).isEmpty()) {
                browser.navigate().refresh();
            }
            assertThat(browser.findElements(By.id("refused"))).as(pageText()).hasSize(1);
        });
        assertThat(browser.findElements(By.id("report-form"))).isEmpty();
        String page = browser.getPageSource();
        assertThat(page).doesNotContain("हैंडपंप").doesNotContain(registered.grievanceId());
        // nor does the photo address give anything away
        browser.get(console.base() + "/officer/complaints/" + registered.complaintId() + "/photos/" + "0".repeat(64));
        assertThat(browser.getPageSource()).doesNotContain("हैंडपंप");
    }

    @Test
    void theEvidenceOfficerExportsOneNumbersSignedEvidence() throws IOException {
        TheConsole console = TheConsole.get();
        Citizen citizen = Citizen.next("Evidence witness");
        citizen.says("गांव Bakra में बिजली का खंभा टेढ़ा होकर गिरने वाला है, तार नीचे लटक रहे हैं");
        String complaintId = Whatsapp.complaintIdIn(citizen.awaitMessage(1)).orElseThrow();

        browser = Browser.chromium();
        console.signIn(browser, "evidence-officer", "/evidence");
        browser.findElement(By.id("number")).sendKeys(citizen.waId);
        browser.findElement(By.id("reason")).sendKeys("FIR 112/2026 थाना सायला");
        browser.findElement(By.id("evidence-submit")).click();

        awaitOnPage("the evidence found", By.id("evidence-result"));
        assertThat(browser.findElement(By.id("evidence-complaints")).getText()).contains(complaintId);
        // the page shows the number masked, never whole
        assertThat(browser.findElement(By.id("evidence-result")).getText()).doesNotContain(citizen.waId)
                .contains(citizen.waId.substring(citizen.waId.length() - 3));
        Screenshots.take(browser, "evidence");

        // the form is a plain HTML form: without the page's CSRF token the same post is refused, and nothing exported
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/evidence', { method: 'POST', body: new URLSearchParams({ number: '9876543210', reason: 'forged' }) })
                  .then(function (r) { done(r.status); }, function (e) { done(String(e)); });""");
        assertThat(status).isEqualTo(400L);

        // the download is intake's signed bundle as it was signed: it names the number and its complaint
        var download = browser.findElement(By.id("evidence-download"));
        assertThat(download.getDomAttribute("download")).endsWith(".json");
        String href = download.getDomAttribute("href");
        assertThat(href).startsWith("data:application/json;base64,");
        JsonNode bundle = new ObjectMapper().readTree(Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1)));
        assertThat(bundle.path("evidence").path("citizenWaId").asText()).isEqualTo(citizen.waId);
        assertThat(bundle.path("evidence").path("exportedBy").asText()).isEqualTo("evidence-officer");
        assertThat(bundle.path("evidence").path("complaints").findValuesAsText("complaintId")).contains(complaintId);
        assertThat(bundle.path("signature").path("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(bundle.path("signature").path("value").asText()).isNotBlank();
    }

    /** Waits for {@code what} on the page; a timeout says what the page showed instead. */
    private void awaitOnPage(String alias, By what) {
        await(alias).atMost(PAGE_WAIT).untilAsserted(() ->
                assertThat(browser.findElements(what)).as("%s; the page says: %s", alias, pageText()).isNotEmpty());
    }

    private String pageText() {
        var body = browser.findElements(By.tagName("body"));
        return browser.getCurrentUrl() + " " + (body.isEmpty() ? browser.getPageSource() : body.get(0).getText());
    }

    /** A 64×48 PNG of a mended pipe (blue over sand), as a phone's camera would hand it to the file input. */
    private static Path photoOfTheWork() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xD9, 0xC2, 0x8F));
        g.fillRect(0, 0, 64, 48);
        g.setColor(new Color(0x2F, 0x6D, 0xB5));
        g.fillRect(0, 20, 64, 8);
        g.dispose();
        Path file = Files.createTempFile("officer-photo", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
