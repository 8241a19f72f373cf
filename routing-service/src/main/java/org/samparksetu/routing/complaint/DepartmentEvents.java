package org.samparksetu.routing.complaint;

import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.contract.events.GeoPoint;

import java.time.Instant;

/** What a department's own topic gets about a complaint routing holds: never the citizen's number. */
public final class DepartmentEvents {
    private DepartmentEvents() {
    }

    /**
     * @param department the department whose topic it goes to (for a transfer out, the one that no longer holds it)
     * @param kind       one of {@link DepartmentComplaint}'s kinds
     * @param other      for a transfer: the department it came from (in) or went to (out); else null
     * @param level      the escalation level, when known
     */
    public static DepartmentComplaint of(RoutingDecision d, String department, String kind, String other,
                                         Integer level, Instant at) {
        GeoPoint pin = d.latitude == null ? null : new GeoPoint(d.latitude, d.longitude, null, null);
        return new DepartmentComplaint(d.complaintId, department, d.text, pin, d.tehsil, d.block, d.village, at, kind,
                other, level);
    }
}
