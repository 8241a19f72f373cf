package org.samparksetu.intake;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into {@code {"error": ...}} with the right status; stack traces stay in our log. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String message = switch (status) {
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
