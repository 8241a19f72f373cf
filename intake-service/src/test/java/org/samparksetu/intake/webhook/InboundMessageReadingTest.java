package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.intake.inbound.InboundMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What intake reads from each kind of WhatsApp message ({@link WebhookPayload#message}): the only place Meta's JSON is
 * read; everything after it works on {@link InboundMessage}.
 */
class InboundMessageReadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static InboundMessage read(String message) throws Exception {
        var reading = MessageShape.read("wamid.1", "919876543210", JSON.readTree(message));
        assertThat(reading.problem()).isNull();
        return WebhookPayload.message("106540352242922", "wamid.1", "919876543210", reading.type(),
                Instant.ofEpochSecond(1_767_000_000L), reading.node());
    }

    @ParameterizedTest(name = "given {0}, the words are {1} and the caption {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # message                                                                               | text               | caption
            {"type":"text","text":{"body":"hamare gaon me nal se pani nahi aa raha"}}                | hamare gaon me nal se pani nahi aa raha | -
            {"type":"image","image":{"id":"m1","caption":"ye dekhiye","mime_type":"image/jpeg"}}    | -                  | ye dekhiye
            {"type":"document","document":{"id":"m2","caption":"शिकायत संलग्न है"}}                  | -                  | शिकायत संलग्न है
            {"type":"image","image":{"id":"m3"}}                                                    | -                  | -
            """)
    void wordsAndCaptions(String message, String text, String caption) throws Exception {
        InboundMessage m = read(message);
        assertThat(m.text()).isEqualTo(text);
        assertThat(m.caption()).isEqualTo(caption);
    }

    @ParameterizedTest(name = "given {0}, the tap is {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # message                                                                                                  | id                       | title
            {"type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"VERIFY:FIXED:JAL-2026-000123","title":"हाँ, ठीक हुआ"}}} | VERIFY:FIXED:JAL-2026-000123 | हाँ, ठीक हुआ
            {"type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"row-2","title":"Bijli"}}}      | row-2                    | Bijli
            {"type":"button","button":{"payload":"RATE:5:JAL-2026-000123","text":"Santusht"}}                          | RATE:5:JAL-2026-000123   | Santusht
            """)
    void tappedButtons(String message, String id, String title) throws Exception {
        assertThat(read(message).tap()).isEqualTo(new InboundMessage.Tap(id, title));
    }

    @ParameterizedTest(name = "given {0}, it is no tap")
    @CsvSource(delimiter = '|', textBlock = """
            {"type":"interactive","interactive":{"type":"nfm_reply","nfm_reply":{"response_json":"{}"}}}
            {"type":"text","text":{"body":"haan"}}
            """)
    void notATap(String message) throws Exception {
        assertThat(read(message).tap()).isNull();
    }

    @Test
    void aPinWithItsPlaceAndCoordinatesWrittenAsText() throws Exception {
        InboundMessage m = read("""
                {"location":{"latitude":"25.35","longitude":"72.62","name":"Sayla tehsil","address":"Jalore"}}""");
        assertThat(m.type()).isEqualTo("location");
        assertThat(m.location()).isEqualTo(new InboundMessage.Location(25.35, 72.62, "Sayla tehsil", "Jalore"));
    }

    @Test
    void aVoiceNoteWithItsMediaIdTypeAndHash() throws Exception {
        InboundMessage m = read("""
                {"type":"audio","audio":{"id":"media-9","mime_type":"audio/ogg; codecs=opus","sha256":"abc=","voice":true}}""");
        assertThat(m.media()).isEqualTo(new InboundMessage.Media("media-9", "audio/ogg; codecs=opus", "abc=", true));
        assertThat(read("{\"type\":\"text\",\"text\":{\"body\":\"pani\"}}").media()).isNull();
    }

    @Test
    void whatKindOfReactionInteractiveOrSystemNote() throws Exception {
        assertThat(read("{\"type\":\"reaction\",\"reaction\":{\"message_id\":\"wamid.0\",\"emoji\":\"🙏\"}}").reactionEmoji())
                .isEqualTo("🙏");
        assertThat(read("{\"type\":\"reaction\",\"reaction\":{\"message_id\":\"wamid.0\"}}").reactionEmoji()).isNull();
        assertThat(read("{\"type\":\"interactive\",\"interactive\":{\"type\":\"nfm_reply\"}}").interactiveType())
                .isEqualTo("nfm_reply");
        assertThat(read("{\"type\":\"system\",\"system\":{\"type\":\"user_changed_number\"}}").systemType())
                .isEqualTo("user_changed_number");
    }

    @Test
    void theWholeWebhookGivesWhoSentItToWhichNumberAndWhen() throws Exception {
        var parsed = WebhookPayload.parse(Webhooks.text("919876543210", "wamid.HBg1", "bijli nahi hai")
                .getBytes(StandardCharsets.UTF_8));
        InboundMessage m = parsed.messages().get(0);
        assertThat(m.wamid()).isEqualTo("wamid.HBg1");
        assertThat(m.citizenId()).isEqualTo("919876543210");
        assertThat(m.phoneNumberId()).isEqualTo(Webhooks.OUR_NUMBER_ID);
        assertThat(m.sentAt()).isEqualTo(Instant.ofEpochSecond(1_767_225_600L));
        assertThat(m.type()).isEqualTo("text");
        assertThat(m.text()).isEqualTo("bijli nahi hai");
    }
}
