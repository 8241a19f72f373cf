package org.samparksetu.bridge.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalSubjectTest {

    @Test
    void subjectIsTheFirstNonBlankLineCutAtACodePointBoundary() {
        assertThat(RoutedComplaintService.subject("\n  पानी नहीं आ रहा  \nदूसरी पंक्ति")).isEqualTo("पानी नहीं आ रहा");
        String longLine = "पा".repeat(80);
        String subject = RoutedComplaintService.subject(longLine);
        assertThat(subject.codePointCount(0, subject.length())).isLessThanOrEqualTo(RoutedComplaintService.SUBJECT_MAX);
        assertThat(subject).endsWith("…");
    }
}
