package org.samparksetu.notification.message;

/** What a message to the citizen is about; carried in {@code notification.sent} and in metrics. */
public enum MessageKind {
    ACKNOWLEDGEMENT,
    REGISTERED,
    /**
     * A cluster member joined to its leader's grievance (complaint.registered with {@code linkedTo}): the same problem
     * at the same place was reported already, and this complaint shares that grievance number.
     */
    REGISTERED_LINKED,
    VERIFICATION_REQUEST,
    CLOSED,
    REOPENED,
    ESCALATED,
    NEEDS_TRIAGE,
    QUARANTINED,
    /** The citizen said the fix is not real: why, and a photo if they can (complaint.reason-requested). */
    REASON_REQUEST,
    /** The department cannot act yet: why and by when (complaint.interim-replied). */
    INTERIM_REPLY,
    /** Progress of the complaint that leads the cluster, told to a co-complainant. */
    CO_COMPLAINANT_UPDATE,
    /** The answer to a STATUS command. */
    STATUS_REPLY,
    /** The answer to LIST, HELP or WITHDRAW: only ever sent right after the citizen wrote, so no template. */
    COMMAND_REPLY,
    /** What intake did with a message no complaint event tells (linked repeat, awaiting transcription, blocked):
     * always right after the citizen wrote, so no template (see the notice package). */
    INTAKE_NOTICE,
    /** The answer to a rating or a request to reopen (complaint.rated): the citizen has just written, so no template. */
    RATING_REPLY,
    /** The department rejected, filed or could not do the complaint: its reason, and two buttons, accept or appeal. */
    APPEAL_OFFER,
    /** The department gave interim relief and a date for the rest; the complaint stays open. */
    INTERIM_RELIEF,
    /** The complaint moved to another department (complaint.transferred). */
    TRANSFERRED,
    /** A field check found the complaint false and the number is flagged: a calm warning (citizen.notice). */
    FLAGGED_FALSE,
    /** The grievance cell removed the flag on the citizen's number (citizen.notice). */
    FLAG_CLEARED,
    /**
     * To an officer, not a citizen (officer.notice): always an approved template, whose words are in the officer
     * bundle and whose name and parameters are configured, so it has no entry in the citizens' template file.
     */
    OFFICER_NOTICE;

    /** Whether the kind may have to go out when the citizen's window is closed, so needs an approved citizen template. */
    public boolean needsTemplate() {
        return this != COMMAND_REPLY && this != INTAKE_NOTICE && this != RATING_REPLY && this != OFFICER_NOTICE;
    }
}
