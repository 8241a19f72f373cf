package org.samparksetu.intake.window;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/**
 * Real assembling: a complaint is complete 30 s after its last part, at most 120 s after its first words; a pin alone
 * waits 60 s for words. Nobody waits that long: the tests move the {@link MovableClock} to the end of a window
 * ({@link Windows#complete}), and the long periods only keep a loaded machine from closing a window between two
 * posts of one test. Media downloads against {@link FakeGraphApi} (retry queue in fast motion: 300 ms backoff, two
 * tries), and tight per-number limits (five new numbers an hour before a flood is counted).
 */
public class WindowProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("intake.complaint.window", "120s"),
                Map.entry("intake.complaint.quiet", "30s"),
                Map.entry("intake.complaint.location-wait", "60s"),
                Map.entry("intake.complaint.sweep-interval", "200ms"),
                Map.entry("intake.media.download", "true"),
                Map.entry("intake.media.image-max-bytes", "1000"),
                Map.entry("whatsapp.graph-base-url", FakeGraphApi.start()),
                Map.entry("intake.media.retry-backoff", "300ms"),
                Map.entry("intake.media.retry-max-attempts", "2"),
                Map.entry("intake.media.retry-sweep-interval", "200ms"),
                Map.entry("intake.abuse.cap", "3"),
                Map.entry("intake.abuse.burst", "2"),
                Map.entry("intake.abuse.burst-period", "10m"),
                Map.entry("intake.abuse.new-citizens-per-hour", "5"));
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }
}
