package org.samparksetu.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of every service's REST API into {@link ApiError} with the right status; the stack trace
 * stays in our log. Authentication runs lazily in the REST layer ({@code quarkus.http.auth.proactive=false}) so
 * that its failures come here too. One copy for all services, so that a caller meets one error shape everywhere.
 */
public class ApiErrorMappers {
    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);
    /** Our own pages' scripts send it: see {@link #challenge}. */
    static final String PAGE_SCRIPT_HEADER = "X-Requested-With";

    @Inject
    WebConfig config;
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return ApiError.response(e.status(), e.getMessage());
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers) {
        return challenge(headers, config.signInHint());
    }

    @ServerExceptionMapper(priority = 1)
    public Response badCredentials(AuthenticationFailedException e, HttpHeaders headers) {
        return challenge(headers, "user name or password not recognised");
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return ApiError.response(403, config.forbiddenHint());
    }

    /**
     * 401 with a Basic challenge, except for our own pages' scripts (they send {@code X-Requested-With}): a
     * challenge would make the browser pop up its own password dialog over the page's sign-in form.
     */
    private Response challenge(HttpHeaders headers, String message) {
        Response.ResponseBuilder b = Response.status(401).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(message));
        if (headers == null || headers.getHeaderString(PAGE_SCRIPT_HEADER) == null) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + application + "\"");
        }
        return b.build();
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        return ApiError.response(400, field == null ? "request body is not the expected JSON object"
                : "field '" + field + "' has the wrong type");
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException limit) { // too deep or too long: say which limit, not "invalid"
            return ApiError.response(400, "request body refused: " + JsonLimits.describe(limit));
        }
        return ApiError.response(400, "request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        // An unreadable body arrives wrapped in a 400 by the REST layer: say what was wrong with it.
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof MismatchedInputException m) {
                return unreadable(m);
            }
            if (c instanceof JsonProcessingException j) {
                return malformed(j);
            }
        }
        if (ownMessage(e)) {
            return ApiError.response(status, e.getMessage()); // one of ours, e.g. new NotFoundException("no complaint X")
        }
        String message = switch (status) {
            case 400 -> "the request could not be read; send the JSON object this endpoint expects";
            case 404 -> config.addressHint().map(h -> "no such resource; " + h).orElse("no such resource");
            case 405 -> "this method is not allowed here";
            case 406 -> "this API answers application/json only";
            case 413 -> "the request body is larger than this endpoint accepts";
            case 415 -> "unsupported content type; send the body as application/json";
            default -> "the request could not be processed";
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return ApiError.response(status, message);
    }

    /** The framework's own (unknown path, wrong method) carry only the default "HTTP 404 Not Found". */
    private static boolean ownMessage(WebApplicationException e) {
        String m = e.getMessage();
        return m != null && !m.isBlank() && !m.matches("HTTP \\d{3}( .*)?");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure answering a request", e);
        return ApiError.response(500, "the request could not be completed right now; it is safe to try again later");
    }
}
