package org.samparksetu.routing.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a JSON {@code {"error": "..."}} with the right status. Authentication runs
 * lazily in the REST layer ({@code quarkus.http.auth.proactive=false}) so that its failures come here too.
 */
public class ApiErrorMappers {
    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);
    static final String CHALLENGE = "Basic realm=\"routing-service\"";

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return error(e.status(), e.getMessage());
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("authentication required: use HTTP Basic with your operator or directory account")).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response badCredentials(AuthenticationFailedException e) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("user name or password not recognised")).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return error(403, "your account may not do this");
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        return error(400, field == null ? "request body is not the expected JSON object"
                : "field '" + field + "' has the wrong type");
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return error(400, "request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // An unreadable body arrives wrapped in a 400 by the REST layer: say what was wrong with it.
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof MismatchedInputException m) {
                return unreadable(m);
            }
            if (c instanceof JsonProcessingException j) {
                return malformed(j);
            }
        }
        String message = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 415 -> "send the body as application/json";
            case 406 -> "this API answers application/json only";
            default -> e.getMessage() == null ? "request failed" : e.getMessage();
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return error(status, message);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure answering a request", e);
        return error(500, "internal error; the request was not completed, try again later");
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message)).build();
    }
}
