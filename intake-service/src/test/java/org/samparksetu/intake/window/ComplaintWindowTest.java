package org.samparksetu.intake.window;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.media.MediaStore;
import org.samparksetu.intake.testsupport.IntakeEvents;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.samparksetu.intake.testsupport.IntakeEvents.prefix;
import static org.samparksetu.intake.testsupport.IntakeEvents.noticesAbout;
import static org.samparksetu.intake.window.Windows.complete;
import static org.samparksetu.intake.testsupport.StoredComplaints.complaint;
import static org.samparksetu.intake.testsupport.StoredComplaints.operator;
import static org.hamcrest.Matchers.hasItem;

/** Several messages → one complaint, acknowledged once at its first message; media fetched and hashed; transcription; limits. */
@QuarkusTest
@TestProfile(WindowProfile.class)
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class ComplaintWindowTest {

    @Inject
    EntityManager em;
    @Inject
    MovableClock clock;

    private static String media(String id, byte[] bytes) {
        return FakeGraphApi.serve(id, bytes);
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static String post(String body) {
        return Webhooks.file(body);
    }

    /** The complaint.received events of a complaint, once the citizen has been quiet long enough. */
    private static List<EventEnvelope<ComplaintReceived>> received(String complaintId) {
        complete(complaintId);
        return IntakeEvents.received(complaintId);
    }

    private static List<CitizenNotice> notices(String complaintId) {
        return noticesAbout(complaintId);
    }

    @Test
    void textPhotoAndLocationWithinTheWindowMakeOneComplaintAndOneAcknowledgement() {
        String citizen = Webhooks.citizen();
        byte[] photo = "JPEG-bytes-of-a-broken-pipe".getBytes(StandardCharsets.UTF_8);
        String sha = media("m-" + citizen, photo);
        String id = post(Webhooks.text(citizen, Webhooks.wamid(), "Gaon Sayla me pipeline tooti hai, mobile 9829012345"));
        assertThat(post(Webhooks.image(citizen, Webhooks.wamid(), "m-" + citizen, sha, "yeh photo dekhiye"))).isEqualTo(id);
        assertThat(post(Webhooks.location(citizen, Webhooks.wamid(), 25.1, 72.1))).isEqualTo(id);

        var events = received(id);
        ComplaintReceived c = events.get(0).data();
        assertThat(c.acknowledged()).isTrue(); // the number went out with the first message
        assertThat(c.text()).contains("pipeline tooti hai").contains("yeh photo dekhiye");
        assertThat(c.location().latitude()).isEqualTo(25.1);
        assertThat(c.mediaIds()).containsExactly(MediaStore.sha256Hex(photo));
        assertThat(c.contactNumber()).isEqualTo("+919829012345");
        assertThat(c.firstContact()).isTrue();
        // the photo is in the content-addressed store, and the operator gets its bytes
        assertThat(given().auth().preemptive().basic("operator", "operator-secret").when().get("/operator/media/" + c.mediaIds().get(0))
                .then().statusCode(200).extract().asByteArray()).isEqualTo(photo);
        // one acknowledgement: a later complaint's event is out, and still only one for this one
        String later = post(Webhooks.text(citizen, Webhooks.wamid(), "doosri shikayat: school band hai"));
        received(later);
        assertThat(TestEvents.events(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class).stream()
                .filter(e -> id.equals(e.subject()))).hasSize(1);
        // the number once at the first message, then "added" for the photo and for the pin
        assertThat(notices(id)).extracting(CitizenNotice::kind).containsExactly(CitizenNotice.ACKNOWLEDGED,
                CitizenNotice.PART_ADDED, CitizenNotice.PART_ADDED);
    }

    @Test
    void anAlbumDeliveredAsParallelWebhooksIsOneComplaint() throws Exception {
        String citizen = Webhooks.citizen();
        List<Callable<String>> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String mediaId = "album-" + i + "-" + citizen;
            String sha = media(mediaId, ("photo " + i + citizen).getBytes(StandardCharsets.UTF_8));
            String body = Webhooks.image(citizen, Webhooks.wamid(), mediaId, sha, i == 0 ? "nali ka paani ghar me aa raha" : null);
            posts.add(() -> post(body));
        }
        var pool = Executors.newFixedThreadPool(3);
        try {
            List<String> ids = new ArrayList<>();
            for (var f : pool.invokeAll(posts)) {
                ids.add(f.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(received(ids.get(0)).get(0).data().mediaIds()).hasSize(3);
            // the album is acknowledged once, not photo by photo
            assertThat(notices(ids.get(0))).extracting(CitizenNotice::kind).containsExactly(CitizenNotice.ACKNOWLEDGED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPhotoOnlyComplaintIsTranscribedByAnOperatorThenFlowsOn() {
        String citizen = Webhooks.citizen();
        byte[] letter = "photo of a hand-written application".getBytes(StandardCharsets.UTF_8);
        String id = post(Webhooks.image(citizen, Webhooks.wamid(), "letter-" + citizen, media("letter-" + citizen, letter), null));
        assertThat(complete(id).status).isEqualTo(Complaint.Status.AWAITING_TRANSCRIPTION);
        await().atMost(60, TimeUnit.SECONDS).until(() -> notices(id).size() == 2);
        assertThat(notices(id)).extracting(CitizenNotice::kind).containsExactly(CitizenNotice.ACKNOWLEDGED,
                CitizenNotice.AWAITING_TRANSCRIPTION);
        operator().when().get("/operator/transcriptions").then().statusCode(200).body("complaintId", hasItem(id));

        operator().body("{}").when().post("/operator/transcriptions/" + id).then().statusCode(400);
        operator()
                .body("{\"text\":\"Ration card 3 mahine se nahi bana\",\"place\":\"Ahore\"}")
                .when().post("/operator/transcriptions/" + id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        ComplaintReceived c = received(id).get(0).data();
        assertThat(c.text()).isEqualTo("Ration card 3 mahine se nahi bana");
        assertThat(c.mediaIds()).containsExactly(MediaStore.sha256Hex(letter)); // the original is kept
        assertThat(complaint(id).transcribedBy).isEqualTo("operator");
    }

    @Test
    void aVoiceNoteOnlyComplaintWaitsForTranscription() {
        String citizen = Webhooks.citizen();
        String id = post(Webhooks.voice(citizen, Webhooks.wamid(), "voice-" + citizen,
                media("voice-" + citizen, "ogg opus".getBytes(StandardCharsets.UTF_8))));
        assertThat(complete(id).status).isEqualTo(Complaint.Status.AWAITING_TRANSCRIPTION);
    }

    @Test
    void mediaIsCheckedAgainstItsSha256AndItsSizeLimit() {
        String citizen = Webhooks.citizen();
        FakeGraphApi.put("tampered-" + citizen, "these are not the bytes".getBytes(StandardCharsets.UTF_8));
        String wrongSha = Base64.getEncoder().encodeToString(hex(MediaStore.sha256Hex("other".getBytes(StandardCharsets.UTF_8))));
        String id = post(Webhooks.image(citizen, Webhooks.wamid(), "tampered-" + citizen, wrongSha, "kachra nahi uthaya"));
        String big = post(Webhooks.image(citizen, Webhooks.wamid(), "big-" + citizen, media("big-" + citizen, new byte[2000]), null));
        assertThat(big).isEqualTo(id);
        complete(id);
        List<String> errors = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select media_error from complaint_part where complaint_id = ?1 and media_sha256 is null order by id")
                .setParameter(1, id).getResultList());
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("sha256 mismatch");
        assertThat(errors.get(1)).contains("too large");
    }

    @Test
    void aBurstOfComplaintsFromOneNumberIsHeld() {
        String citizen = Webhooks.citizen();
        seed(citizen, 2, Duration.ofMinutes(1)); // two complaints a minute ago: the burst limit (2 in 10 minutes) is reached
        Complaint c = complete(post(Webhooks.text(citizen, Webhooks.wamid(), "aanganwadi band rehti hai")));
        assertThat(c.status).isEqualTo(Complaint.Status.QUARANTINED);
        assertThat(c.quarantineReason).isEqualTo("BURST");
    }

    @Test
    void underTheLimitsAComplaintGoesOn() {
        String citizen = Webhooks.citizen();
        seed(citizen, 1, Duration.ofMinutes(1));
        assertThat(complete(post(Webhooks.text(citizen, Webhooks.wamid(), "bijli ka khamba gir gaya"))).status)
                .isEqualTo(Complaint.Status.RECEIVED);
    }

    /** Complaints the citizen filed that long before the (moved) clock's now. */
    private void seed(String citizen, int n, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < n; i++) {
                em.createNativeQuery("""
                                insert into complaint (complaint_id, citizen_wa_id, channel, message_type, text, language, status, received_at)
                                values (?1, ?2, 'WHATSAPP', 'text', ?3, 'hi', 'RECEIVED', ?4)""")
                        .setParameter(1, "OLD-" + i + "-" + citizen)
                        .setParameter(2, citizen).setParameter(3, "purani shikayat number " + i).setParameter(4, clock.instant().minus(ago))
                        .executeUpdate();
            }
        });
    }

    @Test
    void moreThanTheCapInThePeriodIsHeld() {
        String citizen = Webhooks.citizen();
        seed(citizen, 3, Duration.ofDays(5)); // the cap (3 in 30 days) is reached, the burst limit is not
        Complaint c = complete(post(Webhooks.text(citizen, Webhooks.wamid(), "naya transformer chahiye")));
        assertThat(c.status).isEqualTo(Complaint.Status.QUARANTINED);
        assertThat(c.quarantineReason).isEqualTo("CAP_EXCEEDED");
    }
}
