package org.samparksetu.notification.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A complaint that routing put in a cluster led by another complaint (same problem, same place). */
@Entity
@Table(name = "complaint_cluster")
public class ComplaintCluster {
    @Id
    @Column(name = "member_id")
    public String memberId;

    @Column(name = "leader_id", nullable = false)
    public String leaderId;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;
}
