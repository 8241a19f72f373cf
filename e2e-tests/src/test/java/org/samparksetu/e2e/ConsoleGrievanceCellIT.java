package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.samparksetu.simulators.sampark.Grievance;
import org.samparksetu.testing.Browser;
import org.samparksetu.testing.Screenshots;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The grievance cell at work in the console, in real Chromium against the running system, signed in on Keycloak as
 * the demo operator cell-jalore (roles operator and grievance-cell):
 * <ul>
 *   <li>a citizen's photographed letter waits in the inbox's transcription tab with the photo shown; the operator types
 *       it in and it is registered on the Sampark portal with those words, transcribed by cell-jalore;</li>
 *   <li>a walk-in's complaint typed into the intake form gets its number; its words name no department, so it waits
 *       in the triage tab; the operator takes it and sends it to PHED, then moves it to JDVVNL with a reason, and
 *       routing records both decisions as cell-jalore's;</li>
 *   <li>a number blocked with a reason is listed masked with that reason, and unblocked again.</li>
 * </ul>
 * The tests share the system with other classes: each uses citizens and numbers of its own and looks only at its own
 * rows. Screenshots (Hindi): cell-transcription, intake, cell-inbox, blocklist. Its three operators sign in one after
 * the other (the class still runs beside the others): three Keycloak sign-ins at once on a loaded machine have taken
 * longer than the sign-in's minute.
 */
@Execution(ExecutionMode.SAME_THREAD)
class ConsoleGrievanceCellIT {
    private static final String OPERATOR = "cell-jalore";
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    private TheConsole console;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        console = TheConsole.get();
        browser = Browser.chromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPhotographedLetterIsTranscribedInTheBrowserAndReachesSampark() {
        Citizen citizen = Citizen.next("Kamla");
        Citizen.Media photo = citizen.sendsPhoto("ye dekhiye");
        String id = Whatsapp.complaintIdIn(citizen.awaitMessage(1))
                .orElseThrow(() -> new AssertionError("the citizen got no complaint number"));
        await("complaint " + id + " waiting for transcription").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> Records.query("intake-service", "select status from complaint where complaint_id = ?", id)
                        .equals(List.of(Map.of("status", "AWAITING_TRANSCRIPTION"))));

        console.signIn(browser, OPERATOR, "/cell?tab=transcription");
        WebElement item = shownAfterReloads("/cell?tab=transcription", By.id("transcription-" + id));
        assertThat(browser.findElement(By.id("tab-transcription")).getAttribute("class")).contains("active");
        WebElement img = item.findElement(By.cssSelector("img.citizen-photo"));
        assertThat(img.getAttribute("src")).endsWith("/cell/media/" + photo.sha256Hex());
        scrollTo(item);
        await("the citizen's photo shown").atMost(PAGE_WAIT).until(() -> ((Number) js()
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", img)).intValue() > 0);
        assertThat(item.getText()).contains("ye dekhiye");
        Screenshots.take(browser, "cell-transcription");

        String mobile = Citizen.otherMobile();
        String typed = "सेवा में जिला कलेक्टर महोदय, हमारे गाँव का सरकारी हैंडपंप दस दिन से खराब है, पीने का पानी नहीं है। "
                + "कृपया मरम्मत करवाएं। प्रार्थी कमला देवी, मोबाइल " + mobile;
        item.findElement(By.cssSelector("textarea[name=text]")).sendKeys(typed);
        item.findElement(By.cssSelector("button.transcribe")).click();

        doneNotice("transcribed");
        assertThat(browser.findElement(By.id("notice-ref")).getText()).isEqualTo(id);
        assertThat(browser.findElements(By.id("transcription-" + id))).as("no longer waiting").isEmpty();

        await("registration of " + id + " on Sampark").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> !Records.samparkRegistrations(id).isEmpty());
        Grievance grievance = Records.samparkRegistrations(id).get(0);
        assertThat(grievance.description()).contains("हैंडपंप दस दिन से खराब है");
        assertThat(grievance.contactNumber().replaceAll("\\D", "")).endsWith(mobile);
        assertThat(Records.query("intake-service", "select status, transcribed_by from complaint where complaint_id = ?", id))
                .containsExactly(Map.of("status", "RECEIVED", "transcribed_by", OPERATOR));
    }

