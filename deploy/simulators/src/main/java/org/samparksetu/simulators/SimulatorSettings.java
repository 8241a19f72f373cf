package org.samparksetu.simulators;

import java.util.Arrays;
import java.util.List;

/**
 * Settings of the simulators. Defaults come from system properties {@code sim.*} so that
 * {@code deploy/up} can set them on the command line; tests use the withers.
 *
 * @param intakeWebhookUrls where webhooks go: one URL per intake instance, taken in turn (Meta's webhooks reach
 *                          several instances through a load balancer; round robin stands in for it). Never empty.
 */
public record SimulatorSettings(
        int port,
        String appSecret,
        String accessToken,
        String phoneNumberId,
        String displayPhoneNumber,
        List<String> intakeWebhookUrls,
        String samparkApiKey) {

    public SimulatorSettings {
        intakeWebhookUrls = List.copyOf(intakeWebhookUrls);
        if (intakeWebhookUrls.isEmpty() || intakeWebhookUrls.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("give at least one intake webhook URL, none blank: " + intakeWebhookUrls);
        }
    }

    /** {@code -Dsim.intake.webhook-url} takes one URL or several separated by commas (deploy/up's instances). */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings(
                Integer.getInteger("sim.port", 8089),
                System.getProperty("sim.whatsapp.app-secret", "sim-app-secret"),
                System.getProperty("sim.whatsapp.access-token", "sim-access-token"),
                System.getProperty("sim.whatsapp.phone-number-id", "106540352242922"),
                System.getProperty("sim.whatsapp.display-phone-number", "15550783881"),
                urls(System.getProperty("sim.intake.webhook-url", "http://127.0.0.1:8081/webhooks/whatsapp")),
                System.getProperty("sim.sampark.api-key", "sim-sampark-key"));
    }

    static List<String> urls(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The first (with one intake, the only) webhook URL. */
    public String intakeWebhookUrl() {
        return intakeWebhookUrls.get(0);
    }

    public SimulatorSettings withPort(int p) {
        return new SimulatorSettings(p, appSecret, accessToken, phoneNumberId, displayPhoneNumber, intakeWebhookUrls, samparkApiKey);
    }

    public SimulatorSettings withIntakeWebhookUrl(String url) {
        return withIntakeWebhookUrls(List.of(url));
    }

    /** Webhooks go to these URLs in turn, one webhook each. */
    public SimulatorSettings withIntakeWebhookUrls(List<String> urls) {
        return new SimulatorSettings(port, appSecret, accessToken, phoneNumberId, displayPhoneNumber, urls, samparkApiKey);
    }

    public SimulatorSettings withAppSecret(String secret) {
        return new SimulatorSettings(port, secret, accessToken, phoneNumberId, displayPhoneNumber, intakeWebhookUrls, samparkApiKey);
    }

    /** The webhook verification token the local runs give intake: the simulator never asks, Meta's console does. */
    public static final String VERIFY_TOKEN = "sim-verify-token";
    /** The Open311 key the local runs accept, for trying the GeoReport API by hand. */
    public static final String OPEN311_KEY = "sim-open311-key";

    /**
     * The secrets a service needs to talk to these simulators, as configuration. The services have none of their own
     * outside dev and tests (production refuses to start without the district's), so whoever starts a service against
     * the simulators gives it these.
     */
    public java.util.Map<String, String> serviceSecrets() {
        return java.util.Map.of(
                "whatsapp.app-secret", appSecret,
                "whatsapp.verify-token", VERIFY_TOKEN,
                "whatsapp.access-token", accessToken,
                "sampark.portal.api-key", samparkApiKey,
                "open311.api-keys", OPEN311_KEY);
    }

    /**
     * A service's local demo accounts (HTTP Basic users and their roles) as configuration, from
     * {@code demo-accounts/<service>.properties} (deploy/lib.sh's {@code use_simulator_secrets} reads the same files).
     * The services have none outside dev and tests, so whoever starts a packaged service for a local run and calls its
     * APIs with these accounts (the e2e system, the benchmarks) gives them at start; empty for a service without any.
     */
    public static java.util.Map<String, String> demoAccounts(String service) {
        java.util.Properties accounts = new java.util.Properties();
        try (var in = SimulatorSettings.class.getResourceAsStream("/demo-accounts/" + service + ".properties")) {
            if (in == null) {
                return java.util.Map.of();
            }
            accounts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the demo accounts of " + service, e);
        }
        java.util.Map<String, String> config = new java.util.TreeMap<>();
        accounts.forEach((k, v) -> config.put((String) k, (String) v));
        return java.util.Map.copyOf(config);
    }
}
