package org.samparksetu.verification.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.ServiceInfrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The read API's answers when there is nothing to show: a clear sentence, never a stack trace. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class ComplaintResourceTest {

    @Test
    void anUnknownComplaintIs404WithASentence() {
        given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", "JAL-2026-999999").then()
                .statusCode(404)
                .contentType("application/json")
                .body("error", containsString("JAL-2026-999999 is not known to verification"));
    }

    @Test
    void somethingThatIsNotAComplaintIdIs400() {
        given().auth().preemptive().basic("collector", "collector-secret").get("/api/complaints/{id}", "drop table").then()
                .statusCode(400)
                .body("error", containsString("looks like JAL-2026-000123"))
                .body(not(containsString("Exception")));
    }

    @Test
    void writesAreRefused() {
        given().auth().preemptive().basic("collector", "collector-secret").delete("/api/complaints/{id}", "JAL-2026-999999").then()
                .statusCode(405)
                .body("error", containsString("not allowed"));
    }

    @Test
    void withoutSigningInTheApiAnswers401() {
        given().get("/api/complaints/{id}", "JAL-2026-999999").then()
                .statusCode(401);
    }

    @Test
    void domainCountersAreExposed() {
        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("verification_requested_total"))
                .body(containsString("verification_confirmed_fixed_total"))
                .body(containsString("verification_disputed_total"));
    }
}
