package org.samparksetu.bridge.portalsync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** How far the portal's changes have been read: every change with {@code updatedAt} up to the watermark is seen. */
@Entity
@Table(name = "portal_poll")
public class PortalPoll {
    @Id
    public String name;

    @Column(nullable = false)
    public Instant watermark;
}
