package org.samparksetu.verification.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Verification's own view of a complaint: the department that must act, the Sampark grievance ID, the
 * state and the officer level it sits at. Created by whichever of the registration and the first action
 * report arrives first, so the registration's fields may still be empty.
 */
@Entity
@Table(name = "tracked_complaint")
public class TrackedComplaint {
    @Id
    @Column(name = "complaint_id")
    public String complaintId;

    @Column(name = "department_code")
    public String departmentCode;

    /** A digit string of varying length; never a number. */
    @Column(name = "grievance_id")
    public String grievanceId;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public ComplaintState state;

    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "state_changed_at", nullable = false)
    public Instant stateChangedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Routing's subject, when known; time limits may be set per department and subject. */
    public String subject;

    /** When the department must have acted at its current level; null while nothing is due. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "deadline_reminded_at")
    public Instant deadlineRemindedAt;

    /** VERIFIED_FIXED or FALSE_COMPLAINT once closed. */
    public String resolution;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "marked_false", nullable = false)
    public boolean markedFalse;

    @Column(name = "interim_reason")
    public String interimReason;

    @Column(name = "interim_expected_by")
    public java.time.LocalDate interimExpectedBy;

    @Column(name = "interim_officer")
    public String interimOfficer;

    @Column(name = "interim_at")
    public Instant interimAt;

    /** How many times it has been closed: each closure is rated on its own. */
    @Column(nullable = false)
    public int closures;

    /** The citizen's counted (first) rating, 1..5, of the latest closure; null until rated. */
    public Integer rating;

    @Column(name = "rated_at")
    public Instant ratedAt;

    /** How often Sampark moved it to another department (the bridge's count); 0 while it never moved. */
    @Column(nullable = false)
    public int transfers;

    /** The department it had before its latest transfer; null while it never moved. */
    @Column(name = "previous_department_code")
    public String previousDepartmentCode;

    @Column(name = "transferred_at")
    public Instant transferredAt;

    /** When the citizen withdrew it; null while it stands. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /**
     * The cluster leader whose grievance this complaint shares (another report of the same problem at the same place):
     * it has no clock of its own and follows the leader to closure. Null for a complaint that stands alone or leads.
     */
    @Column(name = "cluster_leader_id")
    public String clusterLeaderId;

    /** Joined to a cluster's leader: the leader's clock is the one that runs. */
    public void followLeader(String leaderId) {
        clusterLeaderId = leaderId;
        dueAt = null;
        deadlineRemindedAt = null;
    }

    /** Split off the cluster and registered on its own: its own clock starts. */
    public void standAlone(Instant due) {
        clusterLeaderId = null;
        startClock(due);
    }

    /** Withdrawn by the citizen: final, and every clock stops (nothing is due any more). */
    public void withdraw(Instant at) {
        moveTo(ComplaintState.WITHDRAWN, at);
        withdrawnAt = at;
        dueAt = null;
    }

    public boolean isWithdrawn() {
        return state == ComplaintState.WITHDRAWN;
    }

    /** The department must act (again) by {@code due}; the reminder is owed afresh. */
    public void startClock(Instant due) {
        dueAt = due;
        deadlineRemindedAt = null;
    }

    /** Closed: no deadline runs, and this closure waits for the citizen's rating (an earlier closure's does not count). */
    public void close(String resolution, Instant at) {
        moveTo(ComplaintState.CLOSED, at);
        this.resolution = resolution;
        this.closedAt = at;
        this.dueAt = null;
        this.closures++;
        this.rating = null;
        this.ratedAt = null;
    }

    /** The citizen's first rating of this closure. */
    public void rate(int rating, Instant at) {
        this.rating = rating;
        this.ratedAt = at;
    }

    /** Reopened one level up; the new level's clock starts now. */
    public void reopen(int level, Instant at, Instant due) {
        moveTo(ComplaintState.REOPENED, at);
        escalationLevel = level;
        resolution = null;
        closedAt = null;
        startClock(due);
    }

    /** See {@link ComplaintState#awaitsDepartment()}. */
    public boolean awaitsDepartment() {
        return state.awaitsDepartment();
    }

    /**
     * The registration is the authority on department and grievance ID, but it never moves the state:
     * when it arrives after an action report the complaint is already further along.
     */
    public void recordRegistration(String departmentCode, String grievanceId, Instant registeredAt, String subject) {
        // A transfer that overtook the registration (another topic) already named the department that has it now.
        if (departmentCode != null && transfers == 0) {
            this.departmentCode = departmentCode;
        }
        if (subject != null) {
            this.subject = subject;
        }
        if (grievanceId != null) {
            this.grievanceId = grievanceId;
        }
        if (this.registeredAt == null) {
            this.registeredAt = registeredAt;
        }
    }

    /** Fills what an action report knows when the registration has not been seen yet. */
    public void fillFromReport(String departmentCode, String grievanceId) {
        if (this.departmentCode == null) {
            this.departmentCode = departmentCode;
        }
        if (this.grievanceId == null) {
            this.grievanceId = grievanceId;
        }
    }

    /** Sampark moved it to {@code to}: from now on that department must act, and only its reports count. */
    public void transfer(String from, String to, int transfers, Instant at) {
        this.previousDepartmentCode = from;
        this.departmentCode = to;
        this.transfers = transfers;
        this.transferredAt = at;
    }

    public void moveTo(ComplaintState next, Instant at) {
        if (next != state) {
            state = next;
            stateChangedAt = at;
        }
    }

    public boolean isClosed() {
        return state == ComplaintState.CLOSED;
    }
}
