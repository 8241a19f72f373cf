package org.samparksetu.intake.open311;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Open311 GeoReport v2 at /open311/v2: every method, JSON and XML, and the spec's errors. */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class Open311Test {
    static final String BASE = "/open311/v2";

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    private static io.restassured.specification.RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=utf-8");
    }

    private static String create(String format, String description) {
        var r = form().formParam("api_key", "sim-open311-key").formParam("service_code", "PHED")
                .formParam("lat", "25.35").formParam("long", "72.62").formParam("address_string", "Ward 4, Jalore")
                .formParam("phone", "9829011111").formParam("first_name", "Ramesh").formParam("description", description)
                .formParam("attribute[village]", "Sayla")
                .when().post(BASE + "/requests." + format).then().statusCode(200);
        return "xml".equals(format) ? XmlPath.from(r.extract().asString()).getString("service_requests.request.service_request_id")
                : r.extract().path("[0].service_request_id");
    }

    @Test
    void discoveryInBothFormats() {
        given().when().get(BASE + "/discovery.json").then().statusCode(200).contentType(containsString("application/json"))
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].formats", hasItem("text/xml"));
        String xml = given().when().get(BASE + "/discovery.xml").then().statusCode(200)
                .contentType(containsString("text/xml")).extract().asString();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(XmlPath.from(xml).getString("discovery.endpoints.endpoint.type")).isEqualTo("production");
    }

    @Test
    void servicesAndTheirDefinitions() {
        given().when().get(BASE + "/services.json").then().statusCode(200)
                .body("service_code", hasItem("PHED")).body("[0].metadata", equalTo(true));
        String xml = given().when().get(BASE + "/services.xml").then().statusCode(200).extract().asString();
        assertThat(XmlPath.from(xml).getList("services.service.service_code")).contains("PHED", "JDVVNL");
        given().when().get(BASE + "/services/PHED.json").then().statusCode(200)
                .body("service_code", equalTo("PHED")).body("attributes.code", hasItem("village"));
        String def = given().when().get(BASE + "/services/PHED.xml").then().statusCode(200).extract().asString();
        assertThat(XmlPath.from(def).getString("service_definition.attributes.attribute[0].datatype")).isEqualTo("string");
        given().when().get(BASE + "/services/NOPE.json").then().statusCode(404).body("[0].code", equalTo(404));
        given().when().get(BASE + "/services.json?jurisdiction_id=elsewhere.gov").then().statusCode(404);
    }

    @Test
    void postingARequestFilesAComplaintAndItCanBeRead() {
        String id = create("json", "Hand pump kharab hai, paani nahi aata");
        var event = TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RECEIVED,
                ComplaintReceived.class, e -> id.equals(e.subject()), 1).get(0);
        assertThat(event.data().channel()).isEqualTo("OPEN311");
        assertThat(event.data().citizenWaId()).isEqualTo("919829011111");
        assertThat(event.data().location().latitude()).isEqualTo(25.35);

        given().when().get(BASE + "/requests/" + id + ".json").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].service_request_id", equalTo(id)).body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("PHED")).body("[0].requested_datetime", containsString("+05:30"));
        String xml = given().when().get(BASE + "/requests/" + id + ".xml").then().statusCode(200).extract().asString();
        assertThat(XmlPath.from(xml).getString("service_requests.request.status")).isEqualTo("open");
        given().when().get(BASE + "/requests/JAL-2026-999999.json").then().statusCode(404)
                .body("[0].description", containsString("not found"));

        String xmlId = create("xml", "Sadak par gaddha hai, accident ho raha hai");
        given().when().get(BASE + "/requests.json?service_request_id=" + id + "," + xmlId).then().statusCode(200)
                .body("service_request_id", hasItem(xmlId)).body("$", hasSize(2));
        given().when().get(BASE + "/requests.json?service_code=PHED&status=open").then().statusCode(200)
                .body("service_request_id", hasItem(id));
        given().when().get(BASE + "/requests.json?status=closed").then().statusCode(200)
                .body("service_request_id.flatten()", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void errorsAreReportedAsTheSpecSays() {
        form().formParam("service_code", "PHED").formParam("lat", "25.3").formParam("long", "72.6")
                .formParam("description", "x").formParam("phone", "9829011111")
                .when().post(BASE + "/requests.json").then().statusCode(403)
                .body("[0].code", equalTo(403)).body("[0].description", startsWith("Invalid api_key"));
        String xml = form().formParam("api_key", "wrong").formParam("service_code", "PHED")
                .when().post(BASE + "/requests.xml").then().statusCode(403).extract().asString();
        assertThat(XmlPath.from(xml).getInt("errors.error.code")).isEqualTo(403);
        form().formParam("api_key", "sim-open311-key").formParam("description", "x")
                .when().post(BASE + "/requests.json").then().statusCode(400).body("[0].description", containsString("service_code"));
        form().formParam("api_key", "sim-open311-key").formParam("service_code", "PHED").formParam("phone", "9829011111")
                .formParam("description", "no location given")
                .when().post(BASE + "/requests.json").then().statusCode(400).body("[0].description", containsString("location"));
        form().formParam("api_key", "sim-open311-key").formParam("service_code", "PHED").formParam("address_string", "Jalore")
                .formParam("phone", "9829011111").formParam("description", "a".repeat(4001))
                .when().post(BASE + "/requests.json").then().statusCode(400).body("[0].description", containsString("4000"));
        form().formParam("api_key", "sim-open311-key").formParam("service_code", "NOPE").formParam("address_string", "Jalore")
                .when().post(BASE + "/requests.json").then().statusCode(404);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        given().when().get(BASE + "/requests.json?start_date=" + now.minus(91, ChronoUnit.DAYS) + "&end_date=" + now)
                .then().statusCode(400).body("[0].description", containsString("90 days"));
        given().when().get(BASE + "/requests.json?start_date=yesterday").then().statusCode(400);
        given().when().get(BASE + "/requests.json?start_date=" + now.minus(10, ChronoUnit.DAYS) + "&end_date=" + now)
                .then().statusCode(200);
    }

    /**
     * GeoReport v2: GET requests without dates covers the last 90 days, and answers at most 1000 requests. Seeded
     * straight into the database (1001 requests 60 days ago, one 100 days ago): posting a thousand would take minutes.
     */
    @Test
    void listingsCoverNinetyDaysByDefaultAndAnswerAtMostAThousand() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into complaint (complaint_id, citizen_wa_id, channel, message_type, text, language, status,
                                           received_at, updated_at, service_code)
                    select 'JAL-2025-' || lpad((800000 + g)::text, 6, '0'), '919800000000', 'OPEN311', 'text',
                           'seeded request ' || g, 'hi', 'RECEIVED', now() - interval '60 days', now(), 'PWD'
                    from generate_series(1, 1001) g on conflict do nothing""").executeUpdate();
            em.createNativeQuery("""
                    insert into complaint (complaint_id, citizen_wa_id, channel, message_type, text, language, status,
                                           received_at, updated_at, service_code)
                    values ('JAL-2025-799999', '919800000000', 'OPEN311', 'text', 'too old', 'hi', 'RECEIVED',
                            now() - interval '100 days', now(), 'PWD') on conflict do nothing""").executeUpdate();
        });
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String from = now.minus(61, ChronoUnit.DAYS).toString();
        String to = now.minus(59, ChronoUnit.DAYS).toString();
        given().when().get(BASE + "/requests.json?start_date=" + from + "&end_date=" + to).then().statusCode(200)
                .body("$", hasSize(1000));
        String xml = given().when().get(BASE + "/requests.xml?start_date=" + from + "&end_date=" + to).then().statusCode(200)
                .extract().asString();
        assertThat(XmlPath.from(xml).getList("service_requests.request.service_request_id")).hasSize(1000);
        // no dates: the last 90 days, so the 100-day-old request is not in it, and still at most 1000
        given().when().get(BASE + "/requests.json").then().statusCode(200).body("$", hasSize(1000))
                .body("service_request_id", org.hamcrest.Matchers.not(hasItem("JAL-2025-799999")));
        // by id it is still found: service_request_id overrides the dates
        given().when().get(BASE + "/requests.json?service_request_id=JAL-2025-799999").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].description", equalTo("too old"));
    }
}
