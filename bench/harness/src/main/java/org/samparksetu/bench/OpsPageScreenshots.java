package org.samparksetu.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.samparksetu.contract.Topics;
import org.samparksetu.testing.Browser;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.identity.TestKeycloak;
import org.samparksetu.testing.system.ConsoleProcess;
import org.samparksetu.testing.system.LoadVillages;
import org.samparksetu.testing.system.Ports;
import org.samparksetu.testing.system.ServiceProcess;
import org.samparksetu.testing.system.SystemUnderTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The ops page's pictures for docs/console/ (ops.png in Hindi, ops-en.png in English), taken on the whole system as
 * processes (the five services on their own databases and topic prefix, the simulators, a Keycloak of its own and the
 * packaged console) while complaints from the gazetteer's villages flow in. Two undecodable records on
 * complaint.received become routing's dead letters, and notification-service is paused (SIGSTOP) for a while so
 * that its consumer lag shows; the ops user signs in on Keycloak's page as a person would. Run by bench/ops-page.sh.
 *   --out docs/console  --rate 2 (complaints a second)  --warm 20 (seconds of load first)  --pause 20 (seconds paused)
 */
public final class OpsPageScreenshots {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OpsPageScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        Path root = Infrastructure.repositoryRoot();
        Path out = root.resolve(a.get("out", "docs/console"));
        int rate = Integer.parseInt(a.get("rate", "2"));
        int warm = Integer.parseInt(a.get("warm", "20"));
        int pause = Integer.parseInt(a.get("pause", "20"));
        Files.createDirectories(out);

        try (SystemUnderTest system = SystemUnderTest.start("opspage", SystemUnderTest.endToEndConfig(), true);
             TestKeycloak keycloak = new TestKeycloak(root, root.resolve(".local/bench-logs/ops-page-keycloak"),
                     Ports.free(), Ports.free()).start()) {
            int consolePort = Ports.free();
            keycloak.allowConsoleAt("http://127.0.0.1:" + consolePort);
            Map<String, String> config = new HashMap<>(Map.of(
                    "quarkus.oidc.auth-server-url", keycloak.base() + "/realms/sampark",
                    "console.kafka.bootstrap-servers", Infrastructure.KAFKA,
                    "console.kafka.topic-prefix", system.topicPrefix));
            system.services.forEach((name, s) -> config.put("console.services." + name, s.baseUrl()));
            try (ConsoleProcess console = new ConsoleProcess(root.resolve("console"), consolePort, config,
                    Map.of("SAMPARK_CONSOLE_COOKIE_SECRET", "ops-page-screenshots-cookie-secret-0123456789"),
                    root.resolve(".local/bench-logs/ops-page-console.log"))) {
                ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
                List<LoadVillages.Village> villages = LoadVillages.fitting(root, Set.of());
                AtomicInteger sent = new AtomicInteger();
                load.scheduleAtFixedRate(() -> complaint(system, villages, sent.incrementAndGet()), 0,
                        1000 / Math.max(1, rate), TimeUnit.MILLISECONDS);
                poison(system.topicPrefix + Topics.COMPLAINT_RECEIVED, 2);
                Thread.sleep(warm * 1000L);
                ServiceProcess notification = system.service("notification-service");
                signal("STOP", notification.pid());
                try {
                    System.out.println("notification-service paused; " + sent.get() + " complaints sent so far");
                    Thread.sleep(pause * 1000L);
                    shoot(console.base(), keycloak, out);
                } finally {
                    signal("CONT", notification.pid());
                    load.shutdownNow();
                }
                System.out.println(sent.get() + " complaints sent in all");
            }
        }
    }

    private static void shoot(String base, TestKeycloak keycloak, Path out) throws Exception {
        WebDriver browser = Browser.chromium();
        try {
            browser.manage().window().setSize(new Dimension(1366, 2100));
            browser.get(base + "/ops");
            until(() -> !browser.findElements(By.id("username")).isEmpty(), "Keycloak's sign-in page");
            browser.findElement(By.id("username")).sendKeys("ops-jalore");
            browser.findElement(By.id("password")).sendKeys(keycloak.password("ops-jalore"));
            browser.findElement(By.id("kc-login")).click();
            until(() -> browser.getCurrentUrl().startsWith(base + "/ops"), "the ops page");
            live(browser);
            save(browser, out.resolve("ops.png"));
            browser.findElement(By.id("switch-language")).click();
            until(() -> browser.findElement(By.tagName("h1")).getText().equals("Pipeline status"), "the page in English");
            live(browser);
            save(browser, out.resolve("ops-en.png"));
        } finally {
            browser.quit();
        }
    }

    /** Figures drawn, then refreshed once more: the picture shows the page live, not its first load. */
    private static void live(WebDriver browser) throws InterruptedException {
        until(() -> !browser.findElement(By.id("total-lag")).getText().equals("–"), "the first figures");
        String first = browser.findElement(By.id("status-text")).getText();
        until(() -> !browser.findElement(By.id("status-text")).getText().equals(first), "a refresh");
    }

    private static void save(WebDriver browser, Path file) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("saved " + file);
    }

    /** A new citizen's complaint about a village of the gazetteer, through the WhatsApp simulator. */
    private static void complaint(SystemUnderTest system, List<LoadVillages.Village> villages, int n) {
        LoadVillages.Village v = villages.get(n % villages.size());
        String[] problems = {"में तीन दिन से पानी नहीं आ रहा", "में रात भर बिजली नहीं रहती", "की मुख्य सड़क पर बड़े गड्ढे हैं",
            "के स्कूल में शिक्षक नहीं आते", "में राशन की दुकान बंद रहती है"};
        String body = "{\"from\":\"9197" + String.format("%08d", 40_000_000 + n) + "\",\"name\":\"Citizen " + n
                + "\",\"text\":\"" + v.name() + " " + problems[n % problems.length] + "\"}";
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(system.simulatorUrl() + "/simulator/whatsapp/inbound"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            System.out.println("a complaint was not taken: " + e.getMessage());
        }
    }

    /** Records no consumer can decode: routing-service dead-letters them, as it would a producer's bug. */
    private static void poison(String topic, int count) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.KAFKA);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int i = 1; i <= count; i++) {
                producer.send(new ProducerRecord<>(topic, "JAL-2026-99999" + i, "{\"type\":\"complaint.received\",")).get();
            }
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }

    private static void until(BooleanSupplier done, String what) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(120));
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
        throw new IllegalStateException("waited 120 s for " + what);
    }
}
