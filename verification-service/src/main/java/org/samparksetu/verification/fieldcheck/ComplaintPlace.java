package org.samparksetu.verification.fieldcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where the complaint is, as routing placed it: the citizen's location pin ({@code latitude}, {@code longitude}) when
 * they sent one, and routing's place (village or town, its gram panchayat and tehsil, the village's centroid or the
 * town's centre and what kind of place it is).
 */
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
    @Column(name = "gram_panchayat")
    public String gramPanchayat;
    @Column(name = "place_latitude")
    public Double placeLatitude;
    @Column(name = "place_longitude")
    public Double placeLongitude;
    /** {@code village}, {@code census_town} or {@code ulb}; null when routing found no village or town. */
    @Column(name = "place_kind")
    public String placeKind;
}
