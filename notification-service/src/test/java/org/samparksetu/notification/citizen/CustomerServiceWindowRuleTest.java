package org.samparksetu.notification.citizen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Given when the citizen last wrote, when a message is due, then may it go free-form, or as its template. */
class CustomerServiceWindowRuleTest {
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration MARGIN = Duration.ofMinutes(10);

    @ParameterizedTest(name = "citizen last wrote {0}, message due {1}: window open {2}")
    @CsvSource(nullValues = "-", value = {
            // the citizen sent the photo of the broken hand-pump this morning: the answer goes free-form
            "2026-04-01T06:00:00Z, 2026-04-01T09:00:00Z, true",
            // the officer's reply the next morning, still within the day
            "2026-04-01T06:00:00Z, 2026-04-02T05:49:59Z, true",
            // in the last ten minutes WhatsApp may close it before the message arrives: treated as closed
            "2026-04-01T06:00:00Z, 2026-04-02T05:50:00Z, false",
            "2026-04-01T06:00:00Z, 2026-04-02T06:00:00Z, false",
            // the closure a week later: template only
            "2026-04-01T06:00:00Z, 2026-04-08T10:00:00Z, false",
            // filed at the Sampark Kendra, never wrote on WhatsApp: no window
            "-,                    2026-04-01T09:00:00Z, false",
    })
    void theWindow(Instant lastInbound, Instant now, boolean open) {
        assertThat(CustomerServiceWindowRule.isOpen(lastInbound, now, DAY, MARGIN)).isEqualTo(open);
    }

    @ParameterizedTest(name = "template exists {0}, forced {1}, window open {2}: as template {3}")
    @CsvSource({
            "true,  false, true,  false", // within the window: the free-form text
            "true,  false, false, true",  // outside it: the approved template
            "true,  true,  true,  true",  // WhatsApp refused the free-form text: the template even within the window
            "false, false, false, false", // no template (an answer to what the citizen just wrote): free-form
            "false, true,  false, false",
    })
    void sendAs(boolean hasTemplate, boolean forced, boolean windowOpen, boolean asTemplate) {
        assertThat(CustomerServiceWindowRule.sendAsTemplate(hasTemplate, forced, windowOpen)).isEqualTo(asTemplate);
    }
}
