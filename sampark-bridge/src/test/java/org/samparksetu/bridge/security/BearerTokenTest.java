package org.samparksetu.bridge.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.samparksetu.bridge.SamparkSimulator;
import org.samparksetu.bridge.actionreport.ActionReportRepository;
import org.samparksetu.testing.ServiceInfrastructure;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.samparksetu.bridge.TestComplaints.awaitRegistered;
import static org.samparksetu.bridge.TestComplaints.publishRouted;

/**
 * Given the district's Keycloak, when a department officer files an action-taken report with a bearer token from
 * the realm, then the token's realm roles decide as an HTTP Basic account's roles do: PHED's officer reports on a
 * PHED complaint, JDVVNL's officer is refused it, and a token Keycloak did not sign, or none at all, signs no one in.
 * The Basic accounts keep working beside the tokens.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "sampark-bridge"))
@QuarkusTestResource(SamparkSimulator.class)
@QuarkusTestResource(value = DistrictKeycloak.class, restrictToAnnotatedClass = true)
class BearerTokenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    ActionReportRepository reports;
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @Test
    void anOfficersTokenReportsOnTheirDepartmentsComplaintOnly() throws Exception {
        registered("JAL-2026-380001", "PHED");

        bearer(token("phed-l1-sayla")).body(report("JAL-2026-380001", "ATR-PHED-8001"))
                .when().post("/api/action-reports")
                .then().statusCode(201).body("reportId", equalTo("ATR-PHED-8001"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> reports.findById("ATR-PHED-8001").submittedBy))
                .as("the token's user name, as a Basic account's name").isEqualTo("phed-l1-sayla");

        bearer(token("jdvvnl-l1")).body(report("JAL-2026-380001", "ATR-JDVVNL-8002"))
                .when().post("/api/action-reports")
                .then().statusCode(403)
                .body("error", containsString("another department"))
                .body("error", containsString("JDVVNL"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> reports.findById("ATR-JDVVNL-8002"))).isNull();
    }

    @Test
    void aTokenKeycloakDidNotSignOrGarbageOrNothingIsUnauthorized() throws Exception {
        registered("JAL-2026-380003", "PHED");
        String real = token("phed-l1-sayla");

        bearer(signedByAStranger(real)).body(report("JAL-2026-380003", "ATR-PHED-8003"))
                .when().post("/api/action-reports").then().statusCode(401);
        bearer("not-a-token").body(report("JAL-2026-380003", "ATR-PHED-8004"))
                .when().post("/api/action-reports").then().statusCode(401);
        given().contentType(ContentType.JSON).body(report("JAL-2026-380003", "ATR-PHED-8005"))
                .when().post("/api/action-reports").then().statusCode(401);
        for (String refused : new String[] {"ATR-PHED-8003", "ATR-PHED-8004", "ATR-PHED-8005"}) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> reports.findById(refused))).as(refused).isNull();
        }
        // the same claims with Keycloak's own signature are accepted: it was the signature that was refused
        bearer(real).body(report("JAL-2026-380003", "ATR-PHED-8006"))
                .when().post("/api/action-reports").then().statusCode(201);
    }

    @Test
    void basicAccountsStillSignInBesideTheTokens() {
        registered("JAL-2026-380007", "PHED");

        given().auth().preemptive().basic("phed-officer", "phed-secret").contentType(ContentType.JSON)
                .body(report("JAL-2026-380007", "ATR-PHED-8007"))
                .when().post("/api/action-reports")
                .then().statusCode(201);
        given().auth().preemptive().basic("phed-officer", "wrong").contentType(ContentType.JSON)
                .body(report("JAL-2026-380007", "ATR-PHED-8008"))
                .when().post("/api/action-reports")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    // ---- helpers

    private static void registered(String complaintId, String department) {
        publishRouted(complaintId, department, "pani ki pipeline tooti hai");
        awaitRegistered(complaintId);
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> report(String complaintId, String reportId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complaintId", complaintId);
        body.put("outcome", "RELIEF");
        body.put("remarks", "नई पाइपलाइन डाली गई, आपूर्ति चालू");
        body.put("officer", "JEN PHED Sayla");
        body.put("reportId", reportId);
        return body;
    }

    /** An access token for a demo user from the realm's test client (password grant; the console's client has none). */
    private String token(String user) throws Exception {
        String password = ConfigProvider.getConfig().getValue(DistrictKeycloak.PASSWORD_PREFIX + user, String.class);
        String form = Map.of("grant_type", "password", "client_id", "sampark-tests", "username", user, "password", password)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    /** The real token's header and claims (key id included) signed with a key Keycloak never had. */
    private static String signedByAStranger(String token) throws Exception {
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(generator.generateKeyPair().getPrivate());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }
}
