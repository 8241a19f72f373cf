package org.samparksetu.intake.reply;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.media.MediaStore;
import org.samparksetu.intake.media.StoredMedia;
import org.samparksetu.intake.webhook.WebhookPayload;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After "not fixed" the citizen's next text is the reason and their photos are evidence of the dispute: each
 * reaches Kafka as {@code citizen.replied} (TEXT, or IMAGE with the stored photo's content hash) about the
 * disputed complaint. The tap comes in through the webhook; the reason and photo are handed to the reply service
 * the way the webhook's message dispatch hands them over (see the report: that one-line dispatch is the lead's).
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class DisputeReplyTest {

    @Inject
    ReasonReplyService reasons;
    @Inject
    MediaStore media;

    static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static String file(String citizen, String text) {
        String id = Webhooks.post(Webhooks.text(citizen, Webhooks.wamid(), text)).statusCode(200)
                .extract().path("complaintIds[0]");
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> id.equals(e.subject()), 1);
        return id;
    }

    private static CitizenReplied awaitReply(String wamid) {
        List<EventEnvelope<CitizenReplied>> events = TestEvents.awaitEvents(prefix(), EventType.CITIZEN_REPLIED,
                CitizenReplied.class, e -> wamid.equals(e.data().messageId()), 1);
        assertThat(events).hasSize(1);
        return events.get(0).data();
    }

    private static void tapNotFixed(String citizen, String complaintId) {
        String wamid = Webhooks.wamid();
        Webhooks.post(Webhooks.buttonReply(citizen, wamid,
                ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, complaintId))).statusCode(200);
        assertThat(awaitReply(wamid).kind()).isEqualTo("BUTTON");
    }

    /** The message exactly as the webhook parses it. */
    private static InboundMessage message(String webhookJson) throws Exception {
        return WebhookPayload.parse(webhookJson.getBytes(StandardCharsets.UTF_8)).messages().get(0);
    }

    private Optional<String> handOver(InboundMessage m, StoredMedia stored) {
        return QuarkusTransaction.requiringNew().call(() -> reasons.onReason(m, stored, Instant.now()));
    }

    @Test
    void theReasonAndAPhotoAfterNotFixedBecomeRepliesAboutTheDisputedComplaint() throws Exception {
        String citizen = Webhooks.citizen();
        String complaintId = file(citizen, "गांव में पानी नहीं आ रहा, हैंडपंप खराब है");
        tapNotFixed(citizen, complaintId);

        byte[] photo = "jpeg bytes of the still broken handpump".getBytes(StandardCharsets.UTF_8);
        String sha = media.put(photo);
        String photoWamid = Webhooks.wamid();
        var image = message(Webhooks.image(citizen, photoWamid, "media-77", sha, "still broken"));
        assertThat(handOver(image, new StoredMedia(sha, (long) photo.length, "image/jpeg", null))).contains(complaintId);
        CitizenReplied photoReply = awaitReply(photoWamid);
        assertThat(photoReply.kind()).isEqualTo("IMAGE");
        assertThat(photoReply.complaintId()).isEqualTo(complaintId);
        assertThat(photoReply.citizenWaId()).isEqualTo(citizen);
        assertThat(photoReply.mediaIds()).containsExactly(sha);
        assertThat(photoReply.text()).isEqualTo("still broken");
        assertThat(media.get(photoReply.mediaIds().get(0))).hasValue(photo);

        String reasonWamid = Webhooks.wamid();
        assertThat(handOver(message(Webhooks.text(citizen, reasonWamid, "हैंडपंप अभी भी खराब है")), null))
                .contains(complaintId);
        CitizenReplied reason = awaitReply(reasonWamid);
        assertThat(reason.kind()).isEqualTo("TEXT");
        assertThat(reason.text()).isEqualTo("हैंडपंप अभी भी खराब है");
        assertThat(reason.language()).isEqualTo("hi");
        assertThat(reason.mediaIds()).isNull();

        // The reason has come: a further text is a new matter (filed as usual), a further photo is still evidence.
        assertThat(handOver(message(Webhooks.text(citizen, Webhooks.wamid(), "नई समस्या: सड़क टूटी")), null)).isEmpty();
        String secondPhoto = Webhooks.wamid();
        assertThat(handOver(message(Webhooks.image(citizen, secondPhoto, "media-78", sha, null)),
                StoredMedia.failed("download failed"))).contains(complaintId);
        assertThat(awaitReply(secondPhoto).mediaIds()).isEmpty();
    }

    @Test
    void nothingIsAwaitedWithoutANotFixedTapFromThatNumberOrAfterTheWindow() throws Exception {
        String citizen = Webhooks.citizen();
        String complaintId = file(citizen, "बिजली नहीं आ रही");
        // never disputed: a photo is an ordinary message
        assertThat(handOver(message(Webhooks.image(citizen, Webhooks.wamid(), "m1", "ab", null)), null)).isEmpty();

        tapNotFixed(citizen, complaintId);
        // someone else's photo is not this citizen's evidence
        assertThat(handOver(message(Webhooks.image(Webhooks.citizen(), Webhooks.wamid(), "m2", "ab", null)), null)).isEmpty();
        // a voice note is not a reason we can forward as one
        assertThat(handOver(message(Webhooks.voice(citizen, Webhooks.wamid(), "m3", "ab")), null)).isEmpty();
        // two days after the tap (the window is a day) the text is a new matter again
        String late = Webhooks.text(citizen, Webhooks.wamid(), "still broken").replace("1767225600", "1767398400");
        assertThat(handOver(message(late), null)).isEmpty();
        // within the window it is the reason
        assertThat(handOver(message(Webhooks.text(citizen, Webhooks.wamid(), "still broken")), null)).contains(complaintId);
    }
}
