package org.samparksetu.intake.command;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command in Hindi, Hinglish and English, end to end: webhook in, {@code citizen.replied} kind COMMAND out,
 * naming only complaints filed from the same number.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class CitizenCommandFlowTest {

    @Inject
    ComplaintRepository complaints;

    private static String file(String citizen, String text) {
        String id = Webhooks.post(Webhooks.text(citizen, Webhooks.wamid(), text)).statusCode(200)
                .extract().path("complaintIds[0]");
        TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> id.equals(e.subject()), 1);
        return id;
    }

    /** Sends the command and returns the one citizen.replied it produced. */
    private static CitizenReplied command(String citizen, String text) {
        String wamid = Webhooks.wamid();
        Webhooks.post(Webhooks.text(citizen, wamid, text)).statusCode(200);
        var events = TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.CITIZEN_REPLIED,
                CitizenReplied.class, e -> wamid.equals(e.data().messageId()), 1);
        assertThat(events).hasSize(1);
        EventEnvelope<CitizenReplied> e = events.get(0);
        assertThat(e.data().kind()).isEqualTo("COMMAND");
        assertThat(e.data().citizenWaId()).isEqualTo(citizen);
        return e.data();
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "en | status %s          | status          | list my complaints | help    | en",
            "hinglish | %s ki sthiti | sthiti          | meri shikayatein   | madad   | hi",
            "hi | %s की स्थिति         | स्थिति           | मेरी शिकायतें        | मदद      | hi"})
    void statusListAndHelpAnswerOnlyForTheSameNumber(String lang, String statusById, String statusLatest, String list,
                                                      String help, String language) {
        String citizen = Webhooks.citizen();
        String stranger = Webhooks.citizen();
        String first = file(citizen, "gaon me pani nahi aa raha " + lang);
        String latest = file(citizen, "bijli ka transformer jal gaya " + lang);
        String strangers = file(stranger, "sadak tooti hui hai " + lang);

        CitizenReplied byId = command(citizen, statusById.formatted(first));
        assertThat(byId.command()).isEqualTo("STATUS");
        assertThat(byId.complaintId()).isEqualTo(first);
        assertThat(byId.language()).isEqualTo(language);

        CitizenReplied noId = command(citizen, statusLatest);
        assertThat(noId.command()).isEqualTo("STATUS");
        assertThat(noId.complaintId()).isEqualTo(latest);

        // Someone else's complaint ID is never confirmed to this number.
        CitizenReplied other = command(citizen, statusById.formatted(strangers));
        assertThat(other.command()).isEqualTo("STATUS");
        assertThat(other.complaintId()).isNull();

        CitizenReplied listed = command(citizen, list);
        assertThat(listed.command()).isEqualTo("LIST");
        assertThat(listed.complaintId()).isNull();
        assertThat(listed.language()).isEqualTo(language);

        CitizenReplied helped = command(citizen, help);
        assertThat(helped.command()).isEqualTo("HELP");
        assertThat(helped.language()).isEqualTo(language);

        // A command is not a complaint.
        long filed = QuarkusTransaction.requiringNew().call(() -> complaints.count("citizenWaId", citizen));
        assertThat(filed).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en       | withdraw %s            | withdraw my complaint | en",
            "hinglish | shikayat wapas lo %s   | wapas                 | hi",
            "hi       | शिकायत वापस लें %s      | मेरी शिकायत वापस लो     | hi"})
    void withdrawMarksOnlyTheCitizensOwnComplaintWithdrawn(String lang, String byId, String latest, String language) {
        String citizen = Webhooks.citizen();
        String stranger = Webhooks.citizen();
        String first = file(citizen, "school me teacher nahi aate " + lang);
        String second = file(citizen, "hand pump kharab hai " + lang);
        String strangers = file(stranger, "nali band hai " + lang);

        CitizenReplied w = command(citizen, byId.formatted(first));
        assertThat(w.command()).isEqualTo("WITHDRAW");
        assertThat(w.complaintId()).isEqualTo(first);
        assertThat(w.language()).isEqualTo(language);
        assertThat(status(first)).isEqualTo(Complaint.Status.WITHDRAWN);
        assertThat(status(second)).isEqualTo(Complaint.Status.RECEIVED);
        // Downstream hears of it once, from the same transaction as the status change.
        var withdrawn = withdrawals(first, 1);
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.get(0).data().withdrawnBy()).isEqualTo("CITIZEN");
        assertThat(withdrawn.get(0).data().withdrawnAt()).isNotNull();

        // A second WITHDRAW of the same complaint keeps the reply but changes nothing: no second event. Its
        // citizen.replied is written after any withdrawal in the same outbox, so once the reply is out, a
        // (wrong) second withdrawal would be out too.
        CitizenReplied again = command(citizen, byId.formatted(first));
        assertThat(again.complaintId()).isEqualTo(first);
        assertThat(TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_WITHDRAWN,
                ComplaintWithdrawn.class).stream().filter(e -> first.equals(e.subject()))).hasSize(1);

        // Without an ID: the latest one still open.
        CitizenReplied w2 = command(citizen, latest);
        assertThat(w2.complaintId()).isEqualTo(second);
        assertThat(status(second)).isEqualTo(Complaint.Status.WITHDRAWN);
        assertThat(withdrawals(second, 1)).hasSize(1);

        // Another number's complaint cannot be withdrawn.
        CitizenReplied w3 = command(citizen, byId.formatted(strangers));
        assertThat(w3.complaintId()).isNull();
        assertThat(status(strangers)).isEqualTo(Complaint.Status.RECEIVED);
        assertThat(TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_WITHDRAWN,
                ComplaintWithdrawn.class).stream().filter(e -> strangers.equals(e.subject()))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aReplayedWithdrawWebhookEmitsNothingMore() {
        String citizen = Webhooks.citizen();
        String id = file(citizen, "nal se ganda pani aa raha hai replay");
        String wamid = Webhooks.wamid();
        String body = Webhooks.text(citizen, wamid, "withdraw " + id);
        Webhooks.post(body).statusCode(200);
        assertThat(withdrawals(id, 1)).hasSize(1);

        Webhooks.post(body).statusCode(200); // Meta redelivers the same message
        // the replay is recognised by its wamid: still exactly one reply and one withdrawal once a later command is out
        command(citizen, "status " + id);
        assertThat(TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.CITIZEN_REPLIED, CitizenReplied.class)
                .stream().filter(e -> wamid.equals(e.data().messageId()))).hasSize(1);
        assertThat(TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_WITHDRAWN,
                ComplaintWithdrawn.class).stream().filter(e -> id.equals(e.subject()))).hasSize(1);
    }

    private static java.util.List<EventEnvelope<ComplaintWithdrawn>> withdrawals(String complaintId, int atLeast) {
        return TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_WITHDRAWN,
                ComplaintWithdrawn.class, e -> complaintId.equals(e.subject()), atLeast);
    }

    private Complaint.Status status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> complaints.findById(id).status);
    }
}
