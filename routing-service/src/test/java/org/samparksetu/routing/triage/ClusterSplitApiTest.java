package org.samparksetu.routing.triage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The grievance cell takes a complaint out of a cluster it was wrongly joined to. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class ClusterSplitApiTest {
    private static final String LEADER = "JAL-2026-500001";
    private static final String MEMBER = "JAL-2026-500002";

    private static String prefix() {
        return ServiceInfrastructure.topicPrefix();
    }

    private static ComplaintReceived received(String id, String waId, String text) {
        return new ComplaintReceived(id, waId, "WHATSAPP", "hi", text, null, List.of(), null, Instant.now());
    }

    private static ComplaintRouted routedOnce(String id, java.util.function.Predicate<ComplaintRouted> which) {
        return TestEvents.awaitEvents(prefix(), EventType.COMPLAINT_ROUTED, ComplaintRouted.class,
                e -> e.subject().equals(id) && which.test(e.data()), 1).get(0).data();
    }

    @Test
    void aWronglyClusteredMemberIsSplitOffOnceAndNeverRejoinsItsLeaderOnItsOwn() {
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, LEADER, received(LEADER, "919811150001",
                "गांव सांकरणा में ट्रांसफार्मर जल गया, दो दिन से बिजली नहीं है"));
        ComplaintRouted leader = routedOnce(LEADER, r -> true);
        assertThat(leader.departmentCode()).isEqualTo("JDVVNL");
        TestEvents.publish(prefix(), EventType.COMPLAINT_RECEIVED, MEMBER, received(MEMBER, "919811150002",
                "sankarna gaon ka transformer jal gaya, bijli nahi hai"));
        ComplaintRouted first = routedOnce(MEMBER, r -> true);
        assertThat(first.clusterId()).isEqualTo(LEADER);
        assertThat(first.village()).isNotNull().isEqualTo(leader.village());

        // the reason is required and, as for a re-route, at most 500 characters
        split(MEMBER, "{\"reason\":\"" + "x".repeat(501) + "\"}").then().statusCode(400)
                .body("error", containsString("'reason'")).body("error", containsString("500"));
        split(MEMBER, "{}").then().statusCode(400).body("error", containsString("'reason'"));
        split(LEADER, "{\"reason\":\"not the same\"}").then().statusCode(409)
                .body("error", containsString("leads its cluster")).body("error", containsString("split from itself"));
        split("JAL-2026-599999", "{\"reason\":\"not the same\"}").then().statusCode(404)
                .body("error", containsString("JAL-2026-599999"));

        String why = "the member's transformer is at the school, a different feeder";
        split(MEMBER, "{\"reason\":\"" + why + "\"}").then().statusCode(200)
                .body("clusterId", nullValue()).body("splitFrom", equalTo(LEADER))
                .body("decidedBy", equalTo("operator:triage-operator"));
        ComplaintRouted alone = routedOnce(MEMBER, r -> r.clusterId() == null);
        assertThat(alone.departmentCode()).isEqualTo(first.departmentCode());
        assertThat(alone.village()).isEqualTo(first.village());
        assertThat(alone.tehsil()).isEqualTo(first.tehsil());
        assertThat(alone.text()).isEqualTo(first.text());
        assertThat(alone.contactNumber()).isEqualTo(first.contactNumber());
        assertThat(alone.decidedBy()).isEqualTo("operator:triage-operator");
        assertThat(alone.transfers()).isEqualTo(first.transfers());
        assertThat(alone.previousDepartmentCode()).isNull(); // not a transfer

        split(MEMBER, "{\"reason\":\"again\"}").then().statusCode(409).body("error", containsString("not in a cluster"));
        operator().get("/complaints/" + MEMBER).then().statusCode(200)
                .body("complaint.clusterId", nullValue())
                .body("history.action", equalTo(List.of("CLASSIFIED", "SPLIT")))
                .body("history[1].decidedBy", equalTo("operator:triage-operator"))
                .body("history[1].departmentCode", equalTo("JDVVNL"))
                .body("history[1].reason", containsString(LEADER)).body("history[1].reason", containsString(why));
        assertThat(splits()).isEqualTo(1.0); // the one split that was made

        // moved away and back to the department both are with: clustering would join it to the leader again, but a
        // person decided they are not the same problem
        reroute(MEMBER, "PANCHAYATI_RAJ", "street light of the panchayat");
        routedOnce(MEMBER, r -> r.departmentCode().equals("PANCHAYATI_RAJ"));
        reroute(MEMBER, "JDVVNL", "it is the feeder after all");
        ComplaintRouted back = routedOnce(MEMBER, r -> r.departmentCode().equals("JDVVNL") && r.transfers() == 2);
        assertThat(back.clusterId()).isNull();
        assertThat(back.village()).isEqualTo(leader.village());
    }

    private static io.restassured.response.Response split(String id, String body) {
        return operator().contentType(ContentType.JSON).body(body).post("/complaints/" + id + "/split");
    }

    private static void reroute(String id, String department, String reason) {
        operator().contentType(ContentType.JSON).body("{\"department\":\"" + department + "\",\"reason\":\"" + reason + "\"}")
                .post("/complaints/" + id + "/reroute").then().statusCode(200).body("departmentCode", equalTo(department));
    }

    private static double splits() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith("routing_clusters_split_total ")).mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("triage-operator", "operator-secret");
    }
}
