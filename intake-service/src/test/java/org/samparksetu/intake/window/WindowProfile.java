package org.samparksetu.intake.window;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Real assembling in fast motion: a complaint is complete 6 s after its last part (generous, so a loaded machine still
 * gets the next post in), at most 20 s after its first words; a pin alone waits 8 s for words. Media downloads against
 * {@link FakeGraphApi} (retry queue in fast motion: 300 ms backoff, two tries), and tight per-number limits.
 */
public class WindowProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("intake.complaint.window", "20s"),
                Map.entry("intake.complaint.quiet", "6s"),
                Map.entry("intake.complaint.location-wait", "8s"),
                Map.entry("intake.complaint.sweep-interval", "200ms"),
                Map.entry("intake.media.download", "true"),
                Map.entry("intake.media.dir", "target/media-window-test"),
                Map.entry("intake.media.image-max-bytes", "1000"),
                Map.entry("whatsapp.graph-base-url", FakeGraphApi.start()),
                Map.entry("intake.media.retry-backoff", "300ms"),
                Map.entry("intake.media.retry-max-attempts", "2"),
                Map.entry("intake.media.retry-sweep-interval", "200ms"),
                Map.entry("intake.abuse.cap", "3"),
                Map.entry("intake.abuse.burst", "2"),
                Map.entry("intake.abuse.burst-period", "10m"));
    }
}
