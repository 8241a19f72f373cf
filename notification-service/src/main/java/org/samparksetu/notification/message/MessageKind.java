package org.samparksetu.notification.message;

/** What a message to the citizen is about; carried in {@code notification.sent} and in metrics. */
public enum MessageKind {
    ACKNOWLEDGEMENT,
    REGISTERED,
    VERIFICATION_REQUEST,
    CLOSED,
    REOPENED,
    ESCALATED,
    NEEDS_TRIAGE,
    QUARANTINED
}
