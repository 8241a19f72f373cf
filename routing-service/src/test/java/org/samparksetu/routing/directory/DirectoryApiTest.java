package org.samparksetu.routing.directory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.ServiceInfrastructure;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** The officer directory: seeded for Jalore from the repository, read by operators, edited by its administrator. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "routing-service"))
class DirectoryApiTest {

    @Test
    void seededPostsAnswerWhoHandlesAComplaintWhere() {
        as("triage-operator", "operator-secret").get("/directory/officers?department=PHED&jurisdiction=Sayla")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].level", equalTo("L1"))
                .body("[0].designation", containsString("Junior Engineer"))
                // demo data: an invented name and a placeholder WhatsApp number, 91 and ten digits
                .body("[0].name", not(emptyOrNullString()))
                .body("[0].whatsapp", matchesPattern("9170001[0-9]{5}"));
        as("triage-operator", "operator-secret")
                .get("/directory/chain?department=LSG&tehsil=Bhinmal&municipality=Nagar Palika Bhinmal")
                .then().statusCode(200).body("level", equalTo(List.of("L1", "L2", "L3", "L4")))
                .body("[0].jurisdictionType", equalTo("MUNICIPALITY")).body("[0].jurisdiction", equalTo("Nagar Palika Bhinmal"));
        given().get("/directory/officers").then().statusCode(401);
    }

    @Test
    void onlyTheDirectoryAdministratorEditsAndEveryEditIsValidated() {
        String post = "{\"district\":\"Jalore\",\"departmentCode\":\"PHED\",\"jurisdictionType\":\"BLOCK\",\"jurisdiction\":\"Sarnau\","
                + "\"level\":\"L1\",\"designation\":\"Junior Engineer (JEN) PHED\",\"phone\":\"+912979000000\"}";
        as("triage-operator", "operator-secret").contentType(ContentType.JSON).body(post).post("/directory/officers")
                .then().statusCode(403).body("error", containsString("may not"));
        int id = as("directory-admin", "directory-secret").contentType(ContentType.JSON).body(post).post("/directory/officers")
                .then().statusCode(201).body("updatedBy", equalTo("directory-admin")).extract().path("id");
        as("directory-admin", "directory-secret").contentType(ContentType.JSON).body(post).post("/directory/officers")
                .then().statusCode(409);
        as("directory-admin", "directory-secret").contentType(ContentType.JSON).body(post.replace("\"L1\"", "\"L9\""))
                .post("/directory/officers").then().statusCode(400).body("error", containsString("level"));
        as("directory-admin", "directory-secret").contentType(ContentType.JSON)
                .body(post.replace("\"phone\"", "\"name\":\"Shri R. Meena\",\"phone\"")).put("/directory/officers/" + id)
                .then().statusCode(200).body("name", equalTo("Shri R. Meena"));
        as("directory-admin", "directory-secret").contentType(ContentType.JSON)
                .body(post.replace("\"phone\"", "\"name\":\"Shri R. Meena\",\"whatsapp\":\"+91 94140-12345\",\"phone\""))
                .put("/directory/officers/" + id).then().statusCode(200).body("whatsapp", equalTo("919414012345"));
        as("directory-admin", "directory-secret").contentType(ContentType.JSON)
                .body(post.replace("\"phone\"", "\"whatsapp\":\"2973222222\",\"phone\""))
                .put("/directory/officers/" + id).then().statusCode(400).body("error", containsString("whatsapp"));
        as("directory-admin", "directory-secret").contentType(ContentType.JSON)
                .body(post.replace("\"phone\"", "\"name\":\"" + "R".repeat(101) + "\",\"phone\""))
                .put("/directory/officers/" + id).then().statusCode(400).body("error", containsString("name"))
                .body("error", containsString("100"));
        as("directory-admin", "directory-secret").delete("/directory/officers/" + id).then().statusCode(204);
        as("directory-admin", "directory-secret").delete("/directory/officers/" + id).then().statusCode(404);
    }

    private static io.restassured.specification.RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).header("X-Requested-With", "XMLHttpRequest");
    }
}
