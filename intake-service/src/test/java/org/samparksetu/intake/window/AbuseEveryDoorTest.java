package org.samparksetu.intake.window;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.samparksetu.intake.testsupport.StoredComplaints.complaint;
import static org.samparksetu.intake.testsupport.StoredComplaints.operator;
import static org.samparksetu.intake.window.Windows.complete;

/**
 * The blocklist, the False Case flag, the cap and the burst limit hold at every door, not only on WhatsApp: a blocked
 * number files nothing through Open311; the operator's desk refuses a burst unless the operator says why (kept and
 * counted); a photo alone counts against the cap; a blocked number's media is never downloaded; and a flood of new
 * numbers is counted for the grievance cell while their complaints are still taken. Limits of {@link WindowProfile}:
 * 3 complaints in 30 days, 2 in 10 minutes, 5 new numbers an hour.
 */
@QuarkusTest
@TestProfile(WindowProfile.class)
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class AbuseEveryDoorTest {

    @Inject
    EntityManager em;
    @Inject
    MovableClock clock;
    @Inject
    MeterRegistry metrics;

    private static void block(String citizen, String reason) {
        operator().body(Map.of("reason", reason)).when().put("/operator/blocklist/" + citizen).then().statusCode(200);
    }

    private static ValidatableResponse open311(String citizen, String description) {
        return given().contentType("application/x-www-form-urlencoded; charset=utf-8")
                .formParam("api_key", "sim-open311-key").formParam("service_code", "PHED")
                .formParam("lat", "25.35").formParam("long", "72.62").formParam("address_string", "Ward 4, Jalore")
                .formParam("phone", "+" + citizen).formParam("description", description)
                .when().post("/open311/v2/requests.json").then();
    }

    private static ValidatableResponse operatorIntake(String citizen, String text, String overrideReason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "PHONE");
        body.put("phone", "+" + citizen);
        body.put("text", text);
        body.put("place", "Sayla");
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return operator().body(body).when().post("/operator/complaints").then();
    }

    private long complaintsOf(String citizen) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from complaint where citizen_wa_id = ?1").setParameter(1, citizen).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> decisions(String citizen, String decision) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select reason, actor, decided_at, complaint_id from intake_decision where citizen_wa_id = ?1 and decision = ?2")
                .setParameter(1, citizen).setParameter(2, decision).getResultList());
    }

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

    private double counted(String name, String... tags) {
        var counter = metrics.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aBlockedNumberFilesNothingThroughOpen311() {
        String citizen = Webhooks.citizen();
        block(citizen, "47 fake complaints in a week, FIR 12/2026");

        open311(citizen, "street light not working near the school").statusCode(409)
                .body("[0].code", equalTo(409))
                .body("[0].description", containsString("blocked from filing complaints"))
                .body("[0].description", not(containsString("FIR"))); // the grievance cell's reason is not the client's
        assertThat(complaintsOf(citizen)).isZero();
        assertThat(decisions(citizen, "REFUSED_AT_OPEN311")).extracting(r -> r[0]).containsExactly("BLOCKED");

        // once unblocked, the same request is filed
        operator().when().delete("/operator/blocklist/" + citizen).then().statusCode(204);
        open311(citizen, "street light not working near the school").statusCode(200)
                .body("[0].service_request_id", containsString("-"));
        assertThat(complaintsOf(citizen)).isEqualTo(1);
    }

    @Test
    void aBurstThroughTheOperatorDeskIsRefusedUnlessTheOperatorSaysWhy() {
        String citizen = Webhooks.citizen();
        // one on WhatsApp and one by phone: the burst limit (2 in 10 minutes) counts every door
        assertThat(complete(Webhooks.fileText(citizen, "gaon me hand pump kharab hai")).status)
                .isEqualTo(Complaint.Status.RECEIVED);
        operatorIntake(citizen, "School ki chhat tooti hai", null).statusCode(201);

        operatorIntake(citizen, "Aanganwadi band rehti hai", null).statusCode(409)
                .body("error", containsString("complaints in the last 10 minutes"))
                .body("error", containsString("overrideReason"));
        assertThat(complaintsOf(citizen)).isEqualTo(2);
        assertThat(decisions(citizen, "REFUSED_AT_OPERATOR")).extracting(r -> r[0]).containsExactly("BURST");

        operatorIntake(citizen, "Aanganwadi band rehti hai", "x".repeat(501)).statusCode(400)
                .body("error", containsString("'overrideReason' is longer than 500 characters"));
        double overridesBefore = counted("intake.abuse.overrides", "door", "OPERATOR", "reason", "BURST");
        String id = operatorIntake(citizen, "Aanganwadi band rehti hai", "  jansunwai: three different problems, seen in person  ")
                .statusCode(201).body("overriddenLimit", equalTo("BURST")).body("status", equalTo("RECEIVED"))
                .extract().path("complaintId");
        List<Object[]> overrides = decisions(citizen, "ABUSE_LIMIT_OVERRIDDEN");
        assertThat(overrides).hasSize(1);
        assertThat(overrides.get(0)[0]).isEqualTo("BURST: jansunwai: three different problems, seen in person");
        assertThat(overrides.get(0)[1]).isEqualTo("operator");
        assertThat(overrides.get(0)[2]).isNotNull();
        assertThat(overrides.get(0)[3]).isEqualTo(id);
        assertThat(counted("intake.abuse.overrides", "door", "OPERATOR", "reason", "BURST")).isEqualTo(overridesBefore + 1);

        // a blocked number is not let through by a reason: unblocking is its own recorded act
        block(citizen, "threatening messages");
        operatorIntake(citizen, "Nali band hai", "he insists").statusCode(409)
                .body("error", containsString("blocked")).body("error", containsString("/operator/blocklist"));
        assertThat(complaintsOf(citizen)).isEqualTo(3);
    }

    @Test
    void aPhotoOrVoiceNoteAloneCountsAgainstTheCap() {
        String citizen = Webhooks.citizen();
        seed(citizen, 2, Duration.ofDays(5));
        // the third in 30 days, a photo alone: within the cap, read by a person
        byte[] letter = "photo of a hand-written application".getBytes(StandardCharsets.UTF_8);
        String photo = Webhooks.fileImage(citizen, "letter-" + citizen, FakeGraphApi.serve("letter-" + citizen, letter), null);
        assertThat(complete(photo).status).isEqualTo(Complaint.Status.AWAITING_TRANSCRIPTION);
        // it counts: the fourth, through Open311, is over the cap of 3 and held
        String viaOpen311 = open311(citizen, "street light not working near the school").statusCode(200)
                .body("[0].service_notice", containsString("Held for review")).extract().path("[0].service_request_id");
        assertThat(complaint(viaOpen311).quarantineReason).isEqualTo("CAP_EXCEEDED");

        // a voice note alone over the cap is held before anyone listens to it
        String other = Webhooks.citizen();
        seed(other, 3, Duration.ofDays(5));
        byte[] voice = "ogg voice note".getBytes(StandardCharsets.UTF_8);
        String voiceOnly = Webhooks.fileVoice(other, "voice-" + other, FakeGraphApi.serve("voice-" + other, voice));
        Complaint held = complete(voiceOnly);
        assertThat(held.status).isEqualTo(Complaint.Status.QUARANTINED);
        assertThat(held.quarantineReason).isEqualTo("CAP_EXCEEDED");

        // releasing it overrides the cap: a reason is needed and kept, and then a person listens to it
        operator().body("{}").when().post("/operator/quarantine/" + voiceOnly + "/release").then().statusCode(400)
                .body("error", containsString("cap of 3 complaints"));
        operator().body(Map.of("note", "widow's pension, a different matter each time"))
                .when().post("/operator/quarantine/" + voiceOnly + "/release").then().statusCode(200);
        assertThat(complaint(voiceOnly).status).isEqualTo(Complaint.Status.AWAITING_TRANSCRIPTION);
        assertThat(decisions(other, "ABUSE_LIMIT_OVERRIDDEN")).extracting(r -> r[0])
                .containsExactly("CAP_EXCEEDED: widow's pension, a different matter each time");
    }

    @Test
    void aBlockedNumbersMediaIsNeverDownloaded() {
        String blocked = Webhooks.citizen();
        block(blocked, "abusive photos");
        String photoId = "blocked-photo-" + blocked;
        String voiceId = "blocked-voice-" + blocked;
        String photoSha = FakeGraphApi.serve(photoId, "a photo nobody should store".getBytes(StandardCharsets.UTF_8));
        String voiceSha = FakeGraphApi.serve(voiceId, "a voice note nobody should store".getBytes(StandardCharsets.UTF_8));

        Webhooks.post(Webhooks.image(blocked, Webhooks.wamid(), photoId, photoSha, "dekho")).statusCode(200)
                .body("outcome", equalTo("ACCEPTED"));
        Webhooks.post(Webhooks.voice(blocked, Webhooks.wamid(), voiceId, voiceSha)).statusCode(200)
                .body("outcome", equalTo("ACCEPTED"));
        assertThat(FakeGraphApi.requestsFor(photoId)).isZero();
        assertThat(FakeGraphApi.requestsFor(voiceId)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select outcome from inbound_message where citizen_id = ?1").setParameter(1, blocked).getResultList()))
                .containsExactly("BLOCKED", "BLOCKED");

        // the same photo from a number that is not blocked is fetched (the fake counts what it is asked)
        String other = Webhooks.citizen();
        String otherId = "open-photo-" + other;
        String otherSha = FakeGraphApi.serve(otherId, "a photo of the broken pump".getBytes(StandardCharsets.UTF_8));
        Webhooks.fileImage(other, otherId, otherSha, "hand pump kharab hai");
        assertThat(FakeGraphApi.requestsFor(otherId)).isPositive();
    }

    @Test
    void aFloodOfNewNumbersIsCountedForTheGrievanceCellAndTheirComplaintsAreStillTaken() {
        clock.reach(clock.instant().plus(Duration.ofHours(2))); // nobody first seen within the hour now
        double before = counted("intake.new.citizens.flood");
        for (int i = 0; i < 5; i++) { // the hourly cap of new numbers: no alarm
            open311(Webhooks.citizen(), "street light number " + i + " not working").statusCode(200);
        }
        assertThat(counted("intake.new.citizens.flood")).isEqualTo(before);

        String sixth = Webhooks.citizen();
        String id = open311(sixth, "hand pump near the temple is broken").statusCode(200)
                .extract().path("[0].service_request_id");
        assertThat(counted("intake.new.citizens.flood")).isEqualTo(before + 1);
        assertThat(complaint(id).status).isEqualTo(Complaint.Status.RECEIVED); // taken all the same

        // a number seen before is not a new one
        open311(sixth, "the hand pump is still broken, second well too").statusCode(200);
        assertThat(counted("intake.new.citizens.flood")).isEqualTo(before + 1);
        // Prometheus: intake_new_citizens_flood_total
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("intake_new_citizens_flood_total"));
    }
}
