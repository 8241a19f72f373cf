package org.samparksetu.intake.window;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.intake.media.MediaStore;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(WindowProfile.class)
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class DisputeReplyWebhookTest {

    static CitizenReplied reply(String wamid) {
        return TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class,
                e -> wamid.equals(e.data().messageId()), 1).get(0).data();
    }

    @Test
    void webhookPhotoAfterNotFixedIsCitizenRepliedWithTheStoredHash() throws Exception {
        String citizen = Webhooks.citizen();
        String id = Webhooks.fileText(citizen, "handpump kharab hai");
        Windows.complete(id);
        TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RECEIVED,
                ComplaintReceived.class, e -> id.equals(e.subject()), 1);
        String tap = Webhooks.wamid();
        Webhooks.post(Webhooks.buttonReply(citizen, tap, ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, id))).statusCode(200);
        assertThat(reply(tap).kind()).isEqualTo("BUTTON");

        byte[] photo = ("dry" + citizen).getBytes(StandardCharsets.UTF_8);
        FakeGraphApi.put("dispute-" + citizen, photo);
        String sha = Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(photo));
        String wamid = Webhooks.wamid();
        Webhooks.post(Webhooks.image(citizen, wamid, "dispute-" + citizen, sha, "abhi bhi kharab")).statusCode(200)
                .body("complaintIds.size()", org.hamcrest.Matchers.equalTo(0));
        CitizenReplied r = reply(wamid);
        assertThat(r.kind()).isEqualTo("IMAGE");
        assertThat(r.complaintId()).isEqualTo(id);
        assertThat(r.mediaIds()).containsExactly(MediaStore.sha256Hex(photo));

        String text = Webhooks.wamid();
        Webhooks.post(Webhooks.text(citizen, text, "paani nahi aata")).statusCode(200)
                .body("complaintIds.size()", org.hamcrest.Matchers.equalTo(0));
        assertThat(reply(text).kind()).isEqualTo("TEXT");
    }
}
