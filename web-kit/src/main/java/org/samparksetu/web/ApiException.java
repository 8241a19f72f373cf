package org.samparksetu.web;

import jakarta.ws.rs.core.Response;

/** A refusal with its HTTP status and a sentence for the caller; {@link ApiErrorMappers} turns it into the answer. */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ApiException(Response.StatusType status, String message) {
        this(status.getStatusCode(), message);
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    /** 503: a system this depends on did not answer; the caller may try again. */
    public static ApiException unavailable(String message) {
        return new ApiException(503, message);
    }
}
