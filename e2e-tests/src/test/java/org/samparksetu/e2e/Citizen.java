package org.samparksetu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.samparksetu.testing.system.SystemUnderTest;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A villager on WhatsApp, acted out through the WhatsApp simulator (deploy/simulators/PROTOCOL.md): what they send
 * (text, a photo with a caption, a voice note, a pin, a button tap, any other message, several in one webhook) and
 * what they received. Every test speaks as new citizens of its own, so tests sharing {@link TheSystem} never see
 * each other's messages. A citizen belongs to one system (the shared one, or a test's own: {@link #next(SystemUnderTest, String)}).
 */
final class Citizen {
    /** Numbers no other test class uses: +91 70000 00001, +91 70000 00002, … in the order tests ask for them. */
    private static final AtomicLong NEXT = new AtomicLong(917_000_000_000L);
    private static final AtomicLong PHOTOS = new AtomicLong();
    static final Duration MESSAGE_WAIT = Duration.ofSeconds(60);

    final String waId;
    final String name;
    /** The system the citizen writes to and reads from. */
    final SystemUnderTest system;

    private Citizen(SystemUnderTest system, String waId, String name) {
        this.system = system;
        this.waId = waId;
        this.name = name;
    }

    /** A new citizen, once the system runs (so that what a test times is never the system's start-up). */
    static Citizen next(String name) {
        return next(TheSystem.get(), name);
    }

    /** A new citizen of a system a test started itself. */
    static Citizen next(SystemUnderTest system, String name) {
        return new Citizen(system, Long.toString(NEXT.incrementAndGet()), name);
    }

    /** A number that is neither the citizen's WhatsApp number nor any other test's, as written in a letter. */
    static String otherMobile() {
        return "98290" + String.format("%05d", NEXT.incrementAndGet() % 100_000); // a real Rajasthan mobile range
    }

    // ---------------------------------------------------------------- what the citizen sends

    /** Sends a text; returns the message's wamid. */
    String says(String text) {
        return send(Map.of("text", text));
    }

    /** Taps a reply button of a message we sent. */
    String taps(String buttonId, String title) {
        return send(Map.of("buttonReply", Map.of("id", buttonId, "title", title)));
    }

    /** Drops a location pin (no words). */
    String sendsPin(double latitude, double longitude, String placeName, String address) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("latitude", latitude);
        location.put("longitude", longitude);
        if (placeName != null) {
            location.put("name", placeName);
        }
        if (address != null) {
            location.put("address", address);
        }
        return send(Map.of("location", location));
    }

    /** A photo (a real JPEG, downloadable through the Graph media API) with a caption, or none when null. */
    Media sendsPhoto(String caption) {
        Media photo = Media.upload(system, Media.jpeg(), "image/jpeg");
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("id", photo.mediaId());
        image.put("sha256", photo.webhookSha256());
        image.put("mime_type", "image/jpeg");
        if (caption != null) {
            image.put("caption", caption);
        }
        return photo.sent(sends(Map.of("type", "image", "image", image)));
    }

    /** A voice note as WhatsApp sends one (Opus in Ogg, {@code voice: true}). */
    Media sendsVoiceNote() {
        Media voice = Media.upload(system, Media.oggOpus(), "audio/ogg");
        return voice.sent(sends(Map.of("type", "audio", "audio", Map.of("id", voice.mediaId(),
                "sha256", voice.webhookSha256(), "mime_type", "audio/ogg; codecs=opus", "voice", true))));
    }

    /** Any Cloud API message object (sticker, reaction, contacts, unsupported, …); from, id and time are filled in. */
    String sends(Map<String, Object> message) {
        return send(Map.of("message", message));
    }

    /**
     * A request to the simulator's inbound endpoint as it stands (e.g. several messages in one webhook, or a whole
     * webhook body); returns the simulator's answer ({@code status} is intake's, {@code intakeBody} its body).
     */
    JsonPath sendsRaw(Map<String, Object> request) {
        String body = given().contentType(ContentType.JSON).body(request)
                .post(system.simulatorUrl() + "/simulator/whatsapp/inbound")
                .then().statusCode(200).extract().asString();
        return JsonPath.from(body);
    }

    private String send(Map<String, Object> what) {
        Map<String, Object> request = new LinkedHashMap<>(what);
        request.put("from", waId);
        request.put("name", name);
        JsonPath answer = sendsRaw(request);
        assertThat(answer.getInt("status")).as("intake's answer to the webhook: %s", answer.getString("intakeBody"))
                .isEqualTo(200);
        return answer.getString("messageId");
    }

    // ---------------------------------------------------------------- what the citizen received

    /** Every message the Graph API accepted for this citizen, oldest first. */
    List<Map<String, Object>> messages() {
        return given().queryParam("to", waId).get(system.simulatorUrl() + "/simulator/whatsapp/messages")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Waits until at least {@code count} messages arrived; returns all of them. */
    List<Map<String, Object>> awaitMessages(int count) {
        List<Map<String, Object>> seen = new ArrayList<>();
        await("message " + count + " to citizen " + waId).atMost(MESSAGE_WAIT).pollInterval(Duration.ofMillis(150))
                .until(() -> {
                    seen.clear();
                    seen.addAll(messages());
                    return seen.size() >= count;
                });
        return seen;
    }

    /** The n-th message to the citizen (1 = the first), once it arrived. */
    Map<String, Object> awaitMessage(int n) {
        return awaitMessages(n).get(n - 1);
    }

    /** Nothing beyond these {@code count} messages arrives (watched for a few seconds: longer than any settle delay). */
    void receivesNothingBeyond(int count) {
        receivesNothingBeyond(count, Duration.ofSeconds(4));
    }

    /** The same, watched for {@code during}. */
    void receivesNothingBeyond(int count, Duration during) {
        await("no message beyond " + count + " to citizen " + waId).during(during)
                .atMost(during.plusSeconds(11)).pollInterval(Duration.ofMillis(250))
                .until(() -> messages().size() == count);
    }

    /** When (epoch ms) the simulator accepted the n-th message to the citizen. */
    long acceptedAt(int n) {
        return system.simulators.whatsapp().acceptedTimesTo(waId).get(n - 1);
    }

    /** The citizen's complaints in intake's database, oldest first. */
    List<String> complaintIds() {
        return Records.query(system, "intake-service",
                        "select complaint_id from complaint where citizen_wa_id = ? order by received_at, complaint_id", waId)
                .stream().map(r -> (String) r.get("complaint_id")).toList();
    }

    @Override
    public String toString() {
        return name + " (" + waId + ")";
    }

    /** A photo or voice note uploaded to the simulator's media store, and the message that carried it. */
    record Media(String mediaId, String webhookSha256, String sha256Hex, String wamid) {
        Media sent(String messageWamid) {
            return new Media(mediaId, webhookSha256, sha256Hex, messageWamid);
        }

        static Media upload(SystemUnderTest system, byte[] bytes, String mimeType) {
            JsonPath uploaded = JsonPath.from(given().contentType(mimeType).body(bytes)
                    .post(system.simulatorUrl() + "/simulator/whatsapp/media")
                    .then().statusCode(201).extract().asString());
            return new Media(uploaded.getString("id"), uploaded.getString("sha256"), hex(bytes), null);
        }

        /** A small, real, distinct JPEG each time (the colour varies), as a phone camera would send. */
        static byte[] jpeg() {
            BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.setColor(new Color((int) (PHOTOS.incrementAndGet() * 7919 % 0xFFFFFF)));
            g.fillRect(0, 0, 64, 48);
            g.setColor(Color.WHITE);
            g.fillRect(8, 8, 48, 4); // lines of a hand-written letter, without needing fonts on the box
            g.fillRect(8, 20, 40, 4);
            g.dispose();
            var out = new ByteArrayOutputStream();
            try {
                ImageIO.write(img, "jpg", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        /** The first bytes of an Ogg Opus voice note and some payload: intake stores it, it does not play it. */
        static byte[] oggOpus() {
            byte[] head = "OggS\0\2\0\0\0\0\0\0\0\0OpusHead".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] bytes = new byte[2048];
            System.arraycopy(head, 0, bytes, 0, head.length);
            long seed = PHOTOS.incrementAndGet();
            for (int i = head.length; i < bytes.length; i++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                bytes[i] = (byte) (seed >>> 56);
            }
            return bytes;
        }

        private static String hex(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
