package org.samparksetu.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a failure while answering a request, when the mappers turn it into the answer, then the caller gets the
 * right status and one {"error": "..."} sentence, never our internals. Plain: the mappers are built by hand.
 */
class ApiErrorMappersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a request body is read into, to get Jackson's own exceptions for wrong input. */
    record Report(String complaintId, int photos) {
    }

    private final ApiErrorMappers mappers = mappers(Optional.of("the API is under /api/complaints"));

    private static ApiErrorMappers mappers(Optional<String> addressHint) {
        ApiErrorMappers m = new ApiErrorMappers();
        m.application = "sampark-bridge";
        m.config = new WebConfig() {
            @Override
            public String signInHint() {
                return "sign in as a department officer";
            }

            @Override
            public String forbiddenHint() {
                return "only the department the complaint is assigned to may report on it";
            }

            @Override
            public Optional<String> addressHint() {
                return addressHint;
            }
        };
        return m;
    }

    @Test
    void aRefusalKeepsItsStatusAndItsSentence() {
        Response r = mappers.api(ApiException.conflict("complaint JAL-2026-000123 is closed; reopen it first"));
        assertError(r, 409, "complaint JAL-2026-000123 is closed; reopen it first");
        assertThat(r.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    }

    @Test
    void noCredentialsGetABasicChallengeNamingTheService() {
        Response r = mappers.unauthenticated(new UnauthorizedException(), headers(Map.of()));
        assertError(r, 401, "sign in as a department officer");
        assertThat(r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"sampark-bridge\"");
    }

    @Test
    void ourOwnPagesScriptsGetNoChallengeSoTheBrowserShowsNoPasswordDialog() {
        Response r = mappers.badCredentials(new AuthenticationFailedException(), headers(Map.of("X-Requested-With", "fetch")));
        assertError(r, 401, "user name or password not recognised");
        assertThat(r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    }

    @Test
    void anAccountWithoutTheRightIsToldWhatItMayNotDo() {
        assertError(mappers.forbidden(new ForbiddenException()), 403,
                "only the department the complaint is assigned to may report on it");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        MismatchedInputException e = readFails("{\"complaintId\": \"JAL-2026-000123\", \"photos\": \"two\"}");
        assertError(mappers.unreadable(e), 400, "field 'photos' has the wrong type");
    }

    @Test
    void aBodyThatIsNoObjectIsSaidSo() {
        MismatchedInputException e = readFails("[\"JAL-2026-000123\"]");
        assertError(mappers.unreadable(e), 400, "request body is not the expected JSON object");
    }

    @Test
    void brokenJsonIsSaidToBeBroken() {
        JsonProcessingException e = readFails("{\"complaintId\": ");
        Response r = mappers.malformed(e);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(((ApiError) r.getEntity()).error()).startsWith("request body is not valid JSON: ");
    }

    @Test
    void aBodyNestedThreeThousandLevelsDeepIsRefusedSayingHowDeepItMayGo() {
        ObjectMapper limited = new ObjectMapper();
        JsonLimits limits = new JsonLimits();
        limits.maxNestingDepth = 64;
        limits.maxDocumentLength = JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH;
        limits.customize(limited);
        String deep = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
        JsonProcessingException e = readFails(limited, deep);
        Response r = mappers.web(new BadRequestException(e));
        assertError(r, 400, "request body refused: Document nesting depth (65) exceeds the maximum allowed (64)");
    }

    @Test
    void aBodyLongerThanTheDocumentLimitIsRefusedSayingSo() {
        ObjectMapper limited = new ObjectMapper();
        limited.getFactory().setStreamReadConstraints(JsonLimits.constraints(64, 10_000));
        JsonProcessingException e = readFails(limited, "{\"complaintId\": \"" + "x".repeat(20_000) + "\", \"photos\": 1}");
        Response r = mappers.malformed(e);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(((ApiError) r.getEntity()).error()).startsWith("request body refused: ").contains("10000");
    }

    @Test
    void aFieldOverItsLimitIsNamedWithTheLimit() {
        assertThat(FieldLimits.atMost("reason", "x".repeat(500), 500)).hasSize(500);
        assertThat(FieldLimits.atMost("reason", null, 500)).isNull();
        ApiException e = org.assertj.core.api.Assertions.catchThrowableOfType(ApiException.class,
                () -> FieldLimits.atMost("reason", "x".repeat(20_000), 500));
        assertError(mappers.api(e), 400, "'reason' is longer than 500 characters");
    }

    @Test
    void anUnreadableBodyWrappedByTheRestLayerStillNamesTheField() {
        MismatchedInputException cause = readFails("{\"photos\": \"two\"}");
        assertError(mappers.web(new BadRequestException(cause)), 400, "field 'photos' has the wrong type");
    }

    @Test
    void ourOwnNotFoundKeepsItsSentence() {
        assertError(mappers.web(new NotFoundException("no complaint JAL-2026-000999")), 404, "no complaint JAL-2026-000999");
    }

    @Test
    void anUnknownAddressSaysWhereTheApiLivesWhenTheServiceSaysSo() {
        assertError(mappers.web(new NotFoundException()), 404, "no such resource; the API is under /api/complaints");
        assertError(mappers(Optional.empty()).web(new NotFoundException()), 404, "no such resource");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # status the framework raised | what the caller is told
            400 | the request could not be read; send the JSON object this endpoint expects
            405 | this method is not allowed here
            406 | this API answers application/json only
            413 | the request body is larger than this endpoint accepts
            415 | unsupported content type; send the body as application/json
            500 | the request could not be processed
            503 | the request could not be processed
            """)
    void theFrameworksOwnFailuresGetASentenceForTheirStatus(int status, String message) {
        assertError(mappers.web(new WebApplicationException(status)), status, message);
    }

    @Test
    void anythingUnexpectedIsA500ThatGivesNothingAway() {
        Response r = mappers.unexpected(new IllegalStateException("ERROR: relation \"complaint\" does not exist (SQL: select * ...)"));
        assertError(r, 500, "the request could not be completed right now; it is safe to try again later");
    }

    private static void assertError(Response r, int status, String message) {
        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(r.getEntity()).isEqualTo(new ApiError(message));
    }

    private static <E extends JsonProcessingException> E readFails(String body) {
        return readFails(JSON, body);
    }

    @SuppressWarnings("unchecked")
    private static <E extends JsonProcessingException> E readFails(ObjectMapper json, String body) {
        try {
            json.readValue(body, Report.class);
        } catch (JsonProcessingException e) {
            return (E) e;
        }
        throw new AssertionError("expected " + body + " to be unreadable");
    }

    /** Request headers with just these values. */
    private static HttpHeaders headers(Map<String, String> values) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[]{HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return values.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
