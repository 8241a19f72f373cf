package org.samparksetu.contract;

import org.samparksetu.contract.events.*;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type, the record its {@code data} holds, the topic it is published on and its schema.
 * Each topic has exactly one writing service. Changes are additive; a breaking change is a new type.
 */
public enum EventType {
    COMPLAINT_RECEIVED("complaint.received", ComplaintReceived.class),
    COMPLAINT_QUARANTINED("complaint.quarantined", ComplaintQuarantined.class),
    CITIZEN_REPLIED("citizen.replied", CitizenReplied.class),
    WHATSAPP_STATUS("whatsapp.status", WhatsAppStatus.class),
    COMPLAINT_ROUTED("complaint.routed", ComplaintRouted.class),
    COMPLAINT_NEEDS_TRIAGE("complaint.needs-triage", ComplaintNeedsTriage.class),
    DEPARTMENT_COMPLAINT("department.complaint", DepartmentComplaint.class),
    COMPLAINT_REGISTERED("complaint.registered", ComplaintRegistered.class),
    COMPLAINT_ACTION_REPORTED("complaint.action-reported", ComplaintActionReported.class),
    COMPLAINT_VERIFICATION_REQUESTED("complaint.verification-requested", VerificationRequested.class),
    COMPLAINT_VERIFIED("complaint.verified", ComplaintVerified.class),
    COMPLAINT_REOPENED("complaint.reopened", ComplaintReopened.class),
    COMPLAINT_ESCALATED("complaint.escalated", ComplaintEscalated.class),
    COMPLAINT_CLOSED("complaint.closed", ComplaintClosed.class),
    COMPLAINT_REASON_REQUESTED("complaint.reason-requested", DisputeReasonRequested.class),
    COMPLAINT_INTERIM_REPLIED("complaint.interim-replied", InterimReplied.class),
    COMPLAINT_DEADLINE_APPROACHING("complaint.deadline-approaching", DeadlineApproaching.class),
    COMPLAINT_MARKED_FALSE("complaint.marked-false", ComplaintMarkedFalse.class),
    COMPLAINT_WITHDRAWN("complaint.withdrawn", ComplaintWithdrawn.class),
    CITIZEN_NOTICE("citizen.notice", CitizenNotice.class),
    COMPLAINT_RATED("complaint.rated", ComplaintRated.class),
    COMPLAINT_TRANSFERRED("complaint.transferred", ComplaintTransferred.class),
    OFFICER_NOTICE("officer.notice", OfficerNotice.class),
    NOTIFICATION_SENT("notification.sent", NotificationSent.class),
    NOTIFICATION_FAILED("notification.failed", NotificationFailed.class);

    private final String type;
    private final Class<?> dataClass;

    EventType(String type, Class<?> dataClass) {
        this.type = type;
        this.dataClass = dataClass;
    }

    /** The CloudEvents {@code type}, e.g. {@code complaint.routed}. */
    public String type() {
        return type;
    }

    public Class<?> dataClass() {
        return dataClass;
    }

    /** The schema id carried in {@code dataschema}; the file is {@code schemas/<type>.v1.json} in this jar. */
    public String schema() {
        return "urn:samparksetu:schema:" + type + ":v1";
    }

    public String schemaResource() {
        return "schemas/" + type + ".v1.json";
    }

    /**
     * The topic this type is published on. Department fan-out events go to one topic per department,
     * see {@link Topics#department(String)}; every other type has a topic of its own name.
     */
    public String topic() {
        return this == DEPARTMENT_COMPLAINT ? null : type;
    }

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
