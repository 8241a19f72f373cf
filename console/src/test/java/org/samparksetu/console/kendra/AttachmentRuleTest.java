package org.samparksetu.console.kendra;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentRuleTest {
    private static final String HASH = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    @ParameterizedTest(name = "''{0}'' -> link {1}")
    @CsvSource(nullValues = "-", value = {
        "sha256:" + HASH + ", " + HASH,
        "SHA256:" + HASH + ", " + HASH,
        HASH + ",             " + HASH,
        "sha256:abc,          -",
        "media-123,           -",
        "'../../etc/passwd',  -",
        "'',                  -",
    })
    void onlyAStoredFilesHashBecomesALink(String reference, String sha256) {
        AttachmentRule.Attachment a = AttachmentRule.of(reference);
        assertThat(a.sha256()).isEqualTo(sha256);
        assertThat(a.viewable()).isEqualTo(sha256 != null);
    }
}
