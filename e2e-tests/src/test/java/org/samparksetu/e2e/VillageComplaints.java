package org.samparksetu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import org.samparksetu.simulators.sampark.Grievance;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Complaints typed without a pin that name their village, so that a field verifier is judged against the village's
 * centroid; and the PHED officer's disposal of them (any outcome). Each journey takes a village of its own: routing
 * links complaints of one department at one place with similar words into a cluster.
 */
final class VillageComplaints {
    /**
     * A village of the district's gazetteer (routing-service/src/main/resources/gazetteer/jalore-villages.csv) with
     * LGD's centroid and the tehsil whose field verifier goes there.
     */
    record Village(String name, String tehsil, double latitude, double longitude, String verifier) {
        /** A point {@code metres} north of the centroid (one degree of latitude is about 111 km). */
        double latitudeNorth(double metres) {
            return latitude + metres / 111_000.0;
        }
    }

    static final Village POSANA = new Village("Posana", "Sayla", 25.259289, 72.227519, FieldChecks.SAYLA);
    static final Village NARTA = new Village("Narta", "Bhinmal", 25.092574, 72.270467, FieldChecks.BHINMAL);
    static final Village MENGALWA = new Village("Mengalwa", "Sayla", 25.312099, 72.205699, FieldChecks.SAYLA);
    static final Village KORA = new Village("Kora", "Bhinmal", 25.179019, 72.226186, FieldChecks.BHINMAL);
    static final Village PANTHERI = new Village("Pantheri", "Sayla", 25.197666, 72.289142, FieldChecks.SAYLA);
    static final Village DASPAN = new Village("Daspan", "Bhinmal", 25.135736, 72.258023, FieldChecks.BHINMAL);
    static final Village KOMTA = new Village("Komta", "Sayla", 25.165126, 72.166178, FieldChecks.SAYLA);
    static final Village BHUNDWA = new Village("Bhundwa", "Sayla", 25.305139, 72.172643, FieldChecks.SAYLA);
    static final Village PUNAWAS = new Village("Punawas", "Sayla", 25.277611, 72.165538, FieldChecks.SAYLA);
    static final Village JOOJANI = new Village("Joojani", "Bhinmal", 25.049123, 72.171244, FieldChecks.BHINMAL);

    private VillageComplaints() {
    }

    /** A drinking-water complaint (PHED) naming the village, in Hindi as a villager types it. */
    static String waterComplaintIn(Village village) {
        return "गांव " + village.name() + " में चार दिन से नल में पानी नहीं आ रहा है, हैंडपंप भी खराब है";
    }

    /**
     * The citizen types the complaint (no pin): acknowledged with its number, registered on Sampark once, and routed
     * to PHED at the village with its centroid as the place, kind village, no pin.
     */
    static Steps.Registered registeredIn(Citizen citizen, Village village, String text) {
        Steps.Registered registered = Steps.registeredWaterComplaint(citizen, text);
        String id = registered.complaintId();
        List<JsonNode> routed = Records.eventData("routing-service", id, "complaint.routed");
        assertThat(routed).as("complaint.routed of %s", id).hasSize(1);
        JsonNode r = routed.get(0);
        assertThat(r.path("departmentCode").asText()).isEqualTo("PHED");
        assertThat(r.path("village").asText()).as("village routing read in %s", text).isEqualTo(village.name());
        assertThat(r.path("tehsil").asText()).isEqualTo(village.tehsil());
        assertThat(r.path("placeKind").asText()).isEqualTo("village");
        assertThat(r.path("placeLocation").path("latitude").asDouble()).isEqualTo(village.latitude());
        assertThat(r.path("placeLocation").path("longitude").asDouble()).isEqualTo(village.longitude());
        assertThat(r.path("location").isMissingNode() || r.path("location").isNull()).as("no pin").isTrue();
        // verification knows the place before anyone is sent there
        await("verification knows where " + id + " is").atMost(Citizen.MESSAGE_WAIT).until(() -> Records.query(
                "verification-service", "select village, tehsil, place_kind from complaint_place where complaint_id = ?", id)
                .equals(List.of(Map.of("village", village.name(), "tehsil", village.tehsil(), "place_kind", "village"))));
        return registered;
    }

    /** The PHED officer files an action-taken report with any outcome (sampark-bridge, user phed-officer). */
    static void phedReports(String complaintId, String outcome, String remarks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complaintId", complaintId);
        body.put("outcome", outcome);
        body.put("remarks", remarks);
        body.put("officer", "JEN PHED");
        given().auth().preemptive().basic("phed-officer", "phed-secret").contentType(ContentType.JSON).body(body)
                .post(TheSystem.baseUrl("sampark-bridge") + "/api/action-reports")
                .then().statusCode(201);
    }

    /** The states verification tracks these complaints in, in the order given. */
    static List<String> statesOf(String... complaintIds) {
        return java.util.Arrays.stream(complaintIds).map(id -> (String) FieldChecks.trackedComplaint(id).get("state")).toList();
    }

