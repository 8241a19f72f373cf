package org.samparksetu.intake.open311;

import org.samparksetu.contract.Departments;
import org.samparksetu.intake.complaint.Complaint;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GeoReport v2 documents this endpoint answers with, as trees of maps and lists in the spec's field order
 * ({@link Open311Render} writes them as JSON or XML): discovery, the service list (one service per department), a
 * service definition, and a service request.
 */
final class Open311Documents {
    private static final String CHANGESET = "2026-11-29T00:00:00Z";

    private Open311Documents() {
    }

    static Map<String, Object> discovery(String url, String contact) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", url);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", CHANGESET);
        d.put("contact", contact);
        d.put("key_service", "Ask the District Grievance Cell, Jalore, for an api_key (needed to file requests only).");
        d.put("endpoints", List.of(endpoint));
        return d;
    }

    static List<Map<String, Object>> services() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (var d : Departments.all()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", d.code());
            s.put("service_name", d.nameEn());
            s.put("description", d.nameHi() + " — " + d.typicalSubjects());
            s.put("metadata", true);
            s.put("type", "realtime");
            s.put("keywords", d.typicalSubjects());
            s.put("group", "Jalore district");
            services.add(s);
        }
        return services;
    }

    static Map<String, Object> definition(String code) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", List.of(
                attribute("village", "Village or ward (gaon / ward)", 1),
                attribute("tehsil", "Tehsil or block", 2)));
        return definition;
    }

    private static Map<String, Object> attribute(String code, String description, int order) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("variable", true);
        a.put("code", code);
        a.put("datatype", "string");
        a.put("required", false);
        a.put("datatype_description", "free text");
        a.put("order", order);
        a.put("description", description);
        return a;
    }

    /** One service request as GeoReport v2 shows it; times in the district's zone, to the second. */
    static Map<String, Object> request(Complaint c, ZoneId zone) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", c.complaintId);
        r.put("status", openOrClosed(c));
        r.put("status_notes", notes(c));
        r.put("service_name", Departments.byCode(c.serviceCode).map(Departments.Department::nameEn).orElse(c.serviceCode));
        r.put("service_code", c.serviceCode);
        r.put("description", c.text);
        r.put("agency_responsible", Departments.byCode(c.serviceCode).map(Departments.Department::nameEn).orElse(null));
        r.put("service_notice", null);
        r.put("requested_datetime", w3c(c.receivedAt, zone));
        r.put("updated_datetime", w3c(c.updatedAt != null ? c.updatedAt : c.receivedAt, zone));
        r.put("expected_datetime", null);
        r.put("address", c.locationName);
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", c.latitude);
        r.put("long", c.longitude);
        r.put("media_url", null);
        return r;
    }

    static String openOrClosed(Complaint c) {
        return switch (c.status) {
            case REJECTED, WITHDRAWN, LINKED -> "closed";
            default -> "open";
        };
    }

    private static String notes(Complaint c) {
        return switch (c.status) {
            case RECEIVED -> "Received and sent on for routing to the department.";
            case QUARANTINED -> "Held for review by the District Grievance Cell.";
            case REJECTED -> "Rejected: " + (c.decisionNote == null ? "see the District Grievance Cell" : c.decisionNote);
            case WITHDRAWN -> "Withdrawn by the citizen.";
            case LINKED -> "Duplicate request.";
            default -> "Being processed.";
        };
    }

    private static String w3c(Instant t, ZoneId zone) {
        return t == null ? null : OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.SECONDS), zone)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
