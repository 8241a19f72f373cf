package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.ReplyIds;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.simulators.sampark.Grievance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2 of journeys.md: nothing the citizen types about an existing complaint becomes a new one. Status
 * questions and reminders are answered like STATUS, an addition is added to the complaint, typed answers to "is it
 * fixed?" act as the buttons would, and only a truly ambiguous text is asked about (two buttons) before anything
 * is filed. Each case is a citizen of its own with one complaint registered on Sampark.
 */
class TypedFollowUpsIT {

    @Test
    void statusQuestionsRemindersAndAnAdditionAreAnsweredAndFileNothing() {
        Citizen citizen = Citizen.next("Bhanwar Lal");
        Steps.Registered complaint = Steps.registeredWaterComplaint(citizen, Steps.WATER_COMPLAINT);
        String id = complaint.complaintId();

        // a reminder before the department has answered
        citizen.says("kuch nahi hua abhi tak");
        assertStatusReply(citizen, 3, id);

        // the department reports; the question is asked; status questions while it is open are still status questions
        Steps.askedIfFixed(citizen, id, 4);
        citizen.says(id + " ka kya hua");
        assertStatusReply(citizen, 5, id);
        citizen.says("kab hoga");
        assertStatusReply(citizen, 6, id);

        // an addition joins the complaint
        citizen.says("aur ek baat, naali bhi band hai");
        Map<String, Object> added = citizen.awaitMessage(7);
        assertThat(Whatsapp.complaintIdsIn(added)).as("'added to': %s", Whatsapp.textOf(added)).containsExactly(id);
        assertThat(Whatsapp.isHindi(added)).isTrue();
        citizen.receivesNothingBeyond(7);

        assertThat(Records.noticeKindsTo(citizen)).as("intake's notices")
                .containsExactly(CitizenNotice.ACKNOWLEDGED, CitizenNotice.ADDED_TO_COMPLAINT);
        assertThat(Records.noticesTo(citizen).get(1).path("complaintId").asText()).isEqualTo(id);
        assertThat(Records.query("intake-service",
                "select text from complaint_part where complaint_id = ? and text like '%naali%'", id)).hasSize(1);
        assertThat(Records.repliesFrom(citizen)).as("citizen.replied: three STATUS commands")
                .filteredOn(r -> CitizenReplied.COMMAND.equals(r.path("kind").asText())
                        && "STATUS".equals(r.path("command").asText()))
                .hasSize(3);
        assertNothingNewFiled(citizen, id);
        // none of it answered the question: still waiting for the citizen
        assertThat(Records.query("verification-service",
                "select state, citizen_answer from verification where complaint_id = ?", id))
                .containsExactly(mapOf("state", "AWAITING_CITIZEN", "citizen_answer", null));
    }

    @Test
    void aTypedYesClosesTheComplaintLikeTheTap() {
        Citizen citizen = Citizen.next("Dhapu Devi");
        Steps.Registered complaint = Steps.registeredWaterComplaint(citizen, Steps.WATER_COMPLAINT);
        String id = complaint.complaintId();
        Steps.askedIfFixed(citizen, id, 3);

        citizen.says("haan ho gaya");
        Map<String, Object> closed = citizen.awaitMessage(4);
        assertThat(Whatsapp.complaintIdsIn(closed)).containsExactly(id);
        citizen.receivesNothingBeyond(4);

        assertTypedAnswer(citizen, ReplyIds.verification(ReplyIds.VerificationAnswer.FIXED, id));
        assertThat(Records.query("verification-service",
                "select state, citizen_answer from verification where complaint_id = ?", id))
                .containsExactly(Map.of("state", "CONFIRMED", "citizen_answer", "FIXED"));
        assertThat(Records.query("verification-service", "select state from tracked_complaint where complaint_id = ?", id))
                .containsExactly(Map.of("state", "CLOSED"));
        assertThat(Records.messagesRecordedFor(citizen)).last().isEqualTo("complaint.closed:SENT");
        assertNothingNewFiled(citizen, id);
    }

