package org.samparksetu.testing;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The console's screenshots in docs/console/ are taken by the browser tests themselves, at the moment each page shows
 * what its test set up, when the run is asked for them ({@code -Dsampark.screenshots=<folder>}, as
 * bench/console-pages.sh does); in an ordinary test run this does nothing.
 */
public final class Screenshots {
    private static final String FOLDER = System.getProperty("sampark.screenshots", "");

    private Screenshots() {
    }

    public static boolean wanted() {
        return !FOLDER.isBlank();
    }

    /** Saves what the browser shows now as {@code <name>.png}, when screenshots are wanted. */
    public static void take(WebDriver browser, String name) {
        if (!wanted()) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of(FOLDER));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name, e);
        }
    }
}
