package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.testing.system.SystemUnderTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nobody acts on a complaint: it climbs L1 → L2 → L3 on the department's clock and stops there (L4 is the
 * collector's decision, never the clock's). Every step is heard by whoever must hear it: the L1 officer of the
 * village's tehsil (new complaint, deadline approaching), the district's L2 and L3 officers (escalated to them), the
 * department's own system on its topic, and the citizen. The department is FOREST, whose clock the end-to-end system
 * runs in seconds ({@link SystemUnderTest#FAST_CLOCK_DEPARTMENT}); no other journey files with it.
 */
class OverdueComplaintClimbsLevelsIT {
    /** Jalberi is a village of Chitalwana tehsil (LGD); no other journey names it. */
    private static final String TEXT = "गांव जालबेरी में जंगल के पेड़ अवैध रूप से काटे जा रहे हैं, रोज़ रात को ट्रैक्टर भरकर लकड़ी ले जाते हैं";
    private static final String DEPARTMENT = SystemUnderTest.FAST_CLOCK_DEPARTMENT;

    /** From routing's directory (directory/jalore-officers.csv): FOREST's posts for Chitalwana. */
    private static final String L1_CHITALWANA = "917000100210"; // Forester (Vanpal), Kavita Solanki
    private static final String L2_DISTRICT = "917000100211";   // Range Forest Officer, Gopal Choudhary
    private static final String L3_DISTRICT = "917000100212";   // DCF Jalore, Sangeeta Solanki
    private static final String L4_DISTRICT = "917000100213";   // CCF Jodhpur: only the collector sends a complaint there

    private static final String NEW = "sampark_officer_new_complaint";
    private static final String DEADLINE = "sampark_officer_deadline_approaching";
    private static final String ESCALATED = "sampark_officer_escalated";

    /** L1's 40 s, L2's 25 s, the one-second tick and a busy box's delays, with room to spare. */
    private static final Duration CLIMB = SystemUnderTest.FAST_CLOCK_L1.plus(SystemUnderTest.FAST_CLOCK_LEVEL)
            .plus(Duration.ofMinutes(2));

    @Test
    void anOverdueForestComplaintClimbsToL3AndEveryOfficerOnTheWayIsTold() {
        Citizen citizen = Citizen.next("Bhagirath");
        Steps.Registered complaint = Steps.registeredWaterComplaint(citizen, TEXT);
        String id = complaint.complaintId();

        // routed to FOREST at the village the citizen named, in Chitalwana tehsil
        List<JsonNode> routed = Records.eventData("routing-service", id, "complaint.routed");
        assertThat(routed).hasSize(1);
        assertThat(routed.get(0).path("departmentCode").asText()).isEqualTo(DEPARTMENT);
        assertThat(routed.get(0).path("village").asText()).isEqualTo("Jalberi");
        assertThat(routed.get(0).path("tehsil").asText()).isEqualTo("Chitalwana");
        assertThat(Records.samparkRegistrations(id).get(0).department()).isEqualTo(DEPARTMENT);
        String forestHi = Departments.byCode(DEPARTMENT).orElseThrow().nameHi();

        // nobody acts: verification escalates it twice, L1 -> L2 -> L3
        await("two escalations of " + id).atMost(CLIMB).pollInterval(Duration.ofMillis(500))
                .until(() -> Records.eventData("verification-service", id, "complaint.escalated").size() >= 2);
        List<JsonNode> escalations = Records.eventData("verification-service", id, "complaint.escalated");
        assertThat(escalations).extracting(e -> e.path("fromLevel").asInt() + "->" + e.path("toLevel").asInt())
                .containsExactly("1->2", "2->3");
        assertThat(escalations).allSatisfy(e -> assertThat(e.path("departmentCode").asText()).isEqualTo(DEPARTMENT));

        // the citizen: acknowledged, registered, then told of each escalation, in order
        List<Map<String, Object>> messages = awaitCitizenMessages(citizen, 4);
        for (int level = 2; level <= 3; level++) {
            Map<String, Object> told = messages.get(level);
            assertThat(Whatsapp.complaintIdsIn(told)).as(Whatsapp.textOf(told)).containsExactly(id);
            assertThat(Whatsapp.textOf(told)).contains("L" + level).contains(forestHi);
            assertThat(Whatsapp.isHindi(told)).isTrue();
            assertThat(Whatsapp.buttonIds(told)).isEmpty();
        }
        assertThat(Records.messagesRecordedFor(citizen).subList(2, 4))
                .containsExactly("complaint.escalated:SENT", "complaint.escalated:SENT");

        // the L1 officer of Chitalwana: the new complaint at registration and its deadline close at hand
        List<Officers.Template> l1 = Officers.awaitTemplatesAbout(L1_CHITALWANA, id, 2);
        assertThat(l1).extracting(Officers.Template::name).containsExactlyInAnyOrder(NEW, DEADLINE);
        assertThat(l1).allSatisfy(t -> assertThat(t.parameters()).contains("1", "Chitalwana"));
        // the district's L2 and L3 officers: the complaint escalated to each (their own deadline reminder may follow)
        assertEscalatedTo(L2_DISTRICT, id, 2);
        assertEscalatedTo(L3_DISTRICT, id, 3);

        // the department's own system heard it new, its deadline and both escalations, with the level reached
        await("ESCALATED twice on " + DEPARTMENT + "'s topic").atMost(Citizen.MESSAGE_WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Officers.departmentFeed(DEPARTMENT, id).stream()
                        .filter(d -> DepartmentComplaint.ESCALATED.equals(d.kind())).count() >= 2);
        List<DepartmentComplaint> feed = Officers.departmentFeed(DEPARTMENT, id);
        assertThat(feed.get(0).kind()).as("the first word on the topic").isIn(null, DepartmentComplaint.NEW);
        assertThat(feed).filteredOn(d -> DepartmentComplaint.ESCALATED.equals(d.kind()))
                .extracting(DepartmentComplaint::escalationLevel).containsExactly(2, 3);
        assertThat(feed).filteredOn(d -> DepartmentComplaint.DEADLINE_APPROACHING.equals(d.kind()))
                .extracting(DepartmentComplaint::escalationLevel).startsWith(1);
        assertThat(feed).extracting(DepartmentComplaint::kind).isSubsetOf(null, DepartmentComplaint.NEW,
                DepartmentComplaint.DEADLINE_APPROACHING, DepartmentComplaint.ESCALATED);
        assertThat(feed).allSatisfy(d -> assertThat(d.departmentCode()).isEqualTo(DEPARTMENT));
        assertThat(feed).extracting(DepartmentComplaint::text).doesNotContain(citizen.waId);

        // L3 is where the clock stops: its deadline passes too, yet nothing climbs to L4 and nobody there is told
        JsonPath view = Officers.verificationView(id);
        assertThat(view.getInt("escalationLevel")).isEqualTo(3);
        assertThat(view.getString("state")).isEqualTo("REGISTERED");
        await("L3's deadline of " + id + " passed").atMost(CLIMB).pollInterval(Duration.ofMillis(500))
                .until(() -> Records.query("verification-service",
                        "select 1 from tracked_complaint where complaint_id = ? and due_at < now()", id).size() == 1);
        citizen.receivesNothingBeyond(4);
        assertThat(Records.eventData("verification-service", id, "complaint.escalated")).hasSize(2);
        assertThat(Officers.templatesAbout(L4_DISTRICT, id)).isEmpty();
        assertThat(Officers.templatesAbout(L1_CHITALWANA, id)).extracting(Officers.Template::name)
                .containsExactlyInAnyOrder(NEW, DEADLINE);
        assertThat(Records.query("routing-service",
                "select kind, level from officer_notice where complaint_id = ? and kind = 'ESCALATED' order by level", id))
                .containsExactly(Map.of("kind", "ESCALATED", "level", 2), Map.of("kind", "ESCALATED", "level", 3));
        Records.awaitOutboxesDrained();
    }

    /** The officer got exactly one "escalated to you" about the complaint, at that level; nothing else but a reminder. */
    private static void assertEscalatedTo(String officerWaId, String complaintId, int level) {
        Officers.awaitTemplatesAbout(officerWaId, complaintId, 1);
        await("ESCALATED template to " + officerWaId).atMost(Officers.OFFICER_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> Officers.templatesAbout(officerWaId, complaintId).stream()
                        .anyMatch(t -> ESCALATED.equals(t.name())));
        List<Officers.Template> got = Officers.templatesAbout(officerWaId, complaintId);
        assertThat(got).filteredOn(t -> ESCALATED.equals(t.name())).singleElement()
                .satisfies(t -> assertThat(t.parameters()).contains(String.valueOf(level), "Chitalwana"));
        assertThat(got).extracting(Officers.Template::name).isSubsetOf(Set.of(ESCALATED, DEADLINE));
    }

    /** The citizen's messages; escalations follow the department's clock, longer than a message's usual wait. */
    private static List<Map<String, Object>> awaitCitizenMessages(Citizen citizen, int count) {
        await("message " + count + " to " + citizen).atMost(CLIMB).pollInterval(Duration.ofMillis(500))
                .until(() -> citizen.messages().size() >= count);
        return citizen.messages();
    }
}
