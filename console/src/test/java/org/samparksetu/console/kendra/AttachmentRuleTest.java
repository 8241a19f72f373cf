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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
        "ffd8ffe000104a464946,             image/jpeg",
        "89504e470d0a1a0a0000,             image/png",
        "524946460000000057454250,         image/webp",
        "4f67675300020000,                 audio/ogg",
        "255044462d312e37,                 application/pdf",
        "0000001866747970,                 video/mp4",
        "3c68746d6c3e,                     application/octet-stream",
        "3c737667,                         application/octet-stream",
        "ffd8,                             application/octet-stream",
        "'',                               application/octet-stream",
        "-,                                application/octet-stream",
    })
    void storedFilesAreShownAsThemselvesOnlyWhenTheirBytesSayWhatTheyAre(String firstBytes, String served) {
        byte[] bytes = firstBytes == null ? null : java.util.HexFormat.of().parseHex(firstBytes);
        assertThat(AttachmentRule.servedAs(bytes)).isEqualTo(served);
    }
}
