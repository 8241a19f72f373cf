package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interim relief: the department gives some relief now and names the date the rest will be done by. The citizen is
 * told why and by when, and is NOT asked "is it fixed?"; the complaint stays open with the department, its clock at the
 * end of that day in the district, and nothing closes. When the department later reports the work done, the citizen
 * is asked.
 */
class InterimReliefKeptOpenIT {
    /** Isrol is a village of Chitalwana tehsil (LGD); no other journey names it. */
    private static final String TEXT = "गांव इसरोल में पीने का पानी नहीं आ रहा है, टंकी सूखी पड़ी है और हैंडपंप भी खराब है";
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Kolkata");
    private static final String REASON = "नई पाइपलाइन बिछाई जा रही है, तब तक रोज़ टैंकर से पानी दिया जा रहा है";

    @Test
    void interimReliefKeepsTheComplaintOpenToItsDateAndOnlyTheFinalReportAsksTheCitizen() {
        Citizen citizen = Citizen.next("Kamla");
        Steps.Registered complaint = Steps.registeredWaterComplaint(citizen, TEXT);
        String id = complaint.complaintId();
        assertThat(Records.samparkRegistrations(id).get(0).department()).isEqualTo("PHED");

        // the department: interim relief, the rest by a date ten days ahead
        LocalDate by = LocalDate.now(DISTRICT).plusDays(10);
        Officers.fileReport("PHED", id, "INTERIM_RELIEF", REASON, by.toString()).then().statusCode(201);

        // 3: the reason and the date, day first as a villager reads it; no buttons, no question
        Map<String, Object> interim = citizen.awaitMessage(3);
        assertThat(Whatsapp.complaintIdsIn(interim)).as(Whatsapp.textOf(interim)).containsExactly(id);
        assertThat(Whatsapp.textOf(interim)).contains(REASON)
                .contains(by.format(DateTimeFormatter.ofPattern("dd-MM-uuuu")))
                .as("the date is said once, as a villager writes it").doesNotContain(by.toString());
        assertThat(Whatsapp.isHindi(interim)).isTrue();
        assertThat(Whatsapp.buttonIds(interim)).as("interim relief asks nothing").isEmpty();
        citizen.receivesNothingBeyond(3);
        assertThat(Records.messagesRecordedFor(citizen).get(2)).isEqualTo("complaint.verification-requested:SENT");

        // verification: an INTERIM request only, the complaint with the department until the end of that day
        List<JsonNode> requested = Records.eventData("verification-service", id, "complaint.verification-requested");
        assertThat(requested).extracting(r -> r.path("kind").asText()).containsExactly("INTERIM");
        assertThat(Records.eventsFrom("verification-service", id))
                .doesNotContain("complaint.closed", "complaint.verified", "complaint.escalated");
        JsonPath view = Officers.verificationView(id);
        assertThat(view.getString("state")).isEqualTo("REGISTERED");
        assertThat(view.getInt("escalationLevel")).isEqualTo(1);
        assertThat(view.getString("interimExpectedBy")).isEqualTo(by.toString());
        assertThat(view.getString("interimReason")).contains(REASON);
        assertThat(Instant.parse(view.getString("dueAt")))
                .as("held to the whole of %s in the district", by)
                .isEqualTo(by.plusDays(1).atStartOfDay(DISTRICT).toInstant());
        assertThat(view.getString("closedAt")).isNull();
        assertThat(Records.query("verification-service",
                "select state from verification where complaint_id = ?", id))
                .containsExactly(Map.of("state", "INTERIM"));

        // later the department reports the work done: 4 asks the citizen with the three buttons
        Steps.askedIfFixed(citizen, id, 4);
        citizen.receivesNothingBeyond(4);
        assertThat(Records.eventData("verification-service", id, "complaint.verification-requested"))
                .extracting(r -> r.path("kind").asText()).containsExactly("INTERIM", "REQUEST");
        assertThat(Officers.verificationView(id).getString("state")).isEqualTo("VERIFYING");
        assertThat(Records.query("sampark-bridge",
                "select outcome from action_report where complaint_id = ? order by reported_at", id))
                .extracting(r -> r.get("outcome")).containsExactly("INTERIM_RELIEF", "RELIEF");
        Records.awaitOutboxesDrained();
    }
}
