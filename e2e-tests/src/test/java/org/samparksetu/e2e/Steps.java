package org.samparksetu.e2e;

import org.samparksetu.contract.ReplyIds;
import org.samparksetu.simulators.sampark.Grievance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps several journeys start with: a complaint registered on Sampark, then the "is it fixed?" question. */
final class Steps {
    /**
     * Classified as drinking water (PHED) by routing: the officer account phed-officer may report on it. It names no
     * village on purpose: routing links complaints of one department at one place with similar words into a cluster
     * (and the citizen then hears the leader's progress), so journeys that share the system must not share a place.
     */
    static final String WATER_COMPLAINT = "तीन दिन से पानी नहीं आ रहा है, पाइपलाइन टूटी है";

    private Steps() {
    }

    record Registered(String complaintId, String grievanceId) {
    }

    /**
     * The citizen types a water complaint: message 1 is the acknowledgement with the number, message 2 says it is
     * registered on Sampark (once) with the grievance number.
     */
    static Registered registeredWaterComplaint(Citizen citizen, String text) {
        citizen.says(text);
        Map<String, Object> ack = citizen.awaitMessage(1);
        String complaintId = Whatsapp.complaintIdIn(ack).orElseThrow(
                () -> new AssertionError("the acknowledgement carries no complaint number: " + Whatsapp.textOf(ack)));
        assertThat(Whatsapp.isHindi(ack)).as("acknowledgement in Hindi: %s", Whatsapp.textOf(ack)).isTrue();
        Map<String, Object> registered = citizen.awaitMessage(2);
        List<Grievance> grievances = Records.samparkRegistrations(citizen.system, complaintId);
        assertThat(grievances).as("Sampark registrations of %s", complaintId).hasSize(1);
        String grievanceId = grievances.get(0).grievanceId();
        assertThat(Whatsapp.textOf(registered)).contains(complaintId).contains(grievanceId);
        return new Registered(complaintId, grievanceId);
    }

    /** The officer reports it fixed; message {@code n} asks the citizen with the three verification buttons. */
    static Map<String, Object> askedIfFixed(Citizen citizen, String complaintId, int n) {
        Operators.phedReportsFixed(citizen.system, complaintId, "पाइपलाइन की मरम्मत कर दी गई है");
        Map<String, Object> question = citizen.awaitMessage(n);
        assertThat(Whatsapp.buttonIds(question)).as("the verification question: %s", question).containsExactly(
                ReplyIds.verification(ReplyIds.VerificationAnswer.FIXED, complaintId),
                ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, complaintId),
                ReplyIds.verification(ReplyIds.VerificationAnswer.DONT_KNOW, complaintId));
        return question;
    }

    static String fixed(String complaintId) {
        return ReplyIds.verification(ReplyIds.VerificationAnswer.FIXED, complaintId);
    }
}
