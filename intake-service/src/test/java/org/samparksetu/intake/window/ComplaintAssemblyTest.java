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
import org.samparksetu.contract.events.ComplaintQuarantined;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.samparksetu.intake.testsupport.IntakeEvents.prefix;
import static org.samparksetu.intake.testsupport.IntakeEvents.notices;
import static org.samparksetu.intake.testsupport.IntakeEvents.allNotices;
import static org.samparksetu.intake.window.Windows.complete;
import static org.samparksetu.intake.testsupport.StoredComplaints.complaint;
import static org.samparksetu.intake.testsupport.StoredComplaints.operator;

/**
 * Acknowledge at once, assemble afterwards, on the real broker and database ({@link WindowProfile}: quiet 30 s, cap
 * 120 s, a pin alone waits 60 s, each ended by moving the clock): the number goes out with the first message while the complaint is still a DRAFT;
 * parts join it with one "added" answer per kind, not per photo; it is received once, saying it was acknowledged.
 * A photo whose caption is only a cover note is read by a person; a pin alone asks for words and waits for them.
 */
@QuarkusTest
@TestProfile(WindowProfile.class)
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class ComplaintAssemblyTest {

    @Inject
    EntityManager em;

    private static String media(String id, byte[] bytes) {
        return FakeGraphApi.serve(id, bytes);
    }

    private static String post(String body) {
        return Webhooks.file(body);
    }

    private static List<CitizenNotice> told(String citizen) {
        return allNotices(citizen).stream().map(EventEnvelope::data).toList();
    }

    private static List<String> kinds(String citizen) {
        return told(citizen).stream().map(CitizenNotice::kind).toList();
    }

    /** The complaint.received of a complaint, once the citizen has been quiet long enough. */
    private static ComplaintReceived received(String id) {
        complete(id);
        return IntakeEvents.received(id).get(0).data();
    }

    @Test
    void theNumberGoesOutWithTheFirstMessageAndTheComplaintIsReceivedOnceWhenTheCitizenIsQuiet() {
        String citizen = Webhooks.citizen();
        String body = Webhooks.text(citizen, Webhooks.wamid(), "Gaon Dhansa me 4 din se bijli nahi hai");
        String id = post(body);

        var ack = notices(citizen, 1).get(0);
        assertThat(ack.subject()).isEqualTo(id);
        assertThat(ack.data().kind()).isEqualTo(CitizenNotice.ACKNOWLEDGED);
        assertThat(ack.data().complaintId()).isEqualTo(id);
        assertThat(ack.data().firstContact()).isTrue();
        assertThat(ack.data().messageType()).isEqualTo("text");
        assertThat(ack.data().language()).isEqualTo("hi");
        Complaint draft = complaint(id);
        assertThat(draft.status).isEqualTo(Complaint.Status.DRAFT);
        assertThat(draft.acknowledgedAt).isNotNull();
        // complete once the citizen has been quiet for 30 s after the last (here: only) part, not the 120 s cap
        assertThat(Duration.between(draft.receivedAt, draft.windowClosesAt)).isEqualTo(Duration.ofSeconds(30));

        // the same webhook again is a duplicate: no second number
        assertThat(Webhooks.post(body).statusCode(200).extract().<Integer>path("duplicates")).isEqualTo(1);

        ComplaintReceived c = received(id);
        assertThat(c.acknowledged()).isTrue();
        assertThat(c.firstContact()).isTrue();
        assertThat(c.text()).isEqualTo("Gaon Dhansa me 4 din se bijli nahi hai");
        assertThat(kinds(citizen)).containsExactly(CitizenNotice.ACKNOWLEDGED);

        // the citizen's next complaint gets its number too, without the welcome
        String next = post(Webhooks.text(citizen, Webhooks.wamid(), "School me teacher nahi aate"));
        assertThat(next).isNotEqualTo(id);
        // (notices are keyed by complaint: across two complaints their order on the topic is not defined)
        var second = TestEvents.awaitEvents(prefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class,
                e -> next.equals(e.subject()), 1).get(0).data();
        assertThat(second.kind()).isEqualTo(CitizenNotice.ACKNOWLEDGED);
        assertThat(second.firstContact()).isFalse();
        assertThat(received(next).firstContact()).isFalse();
    }

    @Test
    void partsJoinTheComplaintAndAnAlbumIsAnsweredOnceNotPhotoByPhoto() throws Exception {
        String citizen = Webhooks.citizen();
        String id = post(Webhooks.text(citizen, Webhooks.wamid(), "Sayla bus stand ke paas nala overflow ho raha hai"));
        Complaint afterText = complaint(id);

        List<Callable<String>> album = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String mediaId = "nala-" + i + "-" + citizen;
            byte[] photo = ("photo " + i + " of the nala " + citizen).getBytes(StandardCharsets.UTF_8);
            hashes.add(MediaStore.sha256Hex(photo));
            String body = Webhooks.image(citizen, Webhooks.wamid(), mediaId, media(mediaId, photo), null);
            album.add(() -> post(body));
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (var f : pool.invokeAll(album)) {
                assertThat(f.get()).isEqualTo(id);
            }
        } finally {
            pool.shutdownNow();
        }
        // each part moves the end of the quiet period
        Complaint afterAlbum = complaint(id);
        assertThat(afterAlbum.windowClosesAt).isAfter(afterText.windowClosesAt);
        assertThat(post(Webhooks.location(citizen, Webhooks.wamid(), 25.14, 72.36))).isEqualTo(id);

        ComplaintReceived c = received(id);
        assertThat(c.acknowledged()).isTrue();
        assertThat(c.mediaIds()).containsExactlyInAnyOrderElementsOf(hashes);
        assertThat(c.location().latitude()).isEqualTo(25.14);
        // the number once, one "photos added" for the whole album, one "location added"
        assertThat(kinds(citizen)).containsExactly(CitizenNotice.ACKNOWLEDGED, CitizenNotice.PART_ADDED,
                CitizenNotice.PART_ADDED);
        assertThat(told(citizen).stream().filter(n -> CitizenNotice.PART_ADDED.equals(n.kind()))
                .map(CitizenNotice::messageType)).containsExactly("image", "location");
        assertThat(told(citizen)).allSatisfy(n -> assertThat(n.complaintId()).isEqualTo(id));
    }

    @Test
    void aPhotoWithACoverNoteIsReadByAPersonWhoseTranscriptionBecomesTheComplaint() {
        String citizen = Webhooks.citizen();
        byte[] letter = ("photo of a hand-written application " + citizen).getBytes(StandardCharsets.UTF_8);
        String id = post(Webhooks.image(citizen, Webhooks.wamid(), "letter-" + citizen, media("letter-" + citizen, letter),
                "ye dekhiye sir"));
        assertThat(notices(citizen, 1).get(0).data().kind()).isEqualTo(CitizenNotice.ACKNOWLEDGED);

        Complaint queued = complete(id);
        assertThat(queued.status).isEqualTo(Complaint.Status.AWAITING_TRANSCRIPTION);
        assertThat(queued.text).isNull(); // "ye dekhiye" never reaches a department as the complaint
        var waiting = notices(citizen, 2).get(1).data();
        assertThat(waiting.kind()).isEqualTo(CitizenNotice.AWAITING_TRANSCRIPTION);
        assertThat(waiting.complaintId()).isEqualTo(id);

        // a text that joins the waiting complaint later (the conversation's part) shows up for the operator too
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into complaint_part (complaint_id, message_type, text, received_at)
                        values (?1, 'text', 'mera mobile 9829012345 hai', now())""")
                .setParameter(1, id).executeUpdate());
        List<Map<String, Object>> queue = operator().when().get("/operator/transcriptions").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.complaintId == '" + id + "' }");
        assertThat(queue).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) queue.get(0).get("parts");
        assertThat(parts).extracting(p -> p.get("type")).containsExactly("image", "text");
        assertThat(parts.get(0).get("text")).isEqualTo("ye dekhiye sir");
        assertThat(parts.get(0).get("mediaUrl")).isEqualTo("/operator/media/" + MediaStore.sha256Hex(letter));
        assertThat(parts.get(1).get("text")).isEqualTo("mera mobile 9829012345 hai");

        operator().body("{\"text\":\"" + "x".repeat(4001) + "\"}").when().post("/operator/transcriptions/" + id)
                .then().statusCode(400);
        operator().body("""
                        {"text":"Gram Bagoda ka hand pump 2 mahine se kharab hai. Prarthi Lakshmi Devi, mobile 9414056789","place":"Bagoda"}""")
                .when().post("/operator/transcriptions/" + id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        ComplaintReceived c = received(id);
        assertThat(c.text()).isEqualTo("Gram Bagoda ka hand pump 2 mahine se kharab hai. Prarthi Lakshmi Devi, mobile 9414056789");
        assertThat(c.contactNumber()).isEqualTo("+919414056789"); // written in the letter, not the citizen's caption
        assertThat(c.mediaIds()).containsExactly(MediaStore.sha256Hex(letter));
        assertThat(c.acknowledged()).isTrue();
        // told once that it waits, and the number only once
        assertThat(kinds(citizen)).containsExactly(CitizenNotice.ACKNOWLEDGED, CitizenNotice.AWAITING_TRANSCRIPTION);
    }

    @Test
    void aTranscriptionWithoutANumberTakesTheOneTheCitizenWroteBesideThePhoto() {
        String citizen = Webhooks.citizen();
        String id = post(Webhooks.image(citizen, Webhooks.wamid(), "app-" + citizen,
                media("app-" + citizen, ("application " + citizen).getBytes(StandardCharsets.UTF_8)), "Mob 9829054321"));
        assertThat(complete(id).status).isEqualTo(Complaint.Status.AWAITING_TRANSCRIPTION);
        operator().body("{\"text\":\"Pension 6 mahine se nahi mili\"}").when().post("/operator/transcriptions/" + id)
                .then().statusCode(200);
        assertThat(received(id).contactNumber()).isEqualTo("+919829054321");
    }

    @Test
    void aPhotoWhoseCaptionSaysWhatIsWrongGoesOnWithTheCaptionAsItsText() {
        String citizen = Webhooks.citizen();
        String id = post(Webhooks.image(citizen, Webhooks.wamid(), "road-" + citizen,
                media("road-" + citizen, ("road " + citizen).getBytes(StandardCharsets.UTF_8)),
                "ye dekhiye gaon ki sadak tooti padi hai"));
        assertThat(complete(id).status).isEqualTo(Complaint.Status.RECEIVED);
        assertThat(received(id).text()).isEqualTo("ye dekhiye gaon ki sadak tooti padi hai");
        assertThat(kinds(citizen)).containsExactly(CitizenNotice.ACKNOWLEDGED);
    }

    @Test
    void aPinAloneAsksForWordsAndTheWordsThatFollowMakeItAComplaint() {
        String citizen = Webhooks.citizen();
        String id = post(Webhooks.location(citizen, Webhooks.wamid(), 25.35, 72.62));
        var ask = notices(citizen, 1).get(0).data();
        assertThat(ask.kind()).isEqualTo(CitizenNotice.LOCATION_NEEDS_TEXT);
        assertThat(ask.complaintId()).isEqualTo(id);
        Complaint pin = complaint(id);
        assertThat(pin.acknowledgedAt).isNull();
        assertThat(Duration.between(pin.receivedAt, pin.windowClosesAt)).isEqualTo(Duration.ofSeconds(60));
        // a second pin is not asked about again
        assertThat(post(Webhooks.location(citizen, Webhooks.wamid(), 25.36, 72.63))).isEqualTo(id);

        assertThat(post(Webhooks.text(citizen, Webhooks.wamid(), "yahan transformer jal gaya hai"))).isEqualTo(id);
        ComplaintReceived c = received(id);
        assertThat(c.text()).isEqualTo("yahan transformer jal gaya hai");
        assertThat(c.location()).isNotNull();
        assertThat(c.acknowledged()).isTrue();
        assertThat(c.firstContact()).isTrue();
        assertThat(kinds(citizen)).containsExactly(CitizenNotice.LOCATION_NEEDS_TEXT, CitizenNotice.ACKNOWLEDGED);
    }

    @Test
    void aPinThatNeverGetsWordsIsHeldAsEmpty() {
        String citizen = Webhooks.citizen();
        String id = post(Webhooks.location(citizen, Webhooks.wamid(), 25.0, 72.0));
        Complaint held = complete(id);
        assertThat(held.status).isEqualTo(Complaint.Status.QUARANTINED);
        assertThat(held.quarantineReason).isEqualTo("EMPTY");
        var quarantined = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_QUARANTINED, ComplaintQuarantined.class,
                e -> id.equals(e.subject()), 1);
        assertThat(quarantined.get(0).data().reason()).isEqualTo("EMPTY");
        assertThat(kinds(citizen)).containsExactly(CitizenNotice.LOCATION_NEEDS_TEXT);
    }
}
