package org.samparksetu.routing.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One officer notice routing decided on: who was told (or that nobody could be), for which trigger. The trigger key
 * makes the same trigger re-published under a new event id tell nobody twice.
 */
@Entity
@Table(name = "officer_notice")
public class Notice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trigger_key", nullable = false, unique = true)
    public String triggerKey;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(nullable = false)
    public int level;

    public String tehsil;

    /** The directory's officer told; null when the directory had nobody. */
    @Column(name = "officer_id")
    public Long officerId;

    /** LOCAL, DISTRICT_WIDE or NONE. */
    @Column(nullable = false)
    public String match;

    @Column(name = "noticed_at", nullable = false)
    public Instant noticedAt;
}
