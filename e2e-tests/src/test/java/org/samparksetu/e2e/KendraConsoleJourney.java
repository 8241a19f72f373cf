package org.samparksetu.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.samparksetu.testing.Browser;
import org.samparksetu.testing.Screenshots;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Sampark Kendra operator's page in the console, in a district whose portal entry is by hand: the operator signs
 * in on Keycloak, finds the citizen's complaint in the entry queue laid out in the portal's fields with its photo
 * viewable (the very bytes the citizen sent), is told in Hindi when the grievance ID typed is not one, records the
 * right one, and the citizen is told that grievance number on WhatsApp. It runs inside the operator-mode window of
 * {@link OperatorModeDistrictIT}: the bridge is restarted in operator mode once for every journey that needs it.
 */
final class KendraConsoleJourney {
    /** No other journey says this; no place named, so nothing else clusters with it. */
    private static final String TEXT = "हमारे मोहल्ले में पाँच दिन से नल में पानी नहीं आ रहा, सड़क किनारे पाइपलाइन फूटी पड़ी है";
    private final WebDriver browser;

    private KendraConsoleJourney(WebDriver browser) {
        this.browser = browser;
    }

    /** The journey, in a browser of its own. */
    static void theOperatorEntersTheComplaintWithItsPhotoAndTheCitizenIsToldTheGrievanceNumber() {
        WebDriver browser = Browser.chromium();
        try {
            new KendraConsoleJourney(browser).run();
        } finally {
            browser.quit();
        }
    }

    private void run() {
        TheConsole console = TheConsole.get();
        Citizen citizen = Citizen.next("Sunita Devi");
        // the photo and its words in one message, as villagers often send them: one complaint with its photo (a photo
        // sent after the complaint was announced is added to it later and does not reach the portal's queue)
        Citizen.Media photo = citizen.sendsPhoto(TEXT);
        String id = Whatsapp.complaintIdIn(citizen.awaitMessage(1)).orElseThrow();
        String grievanceId = "0316" + citizen.waId.substring(citizen.waId.length() - 9) + "1";

        console.signIn(browser, "kendra-jalore", "/kendra");
        By card = By.cssSelector("article.entry[data-complaint-id='" + id + "']");
        await(id + " in the Kendra's queue").atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    browser.get(console.base() + "/kendra");
                    return !browser.findElements(card).isEmpty();
                });
        WebElement entry = browser.findElement(card);
        assertThat(entry.findElement(By.className("f-description")).getText()).contains("पाइपलाइन फूटी पड़ी है");
        // the operator needs the citizen's number for the portal's form: shown whole on this page
        assertThat(entry.findElement(By.className("f-contact")).getText()).isEqualTo("+" + citizen.waId);

        // the photo is there, and opening it gives the very file the citizen sent
        WebElement attachment = entry.findElement(By.cssSelector("a.attachment[data-sha256='" + photo.sha256Hex() + "']"));
        WebElement thumb = attachment.findElement(By.tagName("img"));
        await("the photo's thumbnail").atMost(Duration.ofSeconds(30)).until(() -> ((Number) js().executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", thumb)).intValue() > 0);
        Screenshots.take(browser, "kendra-queue");
        @SuppressWarnings("unchecked")
        List<Object> opened = (List<Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => crypto.subtle.digest('SHA-256', b)).then(d =>
                  done([r.status, r.headers.get('content-type'),
                        Array.from(new Uint8Array(d)).map(x => x.toString(16).padStart(2, '0')).join('')])))
                  .catch(e => done([0, String(e), '']));
                """, attachment.getAttribute("href"));
        assertThat(opened).containsExactly(200L, "image/jpeg", photo.sha256Hex());

        // a grievance ID with letters is refused, in Hindi, saying what is expected; nothing is registered
        entry.findElement(By.name("grievanceId")).sendKeys("03151AB");
        entry.findElement(By.className("record")).click();
        await("the refusal").atMost(Duration.ofSeconds(30))
                .until(() -> !browser.findElements(By.id("problem")).isEmpty());
        assertThat(browser.findElement(By.id("problem")).getText()).contains(id).contains("13 या 14 अंक");
        assertThat(Records.eventData("sampark-bridge", id, "complaint.registered")).isEmpty();

        // the number the portal gave: recorded, the page says so and lists it as entered
        WebElement again = browser.findElement(card);
        again.findElement(By.name("grievanceId")).sendKeys(grievanceId);
        again.findElement(By.className("record")).click();
        await("the notice").atMost(Duration.ofSeconds(30))
                .until(() -> !browser.findElements(By.id("notice")).isEmpty());
        assertThat(browser.findElement(By.id("notice")).getText()).contains(id).contains(grievanceId);
        assertThat(browser.findElements(card)).as("gone from the queue").isEmpty();
        assertThat(browser.findElement(By.cssSelector("tr.registered[data-complaint-id='" + id + "'] .grievance"))
                .getText()).isEqualTo(grievanceId);
        assertThat(Records.eventData("sampark-bridge", id, "complaint.registered"))
                .extracting(r -> r.path("mode").asText()).containsExactly("OPERATOR");

        // the citizen is told the grievance number on WhatsApp
        await("the citizen told " + grievanceId).atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> citizen.messages().stream().anyMatch(m -> Whatsapp.textOf(m).contains(grievanceId)));
        String told = citizen.messages().stream().map(Whatsapp::textOf).filter(t -> t.contains(grievanceId))
                .findFirst().orElseThrow();
        assertThat(told).contains(id);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }
}
