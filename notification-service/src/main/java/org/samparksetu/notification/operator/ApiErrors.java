package org.samparksetu.notification.operator;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure as {@code {"error": "..."}} with the right status, never a stack trace. */
public class ApiErrors {
    private static final Logger LOG = Logger.getLogger(ApiErrors.class);
    static final String CHALLENGE = "Basic realm=\"notification-service\"";

    public record ApiError(String error) {
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("authentication required: use HTTP Basic with a grievance cell account")).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response badCredentials(AuthenticationFailedException e) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("user name or password not recognised")).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return error(403, "your account may not see the call list");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return error(status, e.getMessage() == null || e.getMessage().isBlank() ? "request refused" : e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected error", e);
        return error(500, "something went wrong on our side; try again, and tell the operators if it persists");
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message)).build();
    }
}
