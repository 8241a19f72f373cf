package org.samparksetu.intake.window;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.media.MediaStore;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.intake.testsupport.StoredComplaints.complaint;

/**
 * Graph media downloads that fail (500s): retried with backoff while the webhook waits, then from the persisted
 * retry queue by media id (a fresh URL each time); a download that finally fails is recorded and counted, and the
 * complaint is filed with the message whatever happens to the file.
 */
@QuarkusTest
@TestProfile(WindowProfile.class)
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class MediaRetryTest {

    @Inject
    EntityManager em;

    private static String media(String id, byte[] bytes) {
        return FakeGraphApi.serve(id, bytes);
    }

    private static String postPhoto(String citizen, String mediaId, String sha, String caption) {
        return Webhooks.fileImage(citizen, mediaId, sha, caption);
    }

    private Object[] part(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select media_sha256, media_error from complaint_part where complaint_id = ?1")
                .setParameter(1, complaintId).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> queued(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select outcome, attempts, last_error from media_retry where complaint_id = ?1")
                .setParameter(1, complaintId).getResultList());
    }

    @Test
    void aGraphHiccupIsRetriedWhileTheWebhookWaits() {
        String citizen = Webhooks.citizen();
        byte[] photo = "photo of the broken hand pump".getBytes(StandardCharsets.UTF_8);
        String id = "hiccup-" + citizen;
        String sha = media(id, photo);
        FakeGraphApi.failNext(id, 1);
        String complaintId = postPhoto(citizen, id, sha, "handpump kharab hai");
        // stored by the time the webhook was answered: second attempt, with a fresh lookup
        assertThat(part(complaintId)[0]).isEqualTo(MediaStore.sha256Hex(photo));
        assertThat(FakeGraphApi.failuresServed(id)).isEqualTo(1);
        assertThat(queued(complaintId)).isEmpty();
    }

    @Test
    void mediaStillFailingAfterTheRequestIsQueuedAndStoredLaterByMediaId() {
        String citizen = Webhooks.citizen();
        byte[] photo = "photo of a hand-written application".getBytes(StandardCharsets.UTF_8);
        String id = "outage-" + citizen;
        String sha = media(id, photo);
        FakeGraphApi.failNext(id, 2); // both attempts in the request fail; the first queued one succeeds
        String complaintId = postPhoto(citizen, id, sha, "sarpanch ne patta nahi diya");
        assertThat(complaintId).isNotNull();
        assertThat((String) part(complaintId)[1]).contains("500");
        await().atMost(60, TimeUnit.SECONDS).until(() -> part(complaintId)[0] != null);
        assertThat(part(complaintId)[0]).isEqualTo(MediaStore.sha256Hex(photo));
        assertThat(part(complaintId)[1]).isNull();
        assertThat(queued(complaintId).get(0)[0]).isEqualTo("STORED");
        // the complaint was filed with the message all along, and goes on
        assertThat(Windows.complete(complaintId).status).isEqualTo(Complaint.Status.RECEIVED);
        assertThat(complaint(complaintId).text).isEqualTo("sarpanch ne patta nahi diya");
    }

    @Test
    void aDownloadThatNeverSucceedsIsRecordedCountedAndTheComplaintStillFiled() {
        String citizen = Webhooks.citizen();
        String id = "gone-" + citizen;
        String sha = media(id, "never served".getBytes(StandardCharsets.UTF_8));
        FakeGraphApi.failNext(id, 1000);
        String complaintId = postPhoto(citizen, id, sha, "nali band hai, ghar me paani");
        await().atMost(60, TimeUnit.SECONDS).until(() -> !queued(complaintId).isEmpty() && "GAVE_UP".equals(queued(complaintId).get(0)[0]));
        assertThat(queued(complaintId).get(0)[1]).isEqualTo(2); // retry-max-attempts in the profile
        assertThat(part(complaintId)[0]).isNull();
        assertThat((String) part(complaintId)[1]).startsWith("gave up after 2 queued attempt(s)");
        @SuppressWarnings("unchecked")
        List<Object> decisions = QuarkusTransaction.requiringNew().call(() -> (List<Object>) em.createNativeQuery(
                        "select decision from intake_decision where complaint_id = ?1").setParameter(1, complaintId).getResultList());
        assertThat(decisions).contains("MEDIA_DOWNLOAD_FAILED");
        assertThat(Windows.complete(complaintId).status).isEqualTo(Complaint.Status.RECEIVED);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("intake_media_retry_total\\{[^}]*outcome=\"gave-up\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("intake_media_failed_total\\{[^}]*retryable=\"true\"[^}]*} [1-9]");
    }

    @Test
    void anExpiredMediaIdIsNotRetried() {
        String citizen = Webhooks.citizen();
        // the fake Graph API answers 404 for an id it does not know, as Meta does for an expired one
        String complaintId = postPhoto(citizen, "expired-" + citizen, "c2hh", "bijli ka bill galat aaya");
        assertThat((String) part(complaintId)[1]).contains("404");
        assertThat(queued(complaintId)).isEmpty();
    }
}
