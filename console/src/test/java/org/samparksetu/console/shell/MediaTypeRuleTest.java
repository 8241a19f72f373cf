package org.samparksetu.console.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypeRuleTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // first bytes (hex)                       | served as                 | kind     | a photo's type
        "ffd8ffe000104a464946                      | image/jpeg                | IMAGE    | image/jpeg",
        "89504e470d0a1a0a0000000d                  | image/png                 | IMAGE    | image/png",
        "524946462400000057454250565038            | image/webp                | IMAGE    | image/webp",
        "4f67675300020000000000000000              | audio/ogg                 | AUDIO    | -",
        "2321414d520a                              | audio/amr                 | AUDIO    | -",
        "494433040000                              | audio/mpeg                | AUDIO    | -",
        "fffb9064                                  | audio/mpeg                | AUDIO    | -",
        "0000001c667479704d344120                  | audio/mp4                 | AUDIO    | -",
        "000000186674797069736f6d                  | video/mp4                 | VIDEO    | -",
        "0000001866747970                          | video/mp4                 | VIDEO    | -",
        "255044462d312e34                          | application/pdf           | DOCUMENT | -",
        // a web page or an SVG the phone called image/jpeg: never shown inline
        "3c68746d6c3e3c7363726970743e              | application/octet-stream  | DOWNLOAD | -",
        "3c737667                                  | application/octet-stream  | DOWNLOAD | -",
        // a RIFF that is not WebP (a WAV), too short to tell, nothing at all
        "524946462400000057415645666d74            | application/octet-stream  | DOWNLOAD | -",
        "ffd8                                      | application/octet-stream  | DOWNLOAD | -",
        "''                                        | application/octet-stream  | DOWNLOAD | -",
        "-                                         | application/octet-stream  | DOWNLOAD | -",
    })
    void storedFilesAreServedAsThemselvesOnlyWhenTheirBytesSayWhatTheyAre(String hex, String type,
                                                                           MediaTypeRule.Kind kind, String photoType) {
        byte[] bytes = hex == null ? null : HexFormat.of().parseHex(hex.strip());
        MediaTypeRule.Served served = MediaTypeRule.of(bytes);
        assertThat(served.contentType()).isEqualTo(type);
        assertThat(served.kind()).isEqualTo(kind);
        assertThat(MediaTypeRule.imageType(bytes)).isEqualTo(photoType);
    }
}
