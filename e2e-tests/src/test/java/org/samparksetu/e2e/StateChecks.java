package org.samparksetu.e2e;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What each service's own database must say about a complaint that went all the way to CLOSED. */
final class StateChecks {
    private StateChecks() {
    }

    static void assertClosedEverywhere(String complaintId, String grievanceId, Citizen citizen) {
        // intake: one complaint from this citizen, and the citizen's button reply kept as an inbound message
        List<Map<String, Object>> complaints = Records.query(citizen.system, "intake-service",
                "select complaint_id, status, language from complaint where citizen_wa_id = ?", citizen.waId);
        assertThat(complaints).hasSize(1);
        assertThat(complaints.get(0)).containsEntry("complaint_id", complaintId).containsEntry("language", "hi");
        assertThat(Records.query(citizen.system, "intake-service", "select wamid from inbound_message where citizen_id = ?", citizen.waId))
                .hasSize(2);

        // routing: sent to drinking water by the classifier
        assertThat(Records.query(citizen.system, "routing-service",
                "select outcome, department_code from routing_decision where complaint_id = ?", complaintId))
                .containsExactly(Map.of("outcome", "ROUTED", "department_code", "PHED"));

        // sampark-bridge: registered once, with the grievance ID the portal gave, and the officer's report
        assertThat(Records.query(citizen.system, "sampark-bridge",
                "select state, grievance_id from registration where complaint_id = ?", complaintId))
                .containsExactly(Map.of("state", "REGISTERED", "grievance_id", grievanceId));
        assertThat(Records.query(citizen.system, "sampark-bridge",
                "select outcome from action_report where complaint_id = ?", complaintId))
                .containsExactly(Map.of("outcome", "RELIEF"));

        // verification: the citizen confirmed, the complaint is closed
        assertThat(Records.query(citizen.system, "verification-service",
                "select state, grievance_id from tracked_complaint where complaint_id = ?", complaintId))
                .containsExactly(Map.of("state", "CLOSED", "grievance_id", grievanceId));
        assertThat(Records.query(citizen.system, "verification-service",
                "select state, citizen_answer from verification where complaint_id = ?", complaintId))
                .containsExactly(Map.of("state", "CONFIRMED", "citizen_answer", "FIXED"));

        // notification: four messages to the citizen, all sent, in this order; the acknowledgement is intake's notice,
        // sent as the complaint opened (complaint.received says it was acknowledged: no second one). The officer's
        // notice about the same complaint goes to the officer's number and is not the citizen's.
        assertThat(Records.query(citizen.system, "notification-service",
                "select cause_type, state from outgoing_message where complaint_id = ? and recipient = ? order by sent_at",
                complaintId, citizen.waId))
                .extracting(r -> r.get("cause_type") + ":" + r.get("state"))
                .containsExactly("citizen.notice:SENT", "complaint.registered:SENT",
                        "complaint.verification-requested:SENT", "complaint.closed:SENT");

        // every service published everything it wrote
        Records.awaitOutboxesDrained(citizen.system);
    }
}
