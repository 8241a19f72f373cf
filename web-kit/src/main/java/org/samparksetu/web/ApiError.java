package org.samparksetu.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error answer of every service: {@code {"error": "<one sentence a person can act on>"}}. */
public record ApiError(String error) {

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(message)).build();
    }

    public static Response response(Response.StatusType status, String message) {
        return response(status.getStatusCode(), message);
    }
}
