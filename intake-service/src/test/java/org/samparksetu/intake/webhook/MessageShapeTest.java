package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageShapeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "given {0}, it is read as {3} / problem: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # message                                                                   | wamid    | sender       | type     | problem contains
            {"type":"text","text":{"body":"nal se pani nahi"}}                          | wamid.1  | 919876543210 | text     | -
            {"type":"text","text":{"body":"pani"}}                                      | -        | 919876543210 | text     | no id
            {"type":"text","text":{"body":"pani"}}                                      | wamid.1  | -            | text     | no sender
            {"type":"text","text":{"body":"pani"}}                                      | wamid.1  | IN.2081978709342942 | text | -
            {"type":"text","text":{}}                                                   | wamid.1  | 919876543210 | text     | without text.body
            {"type":"text","text":{"body":"   "}}                                       | wamid.1  | 919876543210 | text     | without text.body
            {"location":{"latitude":26.1,"longitude":72.6,"name":"Sayla"}}              | wamid.1  | 919876543210 | location | -
            {"type":"location","location":{"latitude":"25.35","longitude":"72.62"}}     | wamid.1  | 919876543210 | location | -
            {"type":"location","location":{"latitude":"LAT","longitude":"LON"}}         | wamid.1  | 919876543210 | location | not numbers
            {"type":"location","location":{"latitude":125.0,"longitude":72.6}}          | wamid.1  | 919876543210 | location | not numbers
            {"type":"location","location":{"name":"Sayla"}}                             | wamid.1  | 919876543210 | location | not numbers
            {"sticker":{"id":"1","mime_type":"image/webp"}}                             | wamid.1  | 919876543210 | sticker  | -
            {"colour":"blue"}                                                           | wamid.1  | 919876543210 | -        | no type
            {"type":"unsupported","errors":[{"code":131051}]}                           | wamid.1  | 919876543210 | unsupported | -
            {"type":"order","order":{"catalog_id":"1"}}                                 | wamid.1  | 919876543210 | order    | -
            """)
    void whatCanBeUnderstood(String message, String wamid, String sender, String type, String problem) throws Exception {
        var reading = MessageShape.read(wamid, sender, JSON.readTree(message));
        assertThat(reading.type()).isEqualTo(type);
        if (problem == null) {
            assertThat(reading.problem()).isNull();
            assertThat(reading.node().path("type").asText()).isEqualTo(type);
        } else {
            assertThat(reading.problem()).contains(problem);
        }
    }

    @org.junit.jupiter.api.Test
    void stringCoordinatesBecomeNumbers() throws Exception {
        JsonNode read = MessageShape.read("wamid.1", "919876543210",
                JSON.readTree("{\"type\":\"location\",\"location\":{\"latitude\":\"25.35\",\"longitude\":\" 72.62\"}}")).node();
        assertThat(read.path("location").path("latitude").isNumber()).isTrue();
        assertThat(read.path("location").path("latitude").asDouble()).isEqualTo(25.35);
        assertThat(read.path("location").path("longitude").asDouble()).isEqualTo(72.62);
    }

    @org.junit.jupiter.api.Test
    void overlongIdsAndSendersAreRefused() throws Exception {
        JsonNode text = JSON.readTree("{\"type\":\"text\",\"text\":{\"body\":\"pani\"}}");
        assertThat(MessageShape.read("w".repeat(257), "919876543210", text).problem()).contains("longer than 256");
        assertThat(MessageShape.read("wamid.1", "9".repeat(65), text).problem()).contains("longer than 64");
        var longType = MessageShape.read("wamid.1", "919876543210", JSON.readTree("{\"type\":\"" + "x".repeat(65) + "\"}"));
        assertThat(longType.problem()).contains("type is longer than 64");
        assertThat(longType.type()).hasSize(64);
    }
}
