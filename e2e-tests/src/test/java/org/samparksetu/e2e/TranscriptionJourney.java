package org.samparksetu.e2e;

import org.junit.jupiter.api.Test;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.simulators.sampark.Grievance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 3 of journeys.md, for a photographed letter and for a voice note: what a person must read or hear goes
 * to transcription, not to Sampark; the citizen is told once, in words that do not make them start again; what
 * they write afterwards joins the waiting complaint; the operator's transcription (with the mobile number written
 * in the letter) is what Sampark registers, and the media stays attached.
 */
abstract class TranscriptionJourney {

    /** The citizen sends the letter or voice note (the complaint's first message). */
    abstract Citizen.Media sendsTheComplaint(Citizen citizen);

    abstract String partType();

    @Test
    void itIsTranscribedByAPersonAndRegisteredWithTheTranscribedTextAndTheNumberInIt() {
        Citizen citizen = Citizen.next("Pushpa");
        Citizen.Media media = sendsTheComplaint(citizen);

        // the number at once, then (once the complaint is complete) that a person will read it: told once
        Map<String, Object> ack = citizen.awaitMessage(1);
        String id = Whatsapp.complaintIdIn(ack).orElseThrow(() -> new AssertionError("no number: " + Whatsapp.textOf(ack)));
        Map<String, Object> waiting = citizen.awaitMessage(2);
        assertThat(Whatsapp.complaintIdsIn(waiting)).as("awaiting transcription: %s", Whatsapp.textOf(waiting)).containsExactly(id);
        assertThat(Whatsapp.isHindi(waiting)).isTrue();
        citizen.receivesNothingBeyond(2);
        assertThat(Records.noticeKindsTo(citizen))
                .containsExactly(CitizenNotice.ACKNOWLEDGED, CitizenNotice.AWAITING_TRANSCRIPTION);
        assertThat(Records.query("intake-service", "select status from complaint where complaint_id = ?", id))
                .containsExactly(Map.of("status", "AWAITING_TRANSCRIPTION"));
        assertThat(Operators.transcriptionQueue()).extracting(c -> c.get("complaintId")).contains(id);
        assertThat(Records.samparkRegistrationsFrom(citizen)).as("nothing registered before a person read it").isEmpty();

        // what the citizen writes while it waits joins it (and is not a second complaint)
        citizen.says("कृपया जल्दी कार्यवाही करें, बहुत परेशानी है");
        Map<String, Object> added = citizen.awaitMessage(3);
        assertThat(Whatsapp.complaintIdsIn(added)).as("added to: %s", Whatsapp.textOf(added)).containsExactly(id);
        citizen.receivesNothingBeyond(3);
        assertThat(citizen.complaintIds()).containsExactly(id);
        assertThat(Records.query("intake-service", "select message_type from complaint_part where complaint_id = ? order by id", id))
                .extracting(r -> r.get("message_type")).containsExactly(partType(), "text");
        assertThat(Records.query("intake-service", "select status from complaint where complaint_id = ?", id))
                .containsExactly(Map.of("status", "AWAITING_TRANSCRIPTION"));
        assertThat(Records.samparkRegistrationsFrom(citizen)).isEmpty();

        // the grievance cell reads it and types it in, with the mobile number the letter gives
        String mobile = Citizen.otherMobile();
        // no village named: the photo and the voice-note journeys run side by side and must not form a cluster
        String transcribed = "सेवा में श्रीमान जिला कलेक्टर महोदय, हमारे मोहल्ले का सरकारी हैंडपंप दो सप्ताह से खराब है, "
                + "पीने का पानी नहीं है। कृपया मरम्मत करवाएं। प्रार्थी पुष्पा देवी, मोबाइल " + mobile;
        Operators.transcribe(id, transcribed, null);

        await("registration of " + id).atMost(Citizen.MESSAGE_WAIT).until(() -> !Records.samparkRegistrations(id).isEmpty());
        Grievance grievance = Records.samparkRegistrations(id).get(0);
        Map<String, Object> registered = citizen.awaitMessage(4);
        assertThat(Whatsapp.textOf(registered)).contains(id).contains(grievance.grievanceId());
        citizen.receivesNothingBeyond(4);

        // Sampark has the person's words and the number from the letter, once
        assertThat(Records.samparkRegistrationsFrom(citizen)).hasSize(1);
        assertThat(Records.samparkRegistrations(id)).hasSize(1);
        assertThat(grievance.description()).contains("हैंडपंप दो सप्ताह से खराब है");
        assertThat(grievance.contactNumber()).as("contact number on Sampark").isNotNull();
        assertThat(grievance.contactNumber().replaceAll("\\D", "")).endsWith(mobile);

        // intake: transcribed by the operator, the number extracted, the media still attached and stored
        var row = Records.query("intake-service",
                "select status, transcribed_by, contact_number from complaint where complaint_id = ?", id);
        assertThat(row).hasSize(1);
        assertThat(row.get(0)).containsEntry("status", "RECEIVED").containsEntry("transcribed_by", "operator");
        assertThat(((String) row.get(0).get("contact_number")).replaceAll("\\D", "")).endsWith(mobile);
        assertThat(Records.query("intake-service",
                "select media_sha256 from complaint_part where complaint_id = ? and message_type = ?", id, partType()))
                .containsExactly(Map.of("media_sha256", media.sha256Hex()));
        assertThat(Operators.storedMedia(media.sha256Hex())).isNotEmpty();
        assertThat(Records.eventsFrom("intake-service", id)).filteredOn("complaint.received"::equals).hasSize(1);
        assertThat(Records.eventData("intake-service", id, "complaint.received").get(0).path("acknowledged").asBoolean())
                .as("complaint.received.acknowledged: no second acknowledgement").isTrue();

        // routed once; the bridge keeps the media for the portal's attachments
        assertThat(Records.eventsFrom("routing-service", id)).filteredOn("complaint.routed"::equals).hasSize(1);
        var registration = Records.query("sampark-bridge",
                "select state, grievance_id, contact_number, media_ids from registration where complaint_id = ?", id);
        assertThat(registration).hasSize(1);
        assertThat(registration.get(0)).containsEntry("state", "REGISTERED").containsEntry("grievance_id", grievance.grievanceId());
        assertThat((String) registration.get(0).get("media_ids")).contains(media.sha256Hex());

        // notification: the number, the wait, the addition, the registration; nothing else, all sent
        assertThat(Records.messagesRecordedFor(citizen)).containsExactly("citizen.notice:SENT", "citizen.notice:SENT",
                "citizen.notice:SENT", "complaint.registered:SENT");
        Records.awaitOutboxesDrained();
    }
}
