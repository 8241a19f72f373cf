package org.samparksetu.bridge.portal;

/**
 * The request was (or may have been) sent but no usable answer came back: a timeout, a connection reset
 * after sending, a gateway error, an unreadable success body. The portal may have acted on it, so it must
 * never be blindly repeated: look the reference up first.
 */
public class AmbiguousPortalOutcomeException extends RuntimeException {
    public AmbiguousPortalOutcomeException(String message) {
        super(message);
    }

    public AmbiguousPortalOutcomeException(String message, Throwable cause) {
        super(message, cause);
    }
}
