package org.samparksetu.bridge.registration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationAttachmentsTest {
    private static final String A = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    private static final String B = "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9";

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // the registration's media ids            | what the officer's view names (space-separated)
        A + "," + B + "                            | " + A + " " + B,
        "2C26B46B68FFC68FF99B453C1D30413413422D706483BFA0F98A5E886266E7AE" + " | " + A,          // read back as intake stores it
        "media-123," + A + "                        | " + A,          // an older kind of reference: left out
        "'../../etc/passwd'                         | ''",
        "''                                         | ''",
        "-                                          | ''",
    })
    void theOfficersViewNamesOnlyStoredFilesByTheirHash(String mediaIds, String expected) {
        Registration r = new Registration();
        r.mediaIds = mediaIds;
        List<String> want = expected.isBlank() ? List.of() : Arrays.asList(expected.strip().split(" "));
        assertThat(RegistrationLookup.attachments(r)).isEqualTo(want);
    }
}
