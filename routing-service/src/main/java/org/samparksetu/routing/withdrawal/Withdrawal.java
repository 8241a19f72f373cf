package org.samparksetu.routing.withdrawal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A complaint its citizen withdrew; one row per complaint (the key makes a redelivery change nothing). */
@Entity
@Table(name = "complaint_withdrawal")
public class Withdrawal {
    @Id
    @Column(name = "complaint_id")
    public String complaintId;

    @Column(name = "withdrawn_by", nullable = false)
    public String withdrawnBy;

    public String reason;

    @Column(name = "withdrawn_at", nullable = false)
    public Instant withdrawnAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
