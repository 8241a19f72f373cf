package org.samparksetu.verification.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into {@code {"error": "..."}} with the right status; callers never see a stack trace. */
public class ApiErrorMappers {
    private static final Logger LOG = Logger.getLogger(ApiErrorMappers.class);

    @ServerExceptionMapper
    public Response problem(ApiProblem e) {
        return json(e.status().getStatusCode(), e.getMessage());
    }

    /** Unknown paths, wrong methods and the like keep their status but get the same kind of body. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String message = status == 404 ? "There is nothing at this address; complaints are under /api/complaints/{complaintId}, field checks under /api/field-checks."
                : status == 405 ? "This method is not allowed at this address."
                : "The request could not be handled (HTTP " + status + ").";
        return json(status, message);
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e) {
        return json(401, "Sign in first: this needs an officer's, verifier's or collector's user name and password.");
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return json(403, "Your role does not allow this.");
    }

    @ServerExceptionMapper
    public Response unreadable(jakarta.ws.rs.BadRequestException e) {
        return json(400, "The request body could not be read; send JSON as documented.");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("request failed", e);
        return json(500, "Something went wrong on our side; please try again, and tell the support team if it persists.");
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(message)).build();
    }
}
