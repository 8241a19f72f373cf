package org.samparksetu.intake;

/** A failure the caller can act on: its status and a sentence, turned into {@code {"error": ...}} by the mappers. */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
