package org.samparksetu.bridge.registration;

/** A grievance ID is already recorded (for this complaint's earlier grievance, or for another complaint). */
public class GrievanceIdTakenException extends RuntimeException {
    private final String grievanceId;
    private final String complaintId;

    public GrievanceIdTakenException(String grievanceId, String complaintId) {
        super("grievance " + grievanceId + " is already recorded for complaint " + complaintId);
        this.grievanceId = grievanceId;
        this.complaintId = complaintId;
    }

    public String grievanceId() {
        return grievanceId;
    }

    public String complaintId() {
        return complaintId;
    }
}
