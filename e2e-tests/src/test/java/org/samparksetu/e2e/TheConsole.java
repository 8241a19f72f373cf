package org.samparksetu.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.identity.TestKeycloak;
import org.samparksetu.testing.system.ConsoleProcess;
import org.samparksetu.testing.system.Ports;
import org.samparksetu.testing.system.SystemUnderTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console of the run, beside {@link TheSystem}: Keycloak from deploy/keycloak with the realm file as in git (its
 * demo users get passwords made for this run) on the port the services were told, and the packaged console as its
 * own process, told every service instance's address. Started at the first console test and stopped when the test
 * JVM exits. People sign in on Keycloak's own page, as in a district.
 */
final class TheConsole {
    private static TheConsole console;
    private static RuntimeException failedToStart;

    final TestKeycloak keycloak;
    final ConsoleProcess process;

    private TheConsole(TestKeycloak keycloak, ConsoleProcess process) {
        this.keycloak = keycloak;
        this.process = process;
    }

    static synchronized TheConsole get() {
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (console == null) {
            try {
                console = start(TheSystem.get());
            } catch (RuntimeException e) {
                failedToStart = e;
                throw e;
            } catch (Exception e) {
                failedToStart = new IllegalStateException("the console did not start", e);
                throw failedToStart;
            }
            TheConsole started = console;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.process.close();
                    started.keycloak.close();
                } catch (Exception ignored) {
                    // the JVM is going away; deploy/keycloak's pid file lets the next run stop a leftover
                }
            }, "e2e-console-stop"));
        }
        return console;
    }

    private static TheConsole start(SystemUnderTest system) throws Exception {
        Path target = Path.of(System.getProperty("e2e.logs", "target/e2e-logs")).toAbsolutePath();
        Files.createDirectories(target);
        TestKeycloak keycloak = new TestKeycloak(Infrastructure.repositoryRoot(), target.resolveSibling("keycloak-e2e"),
                TheSystem.KEYCLOAK_PORT, TheSystem.KEYCLOAK_MANAGEMENT_PORT).start();
        int port = Ports.free();
        keycloak.allowConsoleAt("http://127.0.0.1:" + port);
        Map<String, String> properties = new HashMap<>();
        properties.put("quarkus.oidc.auth-server-url", keycloak.base() + "/realms/sampark");
        properties.put("console.kafka.bootstrap-servers", Infrastructure.KAFKA);
        properties.put("console.kafka.topic-prefix", system.topicPrefix);
        system.services.keySet().forEach(name -> properties.put("console.services." + name,
                system.instances(name).stream().map(s -> s.baseUrl()).collect(Collectors.joining(","))));
        ConsoleProcess process = new ConsoleProcess(Infrastructure.repositoryRoot().resolve("console"), port, properties,
                Map.of("SAMPARK_CONSOLE_COOKIE_SECRET", "e2e-console-cookie-secret-0123456789abcdef"),
                target.resolve("console.log"));
        return new TheConsole(keycloak, process);
    }

    String base() {
        return process.base();
    }

    /** Opens {@code path} on the console, signs in as the demo {@code user} on Keycloak's page, and waits to be back. */
    void signIn(WebDriver browser, String user, String path) {
        browser.get(base() + path);
        // two minutes: on a busy box several people sign in at once, each a round of Keycloak's password hashing
        await("Keycloak's sign-in page").atMost(Duration.ofSeconds(120))
                .until(() -> !browser.findElements(By.id("username")).isEmpty());
        assertThat(browser.getCurrentUrl()).startsWith(keycloak.base() + "/realms/sampark/");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(keycloak.password(user));
        browser.findElement(By.id("kc-login")).click();
        await("back on the console").atMost(Duration.ofSeconds(120))
                .until(() -> browser.getCurrentUrl().startsWith(base() + path));
    }
}