    /** Waits until verification tracks the complaint in this state (e.g. VERIFYING once a report arrived). */
    static void awaitState(String complaintId, String state, int level) {
        await(complaintId + " " + state + " at L" + level).atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> FieldChecks.trackedComplaint(complaintId)
                        .equals(Map.of("state", state, "escalation_level", level)));
    }
    /** The field check as the verifier's page shows it: no pin, the village with its centroid and tehsil. */
    @SuppressWarnings("unchecked")
    static void assertPlaceIsTheVillage(Map<String, Object> check, Village village) {
        Map<String, Object> place = (Map<String, Object>) check.get("place");
        assertThat(place).as("place of the field check %s", check).isNotNull();
        assertThat(place.get("latitude")).as("no pin").isNull();
        assertThat(place).containsEntry("village", village.name()).containsEntry("tehsil", village.tehsil())
                .containsEntry("placeKind", "village");
        // JsonPath reads JSON numbers as floats: a few centimetres of rounding
        assertThat(((Number) place.get("placeLatitude")).doubleValue()).isCloseTo(village.latitude(), within(1e-5));
        assertThat(((Number) place.get("placeLongitude")).doubleValue()).isCloseTo(village.longitude(), within(1e-5));
    }

    /**
     * Waits until notification sent the citizen a message caused by this event type; returns that message (the
     * latest such), as the simulator received it.
     */
    static Map<String, Object> awaitTold(Citizen citizen, String causeType) {
        return awaitTold(citizen, causeType, 0);
    }

    /** The same, for a message after the first {@code after} messages (e.g. a second citizen.notice). */
    static Map<String, Object> awaitTold(Citizen citizen, String causeType, int after) {
        String sent = causeType + ":SENT";
        await(citizen + " told of " + causeType).atMost(Citizen.MESSAGE_WAIT).pollInterval(Duration.ofMillis(300))
                .until(() -> Records.messagesRecordedFor(citizen).lastIndexOf(sent) >= after);
        return citizen.awaitMessage(Records.messagesRecordedFor(citizen).lastIndexOf(sent) + 1);
    }

    /**
     * A reopened complaint is registered on Sampark a second time, and the citizen hears the new grievance number:
     * waits for both (the message follows the registration by a moment), so that nothing of the reopening is still
     * on its way when a test counts what the citizen was told.
     */
    static Grievance awaitRegisteredAgain(Citizen citizen, String complaintId) {
        await("registered on Sampark again").atMost(Citizen.MESSAGE_WAIT)
                .until(() -> Records.samparkRegistrations(complaintId).size() == 2);
        Grievance again = Records.samparkRegistrations(complaintId).get(1);
        await(citizen + " told of the second registration").atMost(Citizen.MESSAGE_WAIT)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> Records.messagesRecordedFor(citizen).stream()
                        .filter("complaint.registered:SENT"::equals).count() == 2);
        Map<String, Object> told = citizen.awaitMessage(
                Records.messagesRecordedFor(citizen).lastIndexOf("complaint.registered:SENT") + 1);
        assertThat(Whatsapp.textOf(told)).contains(again.grievanceId());
        return again;
    }

    /** Waits until nothing more comes to the citizen for a few seconds; returns how many messages they have. */
    static int settled(Citizen citizen) {
        AtomicInteger last = new AtomicInteger(-1);
        await("messages to " + citizen + " settle").atMost(Citizen.MESSAGE_WAIT).during(Duration.ofSeconds(4))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    int n = citizen.messages().size();
                    return n == last.getAndSet(n);
                });
        return last.get();
    }

    /**
     * Routing told the officer of the complaint's department at this level (officer.notice of this kind) and the
     * officer's WhatsApp received a message naming the complaint.
     */
    static void assertOfficerTold(String complaintId, String kind, int level) {
        await("officer.notice " + kind + " L" + level + " for " + complaintId).atMost(Citizen.MESSAGE_WAIT)
                .until(() -> Records.eventData("routing-service", complaintId, "officer.notice").stream()
                        .anyMatch(n -> kind.equals(n.path("kind").asText()) && n.path("level").asInt() == level));
        JsonNode notice = Records.eventData("routing-service", complaintId, "officer.notice").stream()
                .filter(n -> kind.equals(n.path("kind").asText()) && n.path("level").asInt() == level)
                .findFirst().orElseThrow();
        String officer = notice.path("officerWaId").asText();
        assertThat(officer).as("the officer's WhatsApp number").isNotBlank();
        await("the officer's message about " + complaintId).atMost(Citizen.MESSAGE_WAIT).until(() ->
                given().queryParam("to", officer).get(TheSystem.simulatorUrl() + "/simulator/whatsapp/messages")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                        .anyMatch(m -> Whatsapp.textOf(m).contains(complaintId)));
    }
}
