package org.samparksetu.bridge.actionreport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.testing.ServiceInfrastructure;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.publishRouted;

/** An officer's photo of the work, uploaded as base64 JSON, linked from the report, read back by its department only. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
class ReportPhotoApiTest {
    /** The smallest PNG there is: one transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static RequestSpecification as(String department) {
        String user = department.toLowerCase() + "-officer";
        return given().auth().preemptive().basic(user, department.toLowerCase() + "-secret").contentType(ContentType.JSON);
    }

    private static Map<String, Object> upload(String complaintId, String type, String base64) {
        return Map.of("complaintId", complaintId, "contentType", type, "base64", base64);
    }

    @Test
    void thePhotoIsStoredLinkedFromTheReportAndReadBackByItsDepartment() {
        publishRouted("JAL-2026-310101", "PHED", "hand pump se paani nahi aa raha");
        awaitRegistered("JAL-2026-310101");

        var uploaded = as("PHED").body(upload("JAL-2026-310101", "image/png", Base64.getEncoder().encodeToString(PNG)))
                .post("/api/action-reports/photos")
                .then().statusCode(201)
                .body("sha256", equalTo(ReportPhotos.sha256(PNG)))
                .body("url", containsString("/api/action-reports/photos/JAL-2026-310101/"))
                .extract().jsonPath();

        as("PHED").body(Map.of("complaintId", "JAL-2026-310101", "outcome", "RELIEF", "remarks", "pump repaired",
                        "officer", "JEn PHED Sayla", "photos", List.of(Map.of("url", uploaded.getString("url"),
                                "sha256", uploaded.getString("sha256"),
                                "location", Map.of("latitude", 25.33, "longitude", 72.07)))))
                .post("/api/action-reports").then().statusCode(201);

        as("PHED").queryParam("complaintId", "JAL-2026-310101").get("/api/action-reports/photos")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].sha256", equalTo(ReportPhotos.sha256(PNG)));
        // the officer's page shows what the complaint says beside its photos
        as("PHED").get("/api/registrations/JAL-2026-310101").then().statusCode(200)
                .body("description", containsString("hand pump"));
        byte[] back = as("PHED").get("/api/action-reports/photos/JAL-2026-310101/" + ReportPhotos.sha256(PNG))
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(back).isEqualTo(PNG);
    }

    @Test
    void anotherDepartmentNeitherUploadsNorSeesTheComplaintsPhotos() {
        publishRouted("JAL-2026-310102", "PHED", "nal me ganda paani");
        awaitRegistered("JAL-2026-310102");
        as("PHED").body(upload("JAL-2026-310102", "image/png", Base64.getEncoder().encodeToString(PNG)))
                .post("/api/action-reports/photos").then().statusCode(201);

        as("JDVVNL").body(upload("JAL-2026-310102", "image/png", Base64.getEncoder().encodeToString(PNG)))
                .post("/api/action-reports/photos").then().statusCode(403);
        as("JDVVNL").queryParam("complaintId", "JAL-2026-310102").get("/api/action-reports/photos")
                .then().statusCode(403);
        as("JDVVNL").get("/api/action-reports/photos/JAL-2026-310102/" + ReportPhotos.sha256(PNG))
                .then().statusCode(403);
    }

    @Test
    void aPhotoThatIsNotAnImageOrNotBase64IsRefusedNamingTheField() {
        publishRouted("JAL-2026-310103", "PHED", "pipeline leak");
        awaitRegistered("JAL-2026-310103");
        as("PHED").body(upload("JAL-2026-310103", "application/pdf", "aGVsbG8="))
                .post("/api/action-reports/photos").then().statusCode(400).body("error", containsString("contentType"));
        as("PHED").body(upload("JAL-2026-310103", "image/jpeg", "not base64 at all!"))
                .post("/api/action-reports/photos").then().statusCode(400).body("error", containsString("base64"));
    }
}
