package org.samparksetu.intake;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** The one error shape callers see: {@code {"error": "<a sentence a person can act on>"}}. */
public final class ApiError {
    private ApiError() {
    }

    public static Response response(Response.StatusType status, String message) {
        return response(status.getStatusCode(), message);
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }
}
