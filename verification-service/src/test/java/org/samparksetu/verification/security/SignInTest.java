package org.samparksetu.verification.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.samparksetu.testing.ServiceInfrastructure;

import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * With bearer tokens accepted as well (quarkus-oidc) and no Keycloak to ask, the Basic accounts work as before: an API
 * call without credentials is still challenged for Basic (a script that says X-Requested-With is not, so no browser
 * dialog pops up), a Basic account is let in, and a bearer token that cannot be checked is 401, not a failure of the
 * service. (The field verifier's and the collector's pages moved to the console, which calls with the person's token.)
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "verification-service"))
class SignInTest {

    @Test
    void anApiCallWithoutCredentialsIsChallengedForBasicUnlessAPageScriptAsks() {
        given().when().get("/api/complaints/JAL-2026-870001")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        given().header("X-Requested-With", "sampark-page").when().get("/api/complaints/JAL-2026-870001")
                .then().statusCode(401).header("WWW-Authenticate", nullValue());
    }

    @Test
    void aBasicAccountIsLetInAndAnUncheckableTokenIsNot() throws Exception {
        // let in: the complaint is found or not (other classes of this module file complaints in the same database)
        given().auth().preemptive().basic("collector", "collector-secret").when().get("/api/complaints/JAL-2026-870001")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 404));
        given().auth().preemptive().basic("collector", "wrong").when().get("/api/complaints/JAL-2026-870001")
                .then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").when().get("/api/complaints/JAL-2026-870001")
                .then().statusCode(401);
        // well-formed, so only Keycloak's keys could settle it, and there is no Keycloak to give them
        given().header("Authorization", "Bearer " + collectorsTokenSignedByAStranger())
                .when().get("/api/complaints/JAL-2026-870001")
                .then().statusCode(401);
    }

    private static String collectorsTokenSignedByAStranger() throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"stranger\"}".getBytes(UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"http://127.0.0.1:8180/realms/sampark\",\"sub\":\"x\","
                + "\"preferred_username\":\"collector\",\"realm_access\":{\"roles\":[\"collector\"]},"
                + "\"iat\":" + Instant.now().getEpochSecond() + ",\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond()
                + "}").getBytes(UTF_8));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(generator.generateKeyPair().getPrivate());
        rs256.update((header + "." + claims).getBytes(UTF_8));
        return header + "." + claims + "." + b64.encodeToString(rs256.sign());
    }
}
