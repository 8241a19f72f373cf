package org.samparksetu.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.e2e.VillageComplaints.Village;
import org.samparksetu.testing.Browser;
import org.samparksetu.testing.Screenshots;
import org.samparksetu.testing.system.SystemUnderTest;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's field verifier and collector pages in a real headless Chromium against the running system and its
 * Keycloak. The verifier of Sayla, on a phone-sized window, opens the check of a complaint whose citizen did not know
 * if the fix was real, takes a photo, lets the page read the phone's GPS at the village and records it fixed:
 * verification closes the complaint on that evidence. The collector sees the district's pendency, sends a complaint
 * stuck past its L3 deadline to L4, and downloads the pending complaints as CSV and as Excel.
 */
class ConsoleFieldAndCollectorIT {
    /** A Sayla village no other journey names, so no cluster or other test's check meets this one (LGD centroid). */
    private static final Village BABTARA = new Village("Babtara", "Sayla", 25.365713, 72.235989, FieldChecks.SAYLA);
    /** A Chitalwana village no other journey names; the complaint is FOREST's, whose clock runs in seconds here. */
    private static final String FOREST_TEXT = "गांव Ahmadkot में जंगल के पेड़ अवैध रूप से काटे जा रहे हैं, रात को ट्रैक्टर भरकर लकड़ी ले जाते हैं";
    /** L1's 40 s, L2's and L3's 25 s, the one-second tick and a busy box's delays, with room to spare. */
    private static final Duration TO_L3_OVERDUE = SystemUnderTest.FAST_CLOCK_L1
            .plus(SystemUnderTest.FAST_CLOCK_LEVEL.multipliedBy(2)).plus(Duration.ofMinutes(3));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theVerifierRecordsAFieldCheckWithPhotoAndGpsOnAPhone() throws Exception {
        Citizen citizen = Citizen.next("Dhanni Devi");
        String id = VillageComplaints.registeredIn(citizen, BABTARA, VillageComplaints.waterComplaintIn(BABTARA))
                .complaintId();
        Steps.askedIfFixed(citizen, id, 3);
        citizen.taps(ReplyIds.verification(ReplyIds.VerificationAnswer.DONT_KNOW, id), "पता नहीं");
        Map<String, Object> assigned = FieldChecks.awaitAssigned(FieldChecks.SAYLA, id);
        String checkId = (String) assigned.get("fieldCheckId");

        TheConsole console = TheConsole.get();
        browser = Browser.chromium();
        browser.manage().window().setSize(new Dimension(412, 915));
        ChromiumDriver chrome = (ChromiumDriver) browser;
        chrome.executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", console.base(), "permissions", List.of("geolocation")));
        // standing 60 m north of the village's centre
        chrome.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", BABTARA.latitudeNorth(60),
                "longitude", BABTARA.longitude(), "accuracy", 12));
        console.signIn(browser, FieldChecks.SAYLA, "/field");

        WebElement card = awaitOnPage("the check on the verifier's list", Duration.ofSeconds(30),
                () -> browser.findElement(By.cssSelector("a[data-complaint='" + id + "']")));
        assertThat(card.getText()).contains(id, "PHED", "Babtara", "Sayla");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("मेरी फ़ील्ड जाँचें");
        Screenshots.take(browser, "field-list");

        card.click();
        awaitOnPage("the check's page", Duration.ofSeconds(30), () -> browser.getCurrentUrl().endsWith("/field/" + checkId));
        assertThat(browser.findElement(By.id("village")).getText()).isEqualTo("Babtara");
        assertThat(browser.findElement(By.id("report")).getText()).contains("पाइपलाइन की मरम्मत कर दी गई है");
        assertThat(browser.findElement(By.id("check-state")).getText()).isEqualTo("जाना बाकी");

        browser.findElement(By.cssSelector("input[name=verdict][value=FIXED]")).click();
        browser.findElement(By.id("photo")).sendKeys(photo().toString());
        browser.findElement(By.id("remarks")).sendKeys("नल में पानी आ रहा है, हैंडपंप चालू है");
        await("the page has the phone's position").atMost(Duration.ofSeconds(30)).until(() ->
                !browser.findElement(By.id("device-latitude")).getAttribute("value").isEmpty());
        assertThat(Double.parseDouble(browser.findElement(By.id("device-latitude")).getAttribute("value")))
                .isCloseTo(BABTARA.latitudeNorth(60), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(browser.findElement(By.id("gps")).getAttribute("class")).contains("ok");
        Screenshots.take(browser, "field-check");

        browser.findElement(By.id("submit-verdict")).click();
        awaitOnPage("back on the check, recorded", Duration.ofSeconds(60),
                () -> browser.findElement(By.id("notice")).isDisplayed());
        assertThat(browser.getCurrentUrl()).endsWith("/field/" + checkId + "?done=1");
        assertThat(browser.findElement(By.id("check-state")).getText()).isEqualTo("ठीक पाया गया");
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("समस्या ठीक हो गई है");
        assertThat(browser.findElements(By.id("verdict-form"))).isEmpty();

        // verification recorded it, with the photo and a position at the village, and closed the complaint
        assertThat(FieldChecks.rowsOf(id)).singleElement().satisfies(fc -> assertThat(fc)
                .containsEntry("state", "PASSED").containsEntry("verdict", "FIXED")
                .containsEntry("compared_with", "VILLAGE").containsEntry("verifier", FieldChecks.SAYLA));
        assertThat(Records.query("verification-service", "select photo_type, remarks from field_check"
                + " where complaint_id = ? and photo is not null", id))
                .containsExactly(Map.of("photo_type", "image/png", "remarks", "नल में पानी आ रहा है, हैंडपंप चालू है"));
        VillageComplaints.awaitState(id, "CLOSED", 1);
        // the verifier's photo is shown back through the console (the page loads images from itself only)
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) chrome.executeScript(
                "return document.getElementById('your-photo').naturalWidth")).intValue() == 64);
        // and the check has left the list of checks to do
        browser.get(console.base() + "/field");
        assertThat(browser.findElements(By.cssSelector("a[data-complaint='" + id + "']"))).isEmpty();
    }

    @Test
    void theCollectorSeesPendencyEscalatesToL4AndDownloadsCsvAndExcel() throws Exception {
        Citizen citizen = Citizen.next("Mangla Ram");
        String id = Steps.registeredWaterComplaint(citizen, FOREST_TEXT).complaintId();
        assertThat(Records.eventData("routing-service", id, "complaint.routed").get(0).path("departmentCode").asText())
                .isEqualTo(SystemUnderTest.FAST_CLOCK_DEPARTMENT);
        // nobody acts: the clock takes it to L3, where it stops, and L3's deadline passes too
        await(id + " overdue at L3").atMost(TO_L3_OVERDUE).pollInterval(Duration.ofSeconds(1))
                .until(() -> Records.query("verification-service", "select 1 from tracked_complaint where complaint_id = ?"
                        + " and escalation_level = 3 and state = 'REGISTERED' and due_at < now()", id).size() == 1);

        TheConsole console = TheConsole.get();
        browser = Browser.chromium();
        browser.manage().window().setSize(new Dimension(1366, 1400));
        console.signIn(browser, "collector", "/collector");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ज़िले की स्थिति");
        // a loaded machine may keep verification from answering within the console's time: the page then says so, and
        // the collector loads it again
        WebElement row = await(id + " among the deadlines missed").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(3)).until(() -> {
                    List<WebElement> rows = browser.findElements(By.cssSelector("#breach-table tr[data-complaint='" + id + "']"));
                    if (rows.isEmpty()) {
                        browser.get(console.base() + "/collector");
                        return null;
                    }
                    return rows.get(0);
                }, r -> r != null);
        assertThat(row.getText()).contains("FOREST", "L3");
        assertThat(browser.findElement(By.cssSelector("#pendency-department tr[data-department='FOREST']")).getText())
                .isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#accountability-table tr[data-department]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#ranking-table tr[data-department='FOREST']"))).hasSize(1);
        Screenshots.take(browser, "collector");

        // an escalation without the page's CSRF token (a form on another site) is refused before verification hears of it
        String cookies = sessionCookies();
        HttpResponse<byte[]> forged = HTTP.send(HttpRequest.newBuilder(URI.create(console.base() + "/collector/escalate"))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("complaintId=" + id + "&reason=forged")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(Officers.verificationView(id).getInt("escalationLevel")).isEqualTo(3);

        row.findElement(By.name("reason")).sendKeys("तीन स्तरों पर समय-सीमा निकल गई, मुख्य वन संरक्षक देखें");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        awaitOnPage("the escalation is confirmed", Duration.ofSeconds(60),
                () -> browser.findElement(By.id("notice")).getText().contains(id));
        JsonPath view = Officers.verificationView(id);
        assertThat(view.getInt("escalationLevel")).isEqualTo(4);
        assertThat(view.getString("state")).isEqualTo("REGISTERED");
        assertThat(Records.eventData("verification-service", id, "complaint.escalated"))
                .extracting(e -> e.path("fromLevel").asInt() + "->" + e.path("toLevel").asInt())
                .containsExactly("1->2", "2->3", "3->4");
        assertThat(browser.findElements(By.cssSelector("#breach-table tr[data-complaint='" + id + "'] form"))).isEmpty();
        Screenshots.take(browser, "collector-escalated");

        // the downloads, fetched with the browser's session as the browser would
        HttpResponse<byte[]> csv = get(console, "/collector/pending.csv", cookies);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".csv");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).startsWith("शिकायत,विभाग,तहसील,स्थिति,स्तर");
        assertThat(lines).filteredOn(l -> l.startsWith(id + ",")).singleElement()
                .satisfies(l -> assertThat(l).startsWith(id + ",FOREST,Chitalwana,REGISTERED,L4,"));

        HttpResponse<byte[]> xlsx = get(console, "/collector/pending.xlsx", cookies);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        Map<String, String> parts = unzip(xlsx.body());
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"लंबित शिकायतें\"", "name=\"विभाग\"");
        assertThat(parts.values().stream().anyMatch(p -> p.contains(id))).as("the complaint in the workbook").isTrue();
    }

    private String sessionCookies() {
        return browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Waits for something the page should show; on a timeout says where the browser is and what it shows. */
    private <T> T awaitOnPage(String what, Duration atMost, java.util.concurrent.Callable<T> found) {
        try {
            return await(what).atMost(atMost).ignoreExceptions().until(found, v -> v != null && !Boolean.FALSE.equals(v));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            String shown = browser.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError(what + " did not happen; the browser is at " + browser.getCurrentUrl()
                    + " showing: " + shown.substring(0, Math.min(shown.length(), 1500)), e);
        }
    }

    private static HttpResponse<byte[]> get(TheConsole console, String path, String cookies) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(console.base() + path)).header("Cookie", cookies)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The workbook's parts, read through the zip's central directory as a spreadsheet program reads it. */
    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> parts = new HashMap<>();
        Path file = Files.createTempFile("collector", ".xlsx");
        try {
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(e)) {
                        parts.put(e.getName(), characters(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return parts;
    }

    /** XML's numeric character references (fastexcel writes Devanagari as &#x932; and so on) as the characters. */
    private static String characters(String xml) {
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }

    /** A 64×64 PNG, as a phone's camera would hand the file input (without GPS: the phone's position is the evidence). */
    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3a7bd5));
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.WHITE);
        g.fillOval(16, 16, 32, 32);
        g.dispose();
        Path file = Files.createTempFile("field-check", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
