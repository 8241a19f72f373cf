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
import org.samparksetu.contract.events.ComplaintWithdrawn;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.intake.testsupport.StoredComplaints;
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

    /**
     * Files a complaint and checks it was received. Commands read intake's own database, so the test need not wait
     * for complaint.received to reach the broker.
     */
    private static String file(String citizen, String text) {
        String id = Webhooks.fileText(citizen, text);
        assertThat(StoredComplaints.complaint(id).status).as("filed: " + text).isEqualTo(Complaint.Status.RECEIVED);
        return id;
    }

    /** A citizen with two complaints of their own and a stranger with one, filed and received. */
    private record TwoNumbers(String citizen, String first, String second, String strangers) {
        static TwoNumbers file(String lang, String first, String second, String strangers) {
            String citizen = Webhooks.citizen();
            String stranger = Webhooks.citizen();
            return new TwoNumbers(citizen, CitizenCommandFlowTest.file(citizen, first + " " + lang),
                    CitizenCommandFlowTest.file(citizen, second + " " + lang),
                    CitizenCommandFlowTest.file(stranger, strangers + " " + lang));
        }
    }

    /** Sends the command and checks the one citizen.replied it produced: which command, about which complaint. */
    private static CitizenReplied command(String citizen, String text, String expected, String aboutComplaint) {
        CitizenReplied r = command(citizen, text);
        assertThat(r.command()).isEqualTo(expected);
        assertThat(r.complaintId()).isEqualTo(aboutComplaint);
        return r;
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
        var n = TwoNumbers.file(lang, "gaon me pani nahi aa raha", "bijli ka transformer jal gaya", "sadak tooti hui hai");
        String citizen = n.citizen();

        assertThat(command(citizen, statusById.formatted(n.first()), "STATUS", n.first()).language()).isEqualTo(language);
        command(citizen, statusLatest, "STATUS", n.second());
        // Someone else's complaint ID is never confirmed to this number.
        command(citizen, statusById.formatted(n.strangers()), "STATUS", null);
        assertThat(command(citizen, list, "LIST", null).language()).isEqualTo(language);
        assertThat(command(citizen, help, "HELP", null).language()).isEqualTo(language);

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
        var n = TwoNumbers.file(lang, "school me teacher nahi aate", "hand pump kharab hai", "nali band hai");
        String citizen = n.citizen();
        String first = n.first();
        String second = n.second();
        String strangers = n.strangers();

        assertThat(command(citizen, byId.formatted(first), "WITHDRAW", first).language()).isEqualTo(language);
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
        command(citizen, byId.formatted(first), "WITHDRAW", first);
        assertThat(TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_WITHDRAWN,
                ComplaintWithdrawn.class).stream().filter(e -> first.equals(e.subject()))).hasSize(1);

        // Without an ID: the latest one still open.
        command(citizen, latest, "WITHDRAW", second);
        assertThat(status(second)).isEqualTo(Complaint.Status.WITHDRAWN);
        assertThat(withdrawals(second, 1)).hasSize(1);

        // Another number's complaint cannot be withdrawn.
        command(citizen, byId.formatted(strangers), "WITHDRAW", null);
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
