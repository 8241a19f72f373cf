import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs in on the console as the given user (on Keycloak's page, as a person would), opens the ops page, waits for
 * live figures, and saves it in Hindi and in English. Run by deploy/console-screenshots.
 *   java -cp <selenium> OpsPageScreenshots.java <console base URL> <user> <password> <out dir>
 */
public class OpsPageScreenshots {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,1500", "--hide-scrollbars", "--lang=hi-IN",
                "--user-data-dir=" + Files.createTempDirectory("console-screenshots"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(base + "/ops");
            until(browser, () -> !browser.findElements(By.id("username")).isEmpty(), "Keycloak's sign-in page");
            browser.findElement(By.id("username")).sendKeys(args[1]);
            browser.findElement(By.id("password")).sendKeys(args[2]);
            browser.findElement(By.id("kc-login")).click();
            until(browser, () -> browser.getCurrentUrl().startsWith(base + "/ops"), "the ops page");
            live(browser);
            save(browser, out.resolve("ops.png"));
            browser.findElement(By.id("switch-language")).click();
            until(browser, () -> browser.findElement(By.tagName("h1")).getText().equals("Pipeline status"), "English");
            live(browser);
            save(browser, out.resolve("ops-en.png"));
            // leave the demo browser's choice as it was: Hindi
            browser.findElement(By.id("switch-language")).click();
        } finally {
            browser.quit();
        }
    }

    /** Figures drawn and then refreshed once more, so the picture shows the page live, not its first load. */
    private static void live(WebDriver browser) throws InterruptedException {
        until(browser, () -> !browser.findElement(By.id("total-lag")).getText().equals("–"), "the first figures");
        String first = browser.findElement(By.id("status-text")).getText();
        until(browser, () -> !browser.findElement(By.id("status-text")).getText().equals(first), "a refresh");
    }

    private static void save(WebDriver browser, Path file) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("saved " + file);
    }

    private static void until(WebDriver browser, java.util.function.BooleanSupplier done, String what)
            throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(end)) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the page is between loads
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("waited 90 s for " + what + " at " + browser.getCurrentUrl());
    }
}
