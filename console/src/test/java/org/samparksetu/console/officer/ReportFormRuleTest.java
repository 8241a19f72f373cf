package org.samparksetu.console.officer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormRuleTest {

    /** Photo kinds: none, png, jpeg, webp, pdf (not an image), big (a JPEG over 5 MB). */
    private static byte[] photo(String kind) {
        return switch (kind) {
            case "none" -> null;
            case "png" -> Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
            case "jpeg" -> HexFormat.of().parseHex("ffd8ffe000104a464946");
            case "webp" -> "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            case "pdf" -> "%PDF-1.4 not a photo".getBytes();
            case "big" -> {
                byte[] b = new byte[ReportFormRule.PHOTO_MAX_BYTES + 1];
                b[0] = (byte) 0xFF;
                b[1] = (byte) 0xD8;
                b[2] = (byte) 0xFF;
                yield b;
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} / {1} chars / {2} / {3},{4} -> {5}")
    @CsvSource({
        // outcome,      remarks length, photo, latitude,   longitude,  problems
        "RELIEF,         40,   png,   25.365700,  72.208000,  ''",
        "RELIEF,         40,   jpeg,  ,           ,           ''",                     // no GPS: still fine
        "RELIEF,         40,   webp,  ,           ,           ''",
        "RELIEF,         40,   none,  ,           ,           report_photo_missing",   // solved needs a photo
        "NOT_POSSIBLE,   40,   none,  ,           ,           ''",                     // other outcomes need none
        "RELIEF,         40,   pdf,   ,           ,           report_photo_not_image",
        "RELIEF,         40,   big,   ,           ,           report_photo_large",
        "RELIEF,         0,    png,   ,           ,           report_remarks_missing",
        "RELIEF,         1000, png,   ,           ,           ''",
        "RELIEF,         1001, png,   ,           ,           report_remarks_long",
        "INTERIM_RELIEF, 40,   none,  ,           ,           report_bad_outcome",     // goes by the interim reply
        ",               40,   none,  ,           ,           report_bad_outcome",
        "RELIEF,         40,   png,   25.3657,    ,           report_gps_bad",         // half a point
        "RELIEF,         40,   png,   0,          0,          report_gps_bad",         // a failed fix
        "RELIEF,         40,   png,   95,         72.2,       report_gps_bad",
        "RELIEF,         40,   png,   north,      72.2,       report_gps_bad",
        "FALSE_CASE,     0,    pdf,   ,           ,           report_remarks_missing report_photo_not_image",
    })
    void theReportIsCheckedBeforeItIsSent(String outcome, int remarksLength, String photo, String latitude,
                                          String longitude, String problems) {
        String remarks = "क".repeat(remarksLength);

        assertThat(String.join(" ", ReportFormRule.problems(outcome, remarks, photo(photo), latitude, longitude)))
                .isEqualTo(problems);
    }
}
