package org.samparksetu.intake.conversation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A citizen's messages after the complaint window, end to end on the real broker and database: what verification
 * asked (published as verification would), the citizen's webhook in, and what intake emits. Nothing said about an
 * existing complaint becomes a new one.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class FollowUpFlowTest {

    @Inject
    EntityManager em;

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static String file(String citizen, String text) {
        String id = Webhooks.fileText(citizen, text);
        assertThat(id).as("filed: " + text).isNotNull();
        TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class, e -> id.equals(e.subject()), 1);
        return id;
    }

    /** Posts a text and checks it filed no complaint; returns its message id. */
    private static String followUp(String citizen, String text) {
        String wamid = Webhooks.wamid();
        Webhooks.post(Webhooks.text(citizen, wamid, text)).statusCode(200).body("complaintIds.size()", org.hamcrest.Matchers.equalTo(0));
        return wamid;
    }

    private static CitizenReplied replied(String wamid) {
        var events = TestEvents.awaitEvents(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class,
                e -> wamid.equals(e.data().messageId()), 1);
        assertThat(events).hasSize(1);
        return events.get(0).data();
    }

    private static List<EventEnvelope<CitizenNotice>> notices(String citizen, String kind, int atLeast) {
        return TestEvents.awaitEvents(prefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class,
                e -> citizen.equals(e.data().citizenWaId()) && kind.equals(e.data().kind()), atLeast);
    }

    private long complaintsOf(String citizen) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from complaint where citizen_wa_id = ?1").setParameter(1, citizen).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> partTexts(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "select coalesce(text, message_type) from complaint_part where complaint_id = ?1 order by id")
                .setParameter(1, complaintId).getResultList());
    }

    /** Publishes what verification would and waits until intake has taken it into the conversation state. */
    private void asked(EventType type, String complaintId, Object data, String column) {
        TestEvents.publish(prefix(), type, complaintId, data);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "select 1 from complaint_conversation where complaint_id = ?1 and " + column + " is not null")
                .setParameter(1, complaintId).getResultList().isEmpty()));
    }

    private void verificationAsked(String id) {
        asked(EventType.COMPLAINT_VERIFICATION_REQUESTED, id, new VerificationRequested(id, "V-" + id, "PHED",
                DisposalOutcome.RELIEF, "pipeline repaired", Instant.now()), "verification_requested_at");
    }

    private void closed(String id) {
        asked(EventType.COMPLAINT_CLOSED, id, new ComplaintClosed(id, "PHED", "RELIEF", Instant.now()), "closed_at");
    }

    @ParameterizedTest(name = "\"{0}\" is the {1} button")
    @CsvSource(delimiter = '|', value = {
            "haan theek ho gaya   | FIXED",
            "हाँ जी हो गया          | FIXED",
            "nahi hua abhi tak    | NOT_FIXED",
            "pta nhi              | DONT_KNOW"})
    void aTypedAnswerToIsItFixedIsTheButtonItStandsFor(String text, String answer) {
        String citizen = Webhooks.citizen();
        String id = file(citizen, "gaon me pipeline tooti hai pani nahi aa raha");
        verificationAsked(id);

        String wamid = followUp(citizen, text);
        CitizenReplied r = replied(wamid);
        assertThat(r.kind()).isEqualTo(CitizenReplied.ANSWER);
        assertThat(r.complaintId()).isEqualTo(id);
        assertThat(r.replyId()).isEqualTo(ReplyIds.verification(ReplyIds.VerificationAnswer.valueOf(answer), id));
        assertThat(complaintsOf(citizen)).isEqualTo(1);

        if (answer.equals("NOT_FIXED")) {
            // as after the tap: the reason verification asks for next is the next text, not a new complaint
            String reason = followUp(citizen, "pipeline wahi tooti padi hai koi nahi aaya");
            assertThat(replied(reason).kind()).isEqualTo(CitizenReplied.TEXT);
            assertThat(complaintsOf(citizen)).isEqualTo(1);
        }
    }

    @Test
    void aReplayedAnswerChangesNothing() {
        String citizen = Webhooks.citizen();
        String id = file(citizen, "handpump kharab hai pani nahi milta");
        verificationAsked(id);
        String wamid = Webhooks.wamid();
        String body = Webhooks.text(citizen, wamid, "haan ho gaya");
        Webhooks.post(body).statusCode(200);
        assertThat(replied(wamid).kind()).isEqualTo(CitizenReplied.ANSWER);
        Webhooks.post(body).statusCode(200).body("duplicates", org.hamcrest.Matchers.equalTo(1));
        // a later message's events come after any the replay would have written
        String barrier = followUp(citizen, "dhanyavad");
        file(Webhooks.citizen(), "barrier: nali band hai " + barrier);
        assertThat(TestEvents.events(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class).stream()
                .filter(e -> wamid.equals(e.data().messageId()))).hasSize(1);
        assertThat(complaintsOf(citizen)).isEqualTo(1);
    }

    @Test
    void haanWithoutAQuestionIsNotAnAnswer() {
        String citizen = Webhooks.citizen();
        String id = file(citizen, "gaon ki sadak tooti hai bahut gaddhe hai");
        String wamid = followUp(citizen, "haan");
        var asked = notices(citizen, CitizenNotice.ASK_NEW_OR_EXISTING, 1);
        assertThat(asked.get(0).data().relatedComplaintId()).isEqualTo(id);
        assertThat(TestEvents.events(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class).stream()
                .filter(e -> wamid.equals(e.data().messageId()))).isEmpty();
    }

    @Test
    void statusQuestionsAndRemindersAreAnsweredLikeTheStatusCommand() {
        String citizen = Webhooks.citizen();
        String id = file(citizen, "school me teacher roz der se aate hai");
        for (String text : List.of("kuch nahi hua 10 din ho gaye", "meri shikayat kahan tak pahunchi")) {
            CitizenReplied r = replied(followUp(citizen, text));
            assertThat(r.kind()).isEqualTo(CitizenReplied.COMMAND);
            assertThat(r.command()).isEqualTo("STATUS");
            assertThat(r.complaintId()).isEqualTo(id);
        }
        assertThat(complaintsOf(citizen)).isEqualTo(1);
    }

    @Test
    void anAdditionJoinsTheOpenComplaintAndNeverSomeoneElses() {
        String stranger = Webhooks.citizen();
        String strangers = file(stranger, "ration dealer ration nahi de raha");
        String citizen = Webhooks.citizen();
        String id = file(citizen, "gaon me handpump kharab hai");
        followUp(citizen, "aur ek baat, handpump school ke paas hai " + strangers);
        var added = notices(citizen, CitizenNotice.ADDED_TO_COMPLAINT, 1);
        assertThat(added.get(0).data().complaintId()).isEqualTo(id);
        assertThat(added.get(0).data().messageType()).isEqualTo("text");
        assertThat(partTexts(id)).hasSize(2).last().asString().startsWith("aur ek baat");
        assertThat(partTexts(strangers)).hasSize(1);
        assertThat(complaintsOf(citizen)).isEqualTo(1);
    }

    @Test
    void aTextWhileAComplaintAwaitsTranscriptionJoinsIt() {
        String citizen = Webhooks.citizen();
        String letter = Webhooks.fileImage(citizen, "letter-" + citizen, "c2hh", null);
        notices(citizen, CitizenNotice.AWAITING_TRANSCRIPTION, 1);
        followUp(citizen, "gaon me teen din se pani nahi aa raha hai sarpanch nahi sunta");
        var added = notices(citizen, CitizenNotice.ADDED_TO_COMPLAINT, 1);
        assertThat(added.get(0).data().complaintId()).isEqualTo(letter);
        assertThat(partTexts(letter)).hasSize(2);
        assertThat(complaintsOf(citizen)).isEqualTo(1);
    }

    @Test
    void aPhotoOrPinSoonAfterAComplaintJoinsItUnlessItsCaptionIsANewComplaint() {
        String citizen = Webhooks.citizen();
        String id = file(citizen, "nali band hai gandagi faili hai");
        Webhooks.post(Webhooks.image(citizen, Webhooks.wamid(), "photo-" + citizen, "c2hh", "ye dekhiye"))
                .statusCode(200).body("complaintIds.size()", org.hamcrest.Matchers.equalTo(0));
        Webhooks.post(Webhooks.location(citizen, Webhooks.wamid(), 25.1, 72.4))
                .statusCode(200).body("complaintIds.size()", org.hamcrest.Matchers.equalTo(0));
        var added = notices(citizen, CitizenNotice.ADDED_TO_COMPLAINT, 2);
        assertThat(added).extracting(e -> e.data().messageType()).containsExactlyInAnyOrder("image", "location");
        assertThat(partTexts(id)).hasSize(3);

        String captioned = Webhooks.fileImage(citizen, "other-" + citizen, "c2hh",
                "gaon ke school ki chhat toot gayi hai bachche bahar baithte hai");
        assertThat(captioned).isNotNull().isNotEqualTo(id);

        // long after the complaint, a photo is a matter of its own
        String later = Webhooks.citizen();
        String old = file(later, "bijli ka khamba tedha ho gaya hai");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update complaint set received_at = received_at - interval '3 days' where complaint_id = ?1")
                    .setParameter(1, old).executeUpdate();
            em.createNativeQuery("update complaint_part set received_at = received_at - interval '3 days' where complaint_id = ?1")
                    .setParameter(1, old).executeUpdate();
        });
        String photo = Webhooks.fileImage(later, "late-" + later, "c2hh", null);
        assertThat(photo).isNotNull().isNotEqualTo(old);
    }

    @Test
    void afterClosureATypedRatingAButtonAndARequestToReopenGoToVerification() {
        String citizen = Webhooks.citizen();
        String id = file(citizen, "transformer jal gaya hai gaon me light nahi");
        closed(id);

        CitizenReplied typed = replied(followUp(citizen, "4 star"));
        assertThat(typed.kind()).isEqualTo(CitizenReplied.RATING);
        assertThat(typed.rating()).isEqualTo(4);
        assertThat(typed.complaintId()).isEqualTo(id);

        String tap = Webhooks.wamid();
        Webhooks.post(Webhooks.buttonReply(citizen, tap, ReplyIds.rating(ReplyIds.Satisfaction.NOT_SATISFIED, id))).statusCode(200);
        CitizenReplied button = replied(tap);
        assertThat(button.kind()).isEqualTo(CitizenReplied.RATING);
        assertThat(button.rating()).isEqualTo(1);
        assertThat(button.replyId()).isEqualTo(ReplyIds.rating(ReplyIds.Satisfaction.NOT_SATISFIED, id));

        CitizenReplied reopen = replied(followUp(citizen, "phir se kholo, light abhi bhi nahi hai"));
        assertThat(reopen.kind()).isEqualTo(CitizenReplied.REOPEN_REQUEST);
        assertThat(reopen.complaintId()).isEqualTo(id);
        assertThat(complaintsOf(citizen)).isEqualTo(1);

        // someone else's rating button is nobody's answer
        String stranger = Webhooks.citizen();
        String strangerTap = Webhooks.wamid();
        Webhooks.post(Webhooks.buttonReply(stranger, strangerTap, ReplyIds.rating(ReplyIds.Satisfaction.SATISFIED, id))).statusCode(200);
        file(Webhooks.citizen(), "barrier: sadak tooti hai " + strangerTap);
        assertThat(TestEvents.events(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class).stream()
                .filter(e -> strangerTap.equals(e.data().messageId()))).isEmpty();
    }

    @Test
    void aReopenedComplaintNoLongerTakesARatingAndEventsCountOnce() {
        String citizen = Webhooks.citizen();
        String id = file(citizen, "nal se ganda pani aa raha hai");
        closed(id);
        var reopened = EventEnvelope.of(EventType.COMPLAINT_REOPENED, "test", id,
                new ComplaintReopened(id, "PHED", "citizen not satisfied", 2, Instant.now().plusSeconds(1)), Instant.now());
        String json = EventCodec.encode(reopened);
        TestEvents.publishRaw(prefix() + EventType.COMPLAINT_REOPENED.topic(), id, json);
        TestEvents.publishRaw(prefix() + EventType.COMPLAINT_REOPENED.topic(), id, json); // redelivered
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = ?1").setParameter(1, reopened.id()).getSingleResult()).longValue() == 1
                && !em.createNativeQuery("select 1 from complaint_conversation where complaint_id = ?1 and reopened_at is not null")
                .setParameter(1, id).getResultList().isEmpty()));
        // reopened: open again, nothing asked; a "4" now is no rating
        String wamid = followUp(citizen, "4");
        assertThat(notices(citizen, CitizenNotice.ASK_NEW_OR_EXISTING, 1).get(0).data().relatedComplaintId()).isEqualTo(id);
        assertThat(TestEvents.events(prefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class).stream()
                .filter(e -> wamid.equals(e.data().messageId()))).isEmpty();
    }

    @Test
    void anAmbiguousTextIsHeldAndTheTapFilesItOrAddsItToTheNamedComplaint() {
        String citizen = Webhooks.citizen();
        String id = file(citizen, "gaon ki naali band hai pani bhar gaya");
        followUp(citizen, "sir dekh lo");
        String about = notices(citizen, CitizenNotice.ASK_NEW_OR_EXISTING, 1).get(0).data().choiceToken();

        // a stranger cannot decide for the citizen
        Webhooks.post(Webhooks.buttonReply(Webhooks.citizen(), Webhooks.wamid(), ReplyIds.followUpNew(about))).statusCode(200);
        Webhooks.post(Webhooks.buttonReply(citizen, Webhooks.wamid(), ReplyIds.followUpAbout(id, about))).statusCode(200);
        assertThat(partTexts(id)).containsExactly("gaon ki naali band hai pani bhar gaya", "sir dekh lo");
        assertThat(notices(citizen, CitizenNotice.ADDED_TO_COMPLAINT, 1)).hasSize(1);
        // the first tap decided: tapping "new" afterwards files nothing
        Webhooks.post(Webhooks.buttonReply(citizen, Webhooks.wamid(), ReplyIds.followUpNew(about))).statusCode(200);
        assertThat(complaintsOf(citizen)).isEqualTo(1);

        followUp(citizen, "pani");
        String asNew = notices(citizen, CitizenNotice.ASK_NEW_OR_EXISTING, 2).stream().map(e -> e.data().choiceToken())
                .filter(t -> !t.equals(about)).findFirst().orElseThrow();
        Webhooks.post(Webhooks.buttonReply(citizen, Webhooks.wamid(), ReplyIds.followUpNew(asNew))).statusCode(200);
        var filed = TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> citizen.equals(e.data().citizenWaId()) && !id.equals(e.subject()), 1);
        assertThat(filed.get(0).data().text()).isEqualTo("pani");
        assertThat(complaintsOf(citizen)).isEqualTo(2);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetters() {
        String poison = "{\"not\":\"an event " + System.nanoTime() + "\"}";
        TestEvents.publishRaw(prefix() + EventType.COMPLAINT_CLOSED.topic(), "JAL-2026-999999", poison);
        await().atMost(Duration.ofSeconds(60)).until(() -> TestEvents.readAll(prefix() + "dead-letter.intake-service")
                .stream().anyMatch(r -> poison.equals(r.value())));
    }
}
