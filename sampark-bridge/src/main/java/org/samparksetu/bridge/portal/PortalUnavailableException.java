package org.samparksetu.bridge.portal;

/** The portal did not act on the request (not reachable, or it answered "unavailable"): safe to try again. */
public class PortalUnavailableException extends RuntimeException {
    public PortalUnavailableException(String message) {
        super(message);
    }

    public PortalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
