package org.samparksetu.intake;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into {@code {"error": ...}} with the right status; stack traces stay in our log. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    static final String CHALLENGE = "Basic realm=\"intake-service\"";

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return ApiError.response(e.status(), e.getMessage());
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e) {
        return challenge("authentication required: use HTTP Basic with your operator or officer account");
    }

    @ServerExceptionMapper(priority = 1)
    public Response badCredentials(AuthenticationFailedException e) {
        return challenge("user name or password not recognised");
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return ApiError.response(403, "your account may not do this");
    }

    private static Response challenge(String message) {
        return Response.fromResponse(ApiError.response(401, message)).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String message = switch (status) {
            case 400 -> "the request body could not be read; send the JSON object this endpoint expects";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 413 -> "the request body is larger than the 3 MB limit";
            case 415 -> "unsupported content type";
            default -> e.getMessage() == null ? "the request could not be processed" : e.getMessage();
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return ApiError.response(status, message);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                "the request could not be processed right now; it is safe to retry");
    }
}
