package org.samparksetu.bridge.portal;

/** The portal answered and refused the request (4xx): repeating it unchanged will not help; a person must look. */
public class PortalRejectedException extends RuntimeException {
    private final int status;

    public PortalRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
