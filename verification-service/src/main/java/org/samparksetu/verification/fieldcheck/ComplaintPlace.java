package org.samparksetu.verification.fieldcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where the complaint is, as routing placed it (the citizen's location pin). */
@Entity
@Table(name = "complaint_place")
public class ComplaintPlace {
    @Id
    @Column(name = "complaint_id")
    public String complaintId;
    public Double latitude;
    public Double longitude;
    public String village;
    public String tehsil;
}
