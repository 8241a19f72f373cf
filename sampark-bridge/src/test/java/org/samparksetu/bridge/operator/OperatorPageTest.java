package org.samparksetu.bridge.operator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.testing.Browser;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.prefix;
import static org.samparksetu.bridge.TestComplaints.publishRouted;
import static org.samparksetu.bridge.TestComplaints.routed;

/**
 * Operator mode in a real headless Chromium: the queue laid out in the portal's fields, a wrong grievance ID
 * refused with a clear message, the right one registering the complaint (mode OPERATOR), and a disposal recorded.
 */
@QuarkusTest
@TestProfile(OperatorMode.class)
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class OperatorPageTest {
    private static WebDriver browser;
    private static final String PHOTO = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    @TestHTTPResource("/operator/index.html")
    URL page;

    @Inject
    RegistrationRepository registrations;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.chromium();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Each test signs in afresh: the page keeps the sign-in in sessionStorage, which outlives a test otherwise. */
    @org.junit.jupiter.api.AfterEach
    void signOut() {
        browser.get(page.toString());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static void awaitQueued(String complaintId) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().preemptive().basic("operator", "operator-secret")
                        .when().get("/api/operator/queue")
                        .then().statusCode(200).body("complaintId", hasItem(complaintId)));
    }

    @Test
    void theOperatorEntersAComplaintRecordsItsGrievanceIdAndItsDisposal() {
        publishRouted(routed("JAL-2026-600001", "PHED", "गांव में पानी नहीं आ रहा\nपाइपलाइन टूटी है",
                "pipeline-leakage", null, "Karola", List.of(PHOTO)));
        publishRouted("JAL-2026-600002", "PWD", "sadak tooti hai");
        awaitQueued("JAL-2026-600001");
        awaitQueued("JAL-2026-600002");
        // operator mode: nothing went to the portal API
        assertThat(SamparkSimulator.simulators().sampark().byReference("JAL-2026-600001")).isEmpty();

        browser.get(page.toString());
        // A wrong password: the page says so (and the browser shows no password dialog of its own).
        browser.findElement(By.id("login-user")).sendKeys("operator");
        browser.findElement(By.id("login-password")).sendKeys("not-the-password");
        browser.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "not recognised"));
        browser.findElement(By.id("login-user")).clear();
        browser.findElement(By.id("login-password")).clear();
        browser.findElement(By.id("login-user")).sendKeys("operator");
        browser.findElement(By.id("login-password")).sendKeys("operator-secret");
        browser.findElement(By.id("login-submit")).click();

        By entry = By.cssSelector("article.entry[data-complaint-id='JAL-2026-600001']");
        WebElement card = waiting().until(ExpectedConditions.visibilityOfElementLocated(entry));
        assertThat(card.findElement(By.className("f-department")).getText()).contains("PHED");
        // the portal's subject field gets routing's subject within the department
        assertThat(card.findElement(By.className("f-subject")).getText()).isEqualTo("pipeline-leakage");
        assertThat(card.findElement(By.className("f-gram-panchayat")).getText()).isEqualTo("Karola");
        assertThat(card.findElement(By.className("f-ward")).getText()).isEqualTo("—");
        assertThat(card.findElement(By.className("f-district")).getText()).isEqualTo("Jalore");
        assertThat(card.findElement(By.className("f-tehsil")).getText()).isEqualTo("Sanchore");
        assertThat(card.findElement(By.className("f-block")).getText()).isEqualTo("Sanchore");
        assertThat(card.findElement(By.className("f-village")).getText()).isEqualTo("Karola");
        assertThat(card.findElement(By.className("f-description")).getText()).contains("पाइपलाइन टूटी है");
        assertThat(card.findElement(By.className("f-contact")).getText()).isEqualTo("+919876543210");
        assertThat(card.findElement(By.className("f-attachments")).getText()).isEqualTo("sha256:" + PHOTO);
        // a complaint without them shows the portal fields empty, never wrong
        WebElement plain = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article.entry[data-complaint-id='JAL-2026-600002']")));
        assertThat(plain.findElement(By.className("f-subject")).getText()).isEqualTo("sadak tooti hai");
        assertThat(plain.findElement(By.className("f-attachments")).getText()).isEqualTo("none");

        // A wrong grievance ID (letters, too short) is refused with a message saying what is expected.
        card.findElement(By.className("grievance-id")).sendKeys("03151AB");
        card.findElement(By.className("record")).click();
        waiting().until(ExpectedConditions.textToBePresentInElement(card.findElement(By.className("message")), "13 or 14 digits"));
        assertThat(card.findElement(By.className("message")).getText()).contains("'03151AB' is not one");

        // The right one (leading zero and all) registers it.
        WebElement input = card.findElement(By.className("grievance-id"));
        input.clear();
        input.sendKeys("0315127000636");
        card.findElement(By.className("record")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "0315127000636"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(entry));

        var registered = awaitRegistered("JAL-2026-600001").data();
        assertThat(registered.grievanceId()).isEqualTo("0315127000636");
        assertThat(registered.mode()).isEqualTo("OPERATOR");
        assertThat(registered.subject()).isEqualTo("pipeline-leakage");

        // The same grievance ID for another complaint is refused by the bridge, and the page says why.
        WebElement other = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article.entry[data-complaint-id='JAL-2026-600002']")));
        other.findElement(By.className("grievance-id")).sendKeys("0315127000636");
        other.findElement(By.className("record")).click();
        waiting().until(ExpectedConditions.textToBePresentInElement(other.findElement(By.className("message")),
                "already recorded for complaint JAL-2026-600001"));
        Registration stillWaiting = QuarkusTransaction.requiringNew().call(() -> registrations.findById("JAL-2026-600002"));
        assertThat(stillWaiting.state).isEqualTo(Registration.State.PENDING);

        // A disposal seen on the portal is recorded the same way.
        browser.navigate().refresh();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-complaint")));
        waiting().until(d -> new Select(d.findElement(By.id("report-complaint"))).getOptions().stream()
                .anyMatch(o -> o.getAttribute("value").equals("JAL-2026-600001")));
        new Select(browser.findElement(By.id("report-complaint"))).selectByValue("JAL-2026-600001");
        new Select(browser.findElement(By.id("report-outcome"))).selectByValue("INTERIM_RELIEF");
        browser.findElement(By.id("report-officer")).sendKeys("AEN PHED Sanchore");
        browser.findElement(By.id("report-remarks")).sendKeys("टैंकर से आपूर्ति शुरू, पाइपलाइन का काम जारी");
        browser.findElement(By.id("report-submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-message"), "recorded for JAL-2026-600001"));

        var report = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ACTION_REPORTED, ComplaintActionReported.class,
                e -> "JAL-2026-600001".equals(e.subject()), 1).get(0).data();
        assertThat(report.source()).isEqualTo("OPERATOR");
        assertThat(report.outcome()).isEqualTo(DisposalOutcome.INTERIM_RELIEF);
        assertThat(report.grievanceId()).isEqualTo("0315127000636");
    }

    @Test
    void theOperatorApiRefusesBadIdsAndOtherAccounts() {
        publishRouted("JAL-2026-600003", "HEALTH", "PHC me dawai nahi");
        awaitQueued("JAL-2026-600003");
        given().auth().preemptive().basic("operator", "operator-secret").contentType("application/json")
                .body("{\"grievanceId\":\"3151270006\"}")
                .when().post("/api/operator/queue/JAL-2026-600003/grievance")
                .then().statusCode(400).body("error", containsString("13 or 14 digits"));
        given().auth().preemptive().basic("operator", "operator-secret").contentType("application/json")
                .body("{\"grievanceId\":3151270006361}")
                .when().post("/api/operator/queue/JAL-2026-600003/grievance")
                .then().statusCode(400).body("error", containsString("JSON string"));
        given().when().get("/api/operator/queue").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        given().header("X-Requested-With", "sampark-operator-page").auth().preemptive().basic("operator", "wrong")
                .when().get("/api/operator/queue").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
        given().auth().preemptive().basic("phed-officer", "phed-secret")
                .when().get("/api/operator/queue").then().statusCode(403);
    }

    @Test
    void aWithdrawnComplaintLeavesTheQueueAndARegisteredOneWaitsOnThePageUntilClosedOnThePortal() {
        String waiting = "JAL-2026-600011";
        String registered = "JAL-2026-600012";
        String racing = "JAL-2026-600013";
        publishRouted(waiting, "PHED", "hand pump kharab hai");
        publishRouted(registered, "PWD", "sadak tooti hai");
        publishRouted(racing, "JDVVNL", "bijli nahi aa rahi");
        awaitQueued(waiting);
        awaitQueued(registered);
        awaitQueued(racing);
        operatorApi().contentType("application/json").body("{\"grievanceId\":\"0315127000711\"}")
                .post("/api/operator/queue/" + registered + "/grievance").then().statusCode(200);

        for (String id : List.of(waiting, registered, racing)) {
            TestEvents.publish(prefix(), EventType.COMPLAINT_WITHDRAWN, id,
                    new org.samparksetu.contract.events.ComplaintWithdrawn(id, "CITIZEN", null, java.time.Instant.now()));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(QuarkusTransaction.requiringNew().call(() -> registrations.findById(waiting)).state)
                    .isEqualTo(Registration.State.WITHDRAWN);
            assertThat(QuarkusTransaction.requiringNew().call(() -> registrations.findById(racing)).state)
                    .isEqualTo(Registration.State.WITHDRAWN);
        });
        operatorApi().get("/api/operator/queue").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.not(hasItem(waiting)))
                .body("complaintId", org.hamcrest.Matchers.not(hasItem(racing)));
        // The operator had typed the racing one into the portal already: the grievance ID is still taken, and
        // the grievance joins the ones to close, never forgotten.
        operatorApi().contentType("application/json").body("{\"grievanceId\":\"0315127000713\"}")
                .post("/api/operator/queue/" + racing + "/grievance").then().statusCode(200);

        browser.get(page.toString());
        if (browser.findElement(By.id("login")).isDisplayed()) {
            browser.findElement(By.id("login-user")).sendKeys("operator");
            browser.findElement(By.id("login-password")).sendKeys("operator-secret");
            browser.findElement(By.id("login-submit")).click();
        }
        By item = By.cssSelector("li.withdrawal[data-complaint-id='" + registered + "']");
        WebElement li = waiting().until(ExpectedConditions.visibilityOfElementLocated(item));
        assertThat(li.getText()).contains("withdrawn by the citizen — close it on the portal as Filed")
                .contains("0315127000711");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.withdrawal[data-complaint-id='" + racing + "']")));
        assertThat(browser.findElements(By.cssSelector("article.entry[data-complaint-id='" + waiting + "']"))).isEmpty();

        li.findElement(By.className("closed")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "recorded as closed"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(item));
        operatorApi().get("/api/operator/withdrawals").then().statusCode(200)
                .body("complaintId", org.hamcrest.Matchers.not(hasItem(registered)))
                .body("complaintId", hasItem(racing));
        // nothing went to the portal API in operator mode
        assertThat(SamparkSimulator.simulators().sampark().byReference(waiting)).isEmpty();
    }

    @Test
    void aComplaintReRoutedAfterEntryIsListedToMoveAndTheOperatorConfirmsTheMoveOnThePage() {
        String id = "JAL-2026-600021";
        publishRouted(id, "PHED", "nali band hai");
        awaitQueued(id);
        operatorApi().contentType("application/json").body("{\"grievanceId\":\"0315127000721\"}")
                .post("/api/operator/queue/" + id + "/grievance").then().statusCode(200);
        org.samparksetu.bridge.TestComplaints.publishRouted(
                org.samparksetu.bridge.TestComplaints.rerouted(id, "PHED", "LSG", 1, "नाली नगर पालिका क्षेत्र में है"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> operatorApi().get("/api/operator/transfers")
                .then().statusCode(200).body("complaintId", hasItem(id)));

        browser.get(page.toString());
        if (browser.findElement(By.id("login")).isDisplayed()) {
            browser.findElement(By.id("login-user")).sendKeys("operator");
            browser.findElement(By.id("login-password")).sendKeys("operator-secret");
            browser.findElement(By.id("login-submit")).click();
        }
        By item = By.cssSelector("li.transfer[data-complaint-id='" + id + "']");
        WebElement li = waiting().until(ExpectedConditions.visibilityOfElementLocated(item));
        assertThat(li.getText()).contains("0315127000721").contains("[PHED] to").contains("[LSG]")
                .contains("नाली नगर पालिका क्षेत्र में है");

        li.findElement(By.className("moved")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "recorded as moved to LSG"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(item));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(org.samparksetu.bridge.TestComplaints.transferred(id)).singleElement()
                        .satisfies(e -> assertThat(e.data().mode()).isEqualTo("OPERATOR")));
    }

    private static io.restassured.specification.RequestSpecification operatorApi() {
        return given().auth().preemptive().basic("operator", "operator-secret");
    }
}
