package org.samparksetu.testing;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real headless browser for page tests: Debian's Chromium driven through its ChromeDriver by Selenium.
 * Installs the two packages through {@code deploy/ensure-chromium} when missing (CI starts on a machine
 * without them). Nothing is downloaded by Selenium itself: the driver and the browser are named explicitly,
 * and the flags keep Chromium off the (closed) network.
 */
public final class Browser {
    private static final String CHROMIUM = System.getProperty("test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("test.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** A new headless Chromium; quit it when done (try-with-resources is not available on WebDriver). */
    public static WebDriver chromium() {
        ensureInstalled();
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=hi-IN",
                    "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile folder", e);
        }
    }

    static synchronized void ensureInstalled() {
        // the Noto fonts too: without them Devanagari renders as empty boxes in pages and screenshots
        if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()
                && new File("/usr/share/fonts/truetype/noto").isDirectory()) {
            return;
        }
        Path script = Infrastructure.repositoryRoot().resolve("deploy/ensure-chromium");
        try {
            Process p = new ProcessBuilder("bash", script.toString()).inheritIO().start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("deploy/ensure-chromium failed: Chromium is needed for the browser tests");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
