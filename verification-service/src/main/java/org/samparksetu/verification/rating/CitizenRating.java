package org.samparksetu.verification.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One rating, or request to reopen, from the citizen about a tracked complaint, and what it did. */
@Entity
@Table(name = "citizen_rating")
public class CitizenRating {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "complaint_id", nullable = false)
    public String complaintId;

    @Column(name = "department_code")
    public String departmentCode;

    /** Which closure of the complaint it rated (1 = the first); null when the complaint was not closed. */
    public Integer closure;

    /** The check whose verdict closed the complaint, so the rating counts for the officer who reported the fix. */
    @Column(name = "verification_id")
    public UUID verificationId;

    /** 1..5; null for a plain request to reopen. */
    public Integer rating;

    /** The first rating of its closure: the one the satisfaction rate counts. */
    @Column(nullable = false)
    public boolean counted;

    @Column(nullable = false)
    public boolean reopened;

    /** REOPEN_PERIOD_OVER or NOT_CLOSED; null otherwise. */
    public String refusal;

    /** The WhatsApp message id: evidence of who said it and when. */
    @Column(name = "message_id")
    public String messageId;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;
}