    @Test
    void aWalkInComplaintGetsItsNumberAndIsTriagedAndReroutedInTheBrowser() {
        String mobile = Citizen.otherMobile();
        console.signIn(browser, OPERATOR, "/intake");
        new Select(browser.findElement(By.name("source"))).selectByValue("WALK_IN");
        browser.findElement(By.name("phone")).sendKeys(mobile);
        browser.findElement(By.name("name")).sendKeys("रामेश्वर लाल");
        browser.findElement(By.name("village")).sendKeys("दासपां");
        browser.findElement(By.name("tehsil")).sendKeys("भीनमाल");
        // no word of any department: routing cannot decide, a person must
        browser.findElement(By.name("text")).sendKeys("कृपया मदद करें");
        Screenshots.take(browser, "intake");
        browser.findElement(By.id("file-complaint")).click();

        await("the complaint's number shown").atMost(PAGE_WAIT).until(() -> !browser.findElements(By.id("filed-number")).isEmpty()
                || !browser.findElements(By.id("problem")).isEmpty());
        assertThat(browser.findElements(By.id("problem"))).as("no problem shown").extracting(WebElement::getText).isEmpty();
        String id = browser.findElement(By.id("filed-number")).getText().strip();
        assertThat(id).matches("JAL-\\d{4}-\\d+");
        assertThat(Records.query("intake-service", "select channel, citizen_wa_id from complaint where complaint_id = ?", id))
                .containsExactly(Map.of("channel", "OPERATOR", "citizen_wa_id", "91" + mobile));

        await(id + " waiting in triage").atMost(Citizen.MESSAGE_WAIT).until(() -> Records.query("routing-service",
                "select outcome from routing_decision where complaint_id = ?", id).equals(List.of(Map.of("outcome", "NEEDS_TRIAGE"))));
        WebElement item = shownAfterReloads("/cell?tab=triage", By.id("triage-" + id));
        assertThat(item.getText()).contains("कृपया मदद करें");
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector("#tab-triage .count")).getAttribute("data-count")))
                .isPositive();
        scrollTo(item);
        Screenshots.take(browser, "cell-inbox");

        // take it, then send it to PHED with a reason
        item.findElement(By.cssSelector("button.claim")).click();
        await("claimed").atMost(PAGE_WAIT).until(() -> !browser.findElements(By.cssSelector("#triage-" + id + " .claimed")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#triage-" + id + " .claimed")).getText()).contains(OPERATOR);
        item = browser.findElement(By.id("triage-" + id));
        new Select(item.findElement(By.name("department"))).selectByValue("PHED");
        item.findElement(By.name("reason")).sendKeys("नागरिक ने फ़ोन पर बताया: हैंडपंप से पानी नहीं आ रहा");
        item.findElement(By.cssSelector("button.assign")).click();
        doneNotice("assigned");
        assertThat(browser.findElement(By.id("notice-ref")).getText()).isEqualTo(id);
        assertThat(browser.findElements(By.id("triage-" + id))).as("no longer in triage").isEmpty();

        List<JsonNode> routed = Records.eventData("routing-service", id, "complaint.routed");
        assertThat(routed).extracting(r -> r.path("departmentCode").asText()).containsExactly("PHED");
        assertThat(routed.get(0).path("decidedBy").asText()).isEqualTo("operator:" + OPERATOR);
        assertThat(Records.query("routing-service",
                "select action, decided_by from routing_history where complaint_id = ? and action in ('CLAIMED', 'ASSIGNED') order by id", id))
                .containsExactly(Map.of("action", "CLAIMED", "decided_by", "operator:" + OPERATOR),
                        Map.of("action", "ASSIGNED", "decided_by", "operator:" + OPERATOR));

        // the transformer is the electricity department's: move it there with the reason
        WebElement reroute = browser.findElement(By.id("reroute"));
        reroute.findElement(By.name("complaint")).sendKeys(id);
        new Select(reroute.findElement(By.name("department"))).selectByValue("JDVVNL");
        reroute.findElement(By.name("reason")).sendKeys("हैंडपंप की मोटर का ट्रांसफार्मर जला है, बिजली विभाग बदलेगा");
        reroute.findElement(By.cssSelector("button[type=submit]")).click();
        doneNotice("re-routed");
        assertThat(browser.findElement(By.id("notice-ref")).getText()).isEqualTo(id);
        List<JsonNode> moved = Records.eventData("routing-service", id, "complaint.routed");
        assertThat(moved).extracting(r -> r.path("departmentCode").asText()).containsExactly("PHED", "JDVVNL");
        assertThat(moved.get(1).path("previousDepartmentCode").asText()).isEqualTo("PHED");
        assertThat(moved.get(1).path("decidedBy").asText()).isEqualTo("operator:" + OPERATOR);
    }

    @Test
    void aNumberBlockedWithAReasonIsListedMaskedAndCanBeUnblocked() {
        String mobile = Citizen.otherMobile();
        String reason = "एक ही दिन में 40 अभद्र संदेश भेजे " + mobile.substring(7);
        console.signIn(browser, OPERATOR, "/blocklist");
        WebElement form = browser.findElement(By.id("block-form"));
        form.findElement(By.name("number")).sendKeys(mobile);
        form.findElement(By.name("reason")).sendKeys(reason);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        doneNotice("blocked");
        WebElement row = ownRow(reason);
        String shown = row.findElement(By.cssSelector("th")).getText();
        assertThat(shown).as("masked").doesNotContain(mobile).startsWith("91").endsWith(mobile.substring(7));
        assertThat(row.getText()).contains(OPERATOR);
        assertThat(Records.query("intake-service", "select reason, blocked_by from blocked_number where wa_id = ?", "91" + mobile))
                .containsExactly(Map.of("reason", reason, "blocked_by", OPERATOR));
        scrollTo(row);
        Screenshots.take(browser, "blocklist");

        row.findElement(By.cssSelector("button[type=submit]")).click();
        doneNotice("unblocked");
        assertThat(browser.findElements(By.xpath("//td[contains(@class,'blocked-reason')][normalize-space(.)='" + reason + "']")))
                .isEmpty();
    }

    /** Waits for the page after a form: its done notice, or the problem it shows (which fails the test, quoted). */
    private void doneNotice(String what) {
        await(what).atMost(PAGE_WAIT).until(() -> !browser.findElements(By.id("notice")).isEmpty()
                || !browser.findElements(By.id("problem")).isEmpty());
        assertThat(browser.findElements(By.id("problem"))).as("the page's problem after " + what)
                .extracting(WebElement::getText).isEmpty();
    }

    /**
     * The page at {@code path}, opened again until it shows {@code what}: a busy service may answer a list late, and
     * the page then says that list is not available this time.
     */
    private WebElement shownAfterReloads(String path, By what) {
        if (browser.findElements(what).isEmpty()) {
            await("the page " + path + " shows " + what).atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofSeconds(3))
                    .until(() -> {
                        browser.get(console.base() + path);
                        return !browser.findElements(what).isEmpty();
                    });
        }
        return browser.findElement(what);
    }

    private WebElement ownRow(String reason) {
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.blocked-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".blocked-reason")).getText().strip().equals(reason)).toList();
        assertThat(rows).as("the blocked number's row").hasSize(1);
        return rows.get(0);
    }

    private void scrollTo(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }
}
