package org.samparksetu.verification.accountability;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintActionReported;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.testing.Browser;
import org.samparksetu.verification.Pages;
import org.samparksetu.verification.verification.TestComplaints;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The collector's dashboard in a real headless Chromium: figures, chart, worst department first. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class DashboardPageTest {
    @TestHTTPResource("/dashboard.html")
    URL dashboard;

    /** FIXED: the citizen confirms; NOT_FIXED: the citizen disputes it and the verifier finds it not fixed. */
    void closedWith(String id, String department, ReplyIds.VerificationAnswer answer) {
        String prefix = ServiceInfrastructure.topicPrefix();
        if (answer == ReplyIds.VerificationAnswer.NOT_FIXED) {
            TestComplaints.routedWithPin(em, id, department);
        }
        TestEvents.publish(prefix, EventType.COMPLAINT_REGISTERED, id, new ComplaintRegistered(id, department, "20260" + id.substring(9), "API", Instant.now()));
        TestEvents.publish(prefix, EventType.COMPLAINT_ACTION_REPORTED, id, new ComplaintActionReported(id, "ATR-" + id, department,
                "20260" + id.substring(9), DisposalOutcome.RELIEF, "done", "AEn " + department, "REST", List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> "VERIFYING".equals(state(id)));
        if (answer == ReplyIds.VerificationAnswer.NOT_FIXED) {
            TestComplaints.disputedThenFieldVerdictAtPin(id, "NOT_FIXED");
        } else {
            TestEvents.publish(prefix, EventType.CITIZEN_REPLIED, id, new CitizenReplied(id, "919876543210",
                    "wamid." + UUID.randomUUID(), "BUTTON", ReplyIds.verification(answer, id), null, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !"VERIFYING".equals(state(id)));
    }

    static String state(String id) {
        var r = given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", id);
        return r.statusCode() == 200 ? r.jsonPath().getString("state") : null;
    }

    @Test
    void theWorstDepartmentComesFirstWithItsFigures() {
        closedWith("JAL-2026-800001", "PWD", ReplyIds.VerificationAnswer.NOT_FIXED);
        closedWith("JAL-2026-800002", "JDVVNL", ReplyIds.VerificationAnswer.FIXED);

        WebDriver browser = Browser.chromium();
        try {
            Pages.openAs(browser, dashboard, "collector", "collector-secret");
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                    d.findElements(By.cssSelector("#departments tr[data-department]")).size() >= 2);

            List<WebElement> rows = browser.findElements(By.cssSelector("#departments tr[data-department]"));
            // worst first: PWD closed falsely every time it was checked
            assertThat(rows.get(0).getText()).contains("100%");
            assertThat(browser.findElement(By.cssSelector("#departments tr[data-department='PWD']")).getText()).contains("100%");
            WebElement jdvvnl = browser.findElement(By.cssSelector("#departments tr[data-department='JDVVNL']"));
            assertThat(jdvvnl.getText()).contains("0%");
            assertThat(browser.findElements(By.cssSelector("#chart rect[data-department]"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(browser.findElement(By.cssSelector("#chart rect[data-department='PWD']")).getAttribute("width"))
                    .isEqualTo("400");
            assertThat(browser.findElements(By.cssSelector("#officers tr[data-department]"))).isNotEmpty();
            // the citizens' verdict on closures sits beside the departments' own figures
            assertThat(browser.findElement(By.cssSelector("#departments tr")).getText())
                    .contains("Satisfied (rated 3 or more)").contains("Reopened by citizen");
        } finally {
            browser.quit();
        }
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /** A complaint left at L3 (the clock escalates no further) whose deadline passed long ago. */
    void overdueAtL3(String id, Duration overdueFor) {
        // Older than any deadline this run's events can produce, so these two lead the list whatever else is overdue.
        java.sql.Timestamp due = java.sql.Timestamp.from(Instant.now().minus(overdueFor));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into tracked_complaint (complaint_id, department_code, grievance_id, state, escalation_level,
                          state_changed_at, created_at, due_at)
                        values (?1, 'PHED', ?2, 'REGISTERED', 3, ?3, ?3, ?3)""")
                .setParameter(1, id).setParameter(2, "20260" + id.substring(9)).setParameter(3, due).executeUpdate());
    }

    @Test
    void theLongestOverdueComplaintsComeFirst() {
        overdueAtL3("JAL-2026-800012", Duration.ofDays(300));
        overdueAtL3("JAL-2026-800011", Duration.ofDays(400));

        WebDriver browser = Browser.chromium();
        try {
            Pages.openAs(browser, dashboard, "collector", "collector-secret");
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                    !d.findElements(By.cssSelector("#overdue tr[data-complaint='JAL-2026-800012']")).isEmpty());
            List<WebElement> rows = browser.findElements(By.cssSelector("#overdue tr[data-complaint]"));
            List<String> ids = rows.stream().map(r -> r.getAttribute("data-complaint")).toList();
            assertThat(ids).startsWith("JAL-2026-800011", "JAL-2026-800012");
            List<Double> days = rows.stream().map(r -> Double.parseDouble(r.findElements(By.tagName("td")).get(4).getText())).toList();
            assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            String worse = browser.findElement(By.cssSelector("#overdue tr[data-complaint='JAL-2026-800011']")).getText();
            String lesser = browser.findElement(By.cssSelector("#overdue tr[data-complaint='JAL-2026-800012']")).getText();
            assertThat(worse).contains("PHED").contains("L3");
            assertThat(days.get(0) - days.get(1)).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.2));
            assertThat(lesser).contains("L3");
            // the department's overdue count shows in its row and beside its bar in the chart
            assertThat(browser.findElement(By.cssSelector("#chart")).getText()).contains("overdue");
        } finally {
            browser.quit();
        }
    }
}
