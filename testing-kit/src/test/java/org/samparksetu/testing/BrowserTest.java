package org.samparksetu.testing;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The page tests' browser really renders a local page and runs its script. */
class BrowserTest {
    @Test
    void rendersALocalPageAndRunsItsScript() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<html><body><p id='out'>…</p><script>document.getElementById('out').textContent='शिकायत '+(20+6);"
                + "</script></body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        server.start();
        WebDriver driver = Browser.chromium();
        try {
            driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            assertThat(driver.findElement(By.id("out")).getText()).isEqualTo("शिकायत 26");
        } finally {
            driver.quit();
            server.stop(0);
        }
    }
}
