package org.samparksetu.verification;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;

/** The service's pages (the collector's dashboard, the field verifier's page) share one login form. */
public final class Pages {
    private Pages() {
    }

    /** Opens the page and signs in as the given account. */
    public static void openAs(WebDriver browser, URL page, String user, String password) {
        browser.get(page.toString());
        browser.findElement(By.id("user")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("#login button")).click();
    }
}
