package org.samparksetu.routing.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One officer post and who holds it: a department's level L1..L4 for a district, tehsil, block or municipal body. */
@Entity
@Table(name = "officer")
public class Officer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String district;
    @Column(name = "department_code", nullable = false)
    public String departmentCode;
    @Column(name = "jurisdiction_type", nullable = false)
    public String jurisdictionType;
    @Column(nullable = false)
    public String jurisdiction;
    @Column(nullable = false)
    public String level;
    @Column(nullable = false)
    public String designation;
    public String name;
    /** The office phone, as the district lists it. */
    public String phone;
    public String email;
    /** The officer's WhatsApp number (digits with the country code, 91XXXXXXXXXX): where notices go. */
    public String whatsapp;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
