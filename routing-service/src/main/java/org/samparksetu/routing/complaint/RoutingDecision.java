package org.samparksetu.routing.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The routing service's record of where a complaint is now, and the inputs it was decided on. */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision {
    public enum Outcome { ROUTED, NEEDS_TRIAGE }

    @Id
    @Column(name = "complaint_id")
    public String complaintId;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(nullable = false)
    public double confidence;

    @Column(name = "matched_terms", nullable = false)
    public String matchedTerms;

    /** CLASSIFIER or the operator who decided last. */
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    public String text;
    public String language;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    public String tehsil;
    public String block;
    public String village;

    @Column(name = "place_urban", nullable = false)
    public boolean placeUrban;

    @Column(name = "place_evidence")
    public String placeEvidence;

    public Double latitude;
    public Double longitude;

    /** "CODE:0.62,CODE:0.21": what the classifier suggested, best first. */
    @Column(nullable = false)
    public String suggestions = "";

    /** Needed to re-emit complaint.routed after a re-route; never sent to a department's topic. */
    @Column(name = "contact_number")
    public String contactNumber;

    /** The leader's complaint ID while it is in a cluster; its own ID once it leads one; null otherwise. */
    @Column(name = "cluster_id")
    public String clusterId;

    /**
     * The leader of the cluster the grievance cell split this complaint from (not the same problem after all), so that
     * clustering never joins the two again on its own; null when never split.
     */
    @Column(name = "split_from")
    public String splitFrom;

    /** In someone else's cluster: a leader carries its own ID, and cannot be split from itself. */
    public boolean isClusterMember() {
        return clusterId != null && !clusterId.equals(complaintId);
    }

    /** The operator who took a triage item (null while unclaimed). */
    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the citizen withdrew it (null while it stands): out of triage, and no operator may route it again. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Subject within the department (subjects.tsv), or null when the words do not tell. */
    public String subject;

    /** Ward number in a town, when the complaint says it; null otherwise. */
    public String ward;

    /** The village's gram panchayat (LGD), or the gram panchayat the complaint named; null in towns and when unknown. */
    @Column(name = "gram_panchayat")
    public String gramPanchayat;

    /** What the place found is (village, census_town, ulb), for complaint.routed; null without a village or town. */
    @Column(name = "place_kind")
    public String placeKind;

    /** The place's own point (a village's LGD centroid, a town's centre), kept so a re-route re-emits it. */
    @Column(name = "place_latitude")
    public Double placeLatitude;

    @Column(name = "place_longitude")
    public Double placeLongitude;

    /** The municipal body when the place is in a town (its LSG officers hold the complaint), else null. */
    @Column(name = "municipal_body")
    public String municipalBody;

    /** How often the complaint moved to another department after it was first routed (CPGRAMS allows three). */
    @Column(nullable = false)
    public int transfers;

    /** When the bridge registered it on the portal; from then on a move is the portal's transfer. Null before. */
    @Column(name = "registered_at")
    public Instant registeredAt;

    /** Why it waits in triage (the classifier was unsure, or it was transferred three times); null when routed. */
    @Column(name = "triage_reason")
    public String triageReason;

    /** Content hashes of the complaint's media, comma separated (hex digests); empty when none. */
    @Column(name = "media_ids", nullable = false)
    public String mediaIds = "";

    public java.util.List<String> mediaIdList() {
        return mediaIds == null || mediaIds.isBlank() ? java.util.List.of() : java.util.List.of(mediaIds.split(","));
    }

    public java.util.List<String> matchedTermList() {
        return matchedTerms == null || matchedTerms.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(matchedTerms.split(", ")).toList();
    }
}