    @Test
    void aTypedNoAnswersTheQuestionAsTheNotFixedButtonWould() {
        Citizen citizen = Citizen.next("Mangi Lal");
        Steps.Registered complaint = Steps.registeredWaterComplaint(citizen, Steps.WATER_COMPLAINT);
        String id = complaint.complaintId();
        Steps.askedIfFixed(citizen, id, 3);

        citizen.says("nahi hua");
        // as after the tap: asked why (one message, about this complaint and no other), and a verifier is sent
        Map<String, Object> why = citizen.awaitMessage(4);
        assertThat(Whatsapp.complaintIdsIn(why)).as(Whatsapp.textOf(why)).containsExactly(id);
        citizen.receivesNothingBeyond(4);

        assertTypedAnswer(citizen, ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, id));
        assertThat(Records.query("verification-service",
                "select state, citizen_answer from verification where complaint_id = ?", id))
                .containsExactly(Map.of("state", "FIELD_CHECK_PENDING", "citizen_answer", "NOT_FIXED"));
        assertThat(Records.query("verification-service", "select reason from field_check where complaint_id = ?", id))
                .containsExactly(Map.of("reason", "CITIZEN_NOT_FIXED"));
        // the verifier decides: nothing is reopened on the citizen's word, and nothing new is filed or registered
        assertThat(Records.eventsFrom("verification-service", id)).contains("complaint.reason-requested")
                .doesNotContain("complaint.reopened");
        assertThat(Records.messagesRecordedFor(citizen)).last().isEqualTo("complaint.reason-requested:SENT");
        assertThat(citizen.complaintIds()).containsExactly(id);
        assertThat(Records.samparkRegistrationsFrom(citizen)).extracting(Grievance::reference).containsExactly(id);
    }

    @Test
    void aTypedDontKnowAnswersTheQuestionAsTheButtonWould() {
        Citizen citizen = Citizen.next("Ganesh Ram");
        Steps.Registered complaint = Steps.registeredWaterComplaint(citizen, Steps.WATER_COMPLAINT);
        String id = complaint.complaintId();
        Steps.askedIfFixed(citizen, id, 3);

        citizen.says("pata nahi");
        assertTypedAnswerArrives(citizen, ReplyIds.verification(ReplyIds.VerificationAnswer.DONT_KNOW, id));
        org.awaitility.Awaitility.await("verification records 'don't know'").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> Records.query("verification-service",
                        "select state, citizen_answer from verification where complaint_id = ?", id)
                        .equals(List.of(Map.of("state", "FIELD_CHECK_PENDING", "citizen_answer", "DONT_KNOW"))));
        // someone goes to look; whatever the citizen is told names this complaint and no new one
        assertThat(Records.query("verification-service", "select count(*) as n from field_check where complaint_id = ?", id))
                .containsExactly(Map.of("n", 1L));
        int total = citizen.messages().size();
        citizen.receivesNothingBeyond(total);
        assertThat(total).as("at most one message answers 'pata nahi'").isBetween(3, 4);
        citizen.messages().subList(3, total).forEach(m -> assertThat(Whatsapp.complaintIdsIn(m)).containsExactly(id));
        assertNothingNewFiled(citizen, id);
    }

    @Test
    void aTrulyAmbiguousTextIsAskedAboutAndATapOnNewComplaintFilesIt() {
        Citizen citizen = Citizen.next("Sohan Singh");
        Steps.Registered complaint = Steps.registeredWaterComplaint(citizen, Steps.WATER_COMPLAINT);
        String id = complaint.complaintId();

        // the same subject as the open complaint (water), short, nothing that says "about it" or "another one"
        String ambiguous = "हैंडपंप खराब है";
        citizen.says(ambiguous);
        Map<String, Object> question = citizen.awaitMessage(3);
        assertThat(Whatsapp.typeOf(question)).isEqualTo("interactive");
        assertThat(Whatsapp.textOf(question)).contains(id);
        assertThat(Whatsapp.isHindi(question)).isTrue();
        List<String> buttons = Whatsapp.buttonIds(question);
        assertThat(buttons).hasSize(2);
        var choices = buttons.stream().map(b -> ReplyIds.parseFollowUp(b)
                .orElseThrow(() -> new AssertionError("not a follow-up button: " + b))).toList();
        assertThat(choices).extracting(ReplyIds.FollowUpChoice::newComplaint).containsExactlyInAnyOrder(true, false);
        String token = choices.get(0).token();
        assertThat(choices).allSatisfy(c -> assertThat(c.token()).isEqualTo(token));
        assertThat(choices).filteredOn(c -> !c.newComplaint()).extracting(ReplyIds.FollowUpChoice::complaintId).containsExactly(id);
        JsonNode asked = Records.noticesTo(citizen).get(1);
        assertThat(asked.path("kind").asText()).isEqualTo(CitizenNotice.ASK_NEW_OR_EXISTING);
        assertThat(asked.path("relatedComplaintId").asText()).isEqualTo(id);
        assertThat(asked.path("choiceToken").asText()).isEqualTo(token);
        // nothing is filed until the citizen says
        citizen.receivesNothingBeyond(3);
        assertThat(citizen.complaintIds()).containsExactly(id);

        citizen.taps(ReplyIds.followUpNew(token), "नई शिकायत");
        Map<String, Object> ack = citizen.awaitMessage(4);
        String newId = Whatsapp.complaintIdIn(ack).orElseThrow(() -> new AssertionError("no number: " + Whatsapp.textOf(ack)));
        assertThat(newId).isNotEqualTo(id);
        Map<String, Object> registered = citizen.awaitMessage(5);
        List<Grievance> grievances = Records.samparkRegistrations(newId);
        assertThat(grievances).hasSize(1);
        assertThat(Whatsapp.textOf(registered)).contains(newId).contains(grievances.get(0).grievanceId());
        citizen.receivesNothingBeyond(5);

        assertThat(citizen.complaintIds()).containsExactly(id, newId);
        assertThat(Records.query("intake-service", "select text from complaint where complaint_id = ?", newId))
                .containsExactly(Map.of("text", ambiguous));
        assertThat(Records.samparkRegistrationsFrom(citizen)).extracting(Grievance::reference).containsExactlyInAnyOrder(id, newId);
        assertThat(Records.eventsFrom("intake-service", newId)).filteredOn("complaint.received"::equals).hasSize(1);
    }

    /** Message {@code n} answers like STATUS: it names the complaint, in Hindi, and nothing new was filed. */
    private static void assertStatusReply(Citizen citizen, int n, String complaintId) {
        Map<String, Object> reply = citizen.awaitMessage(n);
        assertThat(Whatsapp.complaintIdsIn(reply)).as("status reply %d: %s", n, Whatsapp.textOf(reply)).containsExactly(complaintId);
        assertThat(Whatsapp.isHindi(reply)).isTrue();
        assertThat(Records.messagesRecordedFor(citizen).get(n - 1)).isEqualTo("citizen.replied:SENT");
        assertNothingNewFiled(citizen, complaintId);
    }

    private static void assertNothingNewFiled(Citizen citizen, String complaintId) {
        assertThat(citizen.complaintIds()).as("complaints in intake").containsExactly(complaintId);
        assertThat(Records.samparkRegistrationsFrom(citizen)).as("Sampark registrations")
                .extracting(Grievance::reference).containsExactly(complaintId);
        assertThat(Records.eventsFrom("intake-service", complaintId)).filteredOn("complaint.received"::equals).hasSize(1);
    }

    /** The typed answer went to verification as the button it stands for (citizen.replied ANSWER). */
    private static void assertTypedAnswer(Citizen citizen, String replyId) {
        assertThat(Records.repliesFrom(citizen)).filteredOn(r -> CitizenReplied.ANSWER.equals(r.path("kind").asText()))
                .extracting(r -> r.path("replyId").asText()).containsExactly(replyId);
    }

    private static void assertTypedAnswerArrives(Citizen citizen, String replyId) {
        org.awaitility.Awaitility.await("citizen.replied ANSWER " + replyId).atMost(Citizen.MESSAGE_WAIT)
                .untilAsserted(() -> assertTypedAnswer(citizen, replyId));
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
