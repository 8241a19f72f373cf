package org.samparksetu.intake.misuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;

import java.util.concurrent.TimeUnit;

import static org.samparksetu.intake.testsupport.IntakeEvents.notices;
import static org.samparksetu.intake.testsupport.IntakeEvents.allNotices;
import static org.samparksetu.intake.testsupport.IntakeEvents.received;
import static org.samparksetu.intake.testsupport.StoredComplaints.complaint;
import static org.samparksetu.intake.testsupport.StoredComplaints.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the citizen is told when no complaint event says it, through the real broker on {@code citizen.notice}:
 * a linked repeat, a photo- or voice-only complaint (or one whose caption is only a cover note) waiting for
 * transcription, a blocked number (once per blocking). Without a window (this profile) nothing is said before the
 * complaint is received; {@code window.ComplaintAssemblyTest} covers acknowledging at the first message.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class CitizenNoticeTest {

    @Inject
    ComplaintRepository complaints;
    @Inject
    EntityManager em;

    @Test
    void aLinkedRepeatIsToldOnceNamingTheEarlierComplaintInTheCitizensLanguage() {
        String citizen = Webhooks.citizen();
        String first = Webhooks.fileText(citizen, "Gaon Bhinmal me 3 din se bijli nahi hai");
        String again = Webhooks.fileText(citizen, "gaon bhinmal me 4 din se bijli nahi hai");
        assertThat(complaint(again).status).isEqualTo(Complaint.Status.LINKED);
        var notice = notices(citizen, 1).get(0);
        assertThat(notice.subject()).isEqualTo(again);
        assertThat(notice.data().kind()).isEqualTo(CitizenNotice.LINKED);
        assertThat(notice.data().complaintId()).isEqualTo(again);
        assertThat(notice.data().relatedComplaintId()).isEqualTo(first);
        assertThat(notice.data().language()).isEqualTo("hi");

        String english = Webhooks.citizen();
        String original = Webhooks.fileText(english, "The street light near the school is not working since last week");
        Webhooks.fileText(english, "The street light near the school is not working since last week!");
        var en = notices(english, 1).get(0);
        assertThat(en.data().relatedComplaintId()).isEqualTo(original);
        assertThat(en.data().language()).isEqualTo("en");
        // the first complaint of each was acknowledged normally and got no notice: one notice each (with no window
        // the complaint is received at once, and complaint.received is its only acknowledgement)
        assertThat(received(original).get(0).data().acknowledged()).isFalse();
        assertThat(allNotices(citizen)).hasSize(1);
        assertThat(allNotices(english)).hasSize(1);
    }

    @Test
    void aPhotoOrVoiceOnlyComplaintTellsTheCitizenItAwaitsTranscription() {
        String citizen = Webhooks.citizen();
        String photo = Webhooks.fileImage(citizen, "m-" + citizen, "c2hh", null);
        assertThat(complaint(photo).status).isEqualTo(Complaint.Status.AWAITING_TRANSCRIPTION);
        var notice = notices(citizen, 1).get(0);
        assertThat(notice.subject()).isEqualTo(photo);
        assertThat(notice.data().kind()).isEqualTo(CitizenNotice.AWAITING_TRANSCRIPTION);
        assertThat(notice.data().language()).isEqualTo("hi");

        // a citizen who wrote English before is told in English about a voice note
        String english = Webhooks.citizen();
        Webhooks.fileText(english, "There is no water supply in our ward since Monday");
        String voice = Webhooks.fileVoice(english, "v-" + english, "c2hh");
        var en = notices(english, 1).get(0);
        assertThat(en.data().complaintId()).isEqualTo(voice);
        assertThat(en.data().language()).isEqualTo("en");
        // a photo with a caption is readable: acknowledged, not queued, no notice
        String captioned = Webhooks.citizen();
        received(Webhooks.fileImage(captioned, "m-" + captioned, "c2hh", "nali band hai"));
        assertThat(allNotices(captioned)).isEmpty();

        // a caption that only points at the photo is not readable: queued, told once, in the caption's language
        String pointing = Webhooks.citizen();
        String coverNote = Webhooks.fileImage(pointing, "m-" + pointing, "c2hh", "please see the photo of my complaint");
        assertThat(complaint(coverNote).status).isEqualTo(Complaint.Status.AWAITING_TRANSCRIPTION);
        assertThat(complaint(coverNote).text).isNull();
        var told = notices(pointing, 1);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).data().kind()).isEqualTo(CitizenNotice.AWAITING_TRANSCRIPTION);
        assertThat(told.get(0).data().language()).isEqualTo("en");
    }

    @Test
    void aBlockedNumberIsToldOncePerBlockingHoweverOftenItWrites() {
        String citizen = Webhooks.citizen();
        operator().body("{\"reason\":\"fake complaints every day, FIR 7/2026\"}")
                .when().put("/operator/blocklist/" + citizen).then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            Webhooks.post(Webhooks.text(citizen, Webhooks.wamid(), "pani nahi aa raha " + i)).statusCode(200);
        }
        var first = notices(citizen, 1).get(0);
        assertThat(first.data().kind()).isEqualTo(CitizenNotice.BLOCKED);
        assertThat(first.data().reason()).isEqualTo("fake complaints every day, FIR 7/2026");
        assertThat(first.data().complaintId()).isNull();
        assertThat(first.subject()).isEqualTo(citizen);
        assertThat(first.data().language()).isEqualTo("hi");

        // more messages in the same blocking: recorded, never answered again
        for (int i = 0; i < 3; i++) {
            Webhooks.post(Webhooks.text(citizen, Webhooks.wamid(), "please register my complaint about the road")).statusCode(200);
        }
        // blocked again (a new blocking): told again, once, in the language of the message that followed
        operator().body("{\"reason\":\"still sending fake complaints\"}")
                .when().put("/operator/blocklist/" + citizen).then().statusCode(200);
        Webhooks.post(Webhooks.text(citizen, Webhooks.wamid(), "please register my complaint about the road")).statusCode(200);
        var both = notices(citizen, 2);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).data().reason()).isEqualTo("still sending fake complaints");
        assertThat(both.get(1).data().language()).isEqualTo("en");
        long blockedMessages = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbound_message where citizen_id = ?1 and outcome = 'BLOCKED'")
                .setParameter(1, citizen).getSingleResult()).longValue());
        assertThat(blockedMessages).isEqualTo(9);
        assertThat(QuarkusTransaction.requiringNew().call(() -> complaints.count("citizenWaId", citizen))).isZero();
    }

    @Test
    void aBlockedNumberThatNeverWritesIsNotMessaged() {
        String citizen = Webhooks.citizen();
        String other = Webhooks.citizen();
        operator().body("{\"reason\":\"court order\"}").when().put("/operator/blocklist/" + citizen).then().statusCode(200);
        operator().body("{\"reason\":\"court order\"}").when().put("/operator/blocklist/" + other).then().statusCode(200);
        Webhooks.post(Webhooks.text(other, Webhooks.wamid(), "pani nahi aa raha")).statusCode(200);
        notices(other, 1);
        await().atMost(60, TimeUnit.SECONDS).until(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select notified_at from blocked_number where wa_id = ?1").setParameter(1, other).getSingleResult()) != null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select notified_at from blocked_number where wa_id = ?1").setParameter(1, citizen).getSingleResult())).isNull();
        assertThat(allNotices(citizen)).isEmpty();
    }
}
