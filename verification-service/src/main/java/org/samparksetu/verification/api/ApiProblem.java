package org.samparksetu.verification.api;

import jakarta.ws.rs.core.Response;

/** A request the API refuses, with the status and the sentence to answer. */
public class ApiProblem extends RuntimeException {
    private final Response.Status status;

    public ApiProblem(Response.Status status, String message) {
        super(message);
        this.status = status;
    }

    public Response.Status status() {
        return status;
    }
}
