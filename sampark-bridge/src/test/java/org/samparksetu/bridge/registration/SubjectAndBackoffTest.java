package org.samparksetu.bridge.registration;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectAndBackoffTest {

    @Test
    void subjectIsTheFirstNonBlankLineCutAtACodePointBoundary() {
        assertThat(RegistrationService.subject("\n  पानी नहीं आ रहा  \nदूसरी पंक्ति")).isEqualTo("पानी नहीं आ रहा");
        String longLine = "पा".repeat(80);
        String subject = RegistrationService.subject(longLine);
        assertThat(subject.codePointCount(0, subject.length())).isLessThanOrEqualTo(RegistrationService.SUBJECT_MAX);
        assertThat(subject).endsWith("…");
    }

    @Test
    void backoffDoublesAndIsCapped() {
        Duration base = Duration.ofSeconds(2);
        Duration max = Duration.ofMinutes(5);
        assertThat(RegistrationService.backoff(1, base, max)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RegistrationService.backoff(3, base, max)).isEqualTo(Duration.ofSeconds(8));
        assertThat(RegistrationService.backoff(50, base, max)).isEqualTo(Duration.ofMinutes(5));
    }
}
