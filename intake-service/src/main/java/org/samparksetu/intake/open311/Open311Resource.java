package org.samparksetu.intake.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.samparksetu.contract.Departments;
import org.samparksetu.intake.citizen.AbuseControls;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintSubmissions;
import org.samparksetu.intake.complaint.DistrictConfig;
import org.samparksetu.intake.text.ContactNumbers;
import org.samparksetu.web.FieldLimits;
import org.samparksetu.web.SimpleRequestsAllowed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}, so existing civic-tech clients can file and track complaints:
 * discovery, services (one per department), service definitions, POST requests (with an api_key), GET requests
 * (90 days / 1000 at most) and GET request by id; XML and JSON by extension; errors as {@code errors[]}.
 * Only complaints filed through Open311 are listed: WhatsApp complainants' texts are not published.
 */
@Path("/open311/v2")
public class Open311Resource {
    static final String FORMATS = "{format:json|xml}";
    static final int MAX_DESCRIPTION = 4000;
    /** The free-text fields of a POST besides the description, and their limits (in the README's Limits table). */
    static final Map<String, Integer> FIELD_LIMITS = Map.of(
            "address_string", 300,
            "address_id", 100,
            "first_name", 100,
            "last_name", 100,
            "email", 254,
            "attribute[village]", 100,
            "attribute[tehsil]", 100,
            "device_id", 100,
            "account_id", 100,
            "media_url", 2000);
    static final int MAX_RESULTS = 1000;
    static final Duration MAX_SPAN = Duration.ofDays(90);

    @Inject
    Open311Requests requests;
    @Inject
    Clock clock;
    @Inject
    DistrictConfig district;
    @Inject
    AbuseControls abuse;

    @ConfigProperty(name = "open311.api-keys")
    List<String> apiKeys;
    @ConfigProperty(name = "open311.jurisdiction-id", defaultValue = "jalore.rajasthan.gov.in")
    String jurisdiction;
    @ConfigProperty(name = "open311.contact", defaultValue = "District Grievance Cell, Collectorate Jalore (Sampark Setu)")
    String contact;

    @Context
    UriInfo uri;

    @GET
    @Path("/discovery." + FORMATS)
    public Response discovery(@PathParam("format") String format) {
        return Open311Render.ok(200, format, "discovery",
                Open311Documents.discovery(uri.getBaseUriBuilder().path("open311/v2").build().toString(), contact));
    }

    @GET
    @Path("/services." + FORMATS)
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdictionId) {
        checkJurisdiction(jurisdictionId, format);
        return Open311Render.ok(200, format, "services", Open311Documents.services());
    }

    @GET
    @Path("/services/{code}." + FORMATS)
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
                               @QueryParam("jurisdiction_id") String jurisdictionId) {
        checkJurisdiction(jurisdictionId, format);
        if (!Departments.isKnown(code)) {
            throw new Open311Exception(404, "service_code " + code + " not found; see services." + format, format);
        }
        return Open311Render.ok(200, format, "service_definition", Open311Documents.definition(code));
    }

    @POST
    @Path("/requests." + FORMATS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @SimpleRequestsAllowed("GeoReport v2 posts a form; the api_key in it, not a browser's saved password, admits the caller")
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        checkJurisdiction(form.getFirst("jurisdiction_id"), format);
        String key = blankToNull(form.getFirst("api_key"));
        if (key == null || apiKeys.stream().noneMatch(k -> MessageDigest.isEqual(
                k.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8)))) {
            throw new Open311Exception(403, "Invalid api_key received -- can't proceed with create_request.", format);
        }
        for (Map.Entry<String, Integer> limit : FIELD_LIMITS.entrySet()) {
            String v = form.getFirst(limit.getKey());
            if (v != null && v.length() > limit.getValue()) {
                throw new Open311Exception(400, FieldLimits.message(limit.getKey(), limit.getValue()), format);
            }
        }
        String code = blankToNull(form.getFirst("service_code"));
        if (code == null) {
            throw new Open311Exception(400, "service_code is required", format);
        }
        if (!Departments.isKnown(code)) {
            throw new Open311Exception(404, "service_code " + code + " not found", format);
        }
        Double lat = number(form.getFirst("lat"), "lat", format);
        Double lon = number(form.getFirst("long"), "long", format);
        String address = blankToNull(form.getFirst("address_string"));
        String addressId = blankToNull(form.getFirst("address_id"));
        if ((lat == null) != (lon == null)) {
            throw new Open311Exception(400, "lat and long must be given together", format);
        }
        if (lat == null && address == null && addressId == null) {
            throw new Open311Exception(400, "a location is required: lat and long, address_string or address_id", format);
        }
        String description = blankToNull(form.getFirst("description"));
        if (description == null) {
            throw new Open311Exception(400, "description is required: say what the problem is", format);
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new Open311Exception(400, FieldLimits.message("description", MAX_DESCRIPTION), format);
        }
        String waId = ContactNumbers.asWaId(form.getFirst("phone"));
        if (waId == null) {
            throw new Open311Exception(400, "phone is required here and must be a valid mobile number: the citizen is answered on WhatsApp", format);
        }
        StringBuilder place = new StringBuilder(address != null ? address : addressId != null ? addressId : "");
        for (String attr : List.of("village", "tehsil")) {
            String v = blankToNull(form.getFirst("attribute[" + attr + "]"));
            if (v != null) {
                place.insert(0, v + (place.isEmpty() ? "" : ", "));
            }
        }
        String name = String.join(" ", Arrays.stream(new String[]{form.getFirst("first_name"), form.getFirst("last_name")})
                .filter(s -> s != null && !s.isBlank()).toList());
        ComplaintSubmissions.Filed filed = requests.file(new Open311Requests.NewRequest(waId, name.isBlank() ? null : name,
                description, place.isEmpty() ? null : place.toString(), lat, lon, code));
        if (filed.refused()) { // the reason the number was blocked is the grievance cell's, not the client's
            throw new Open311Exception(409, abuse.describe(filed.decision().reason())
                    + "; the citizen may contact the District Grievance Cell", format);
        }
        Complaint c = filed.complaint();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", c.complaintId);
        r.put("service_notice", c.status == Complaint.Status.QUARANTINED
                ? "Held for review by the District Grievance Cell." : "Received; the citizen will be answered on WhatsApp.");
        r.put("account_id", null);
        return Open311Render.ok(200, format, "service_requests", List.of(r));
    }

    @GET
    @Path("/requests." + FORMATS)
    public Response requests(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdictionId,
                             @QueryParam("service_request_id") String ids, @QueryParam("service_code") String codes,
                             @QueryParam("start_date") String start, @QueryParam("end_date") String end,
                             @QueryParam("status") String status) {
        checkJurisdiction(jurisdictionId, format);
        List<Complaint> found;
        if (blankToNull(ids) != null) { // overrides every other parameter
            found = requests.withIds(split(ids));
        } else {
            Instant to = blankToNull(end) == null ? Instant.now(clock) : date(end, "end_date", format);
            Instant from = blankToNull(start) == null ? to.minus(MAX_SPAN) : date(start, "start_date", format);
            if (from.isAfter(to)) {
                throw new Open311Exception(400, "start_date must be before end_date", format);
            }
            if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
                throw new Open311Exception(400, "start_date and end_date may span at most 90 days", format);
            }
            found = requests.between(from, to, MAX_RESULTS * 2);
            if (blankToNull(codes) != null) {
                Set<String> wanted = Set.copyOf(split(codes));
                found = found.stream().filter(c -> wanted.contains(c.serviceCode)).toList();
            }
            if (blankToNull(status) != null) {
                Set<String> wanted = Set.copyOf(split(status.toLowerCase()));
                for (String s : wanted) {
                    if (!s.equals("open") && !s.equals("closed")) {
                        throw new Open311Exception(400, "status must be open, closed or both (comma separated)", format);
                    }
                }
                found = found.stream().filter(c -> wanted.contains(Open311Documents.openOrClosed(c))).toList();
            }
        }
        return Open311Render.ok(200, format, "service_requests",
                found.stream().limit(MAX_RESULTS).map(c -> Open311Documents.request(c, district.zone())).toList());
    }

    @GET
    @Path("/requests/{id}." + FORMATS)
    public Response request(@PathParam("id") String id, @PathParam("format") String format,
                            @QueryParam("jurisdiction_id") String jurisdictionId) {
        checkJurisdiction(jurisdictionId, format);
        Complaint c = requests.withId(id)
                .orElseThrow(() -> new Open311Exception(404, "service_request_id " + id + " not found", format));
        return Open311Render.ok(200, format, "service_requests", List.of(Open311Documents.request(c, district.zone())));
    }

    private void checkJurisdiction(String given, String format) {
        if (blankToNull(given) != null && !given.strip().equalsIgnoreCase(jurisdiction)) {
            throw new Open311Exception(404, "jurisdiction_id " + given + " not found; this endpoint serves " + jurisdiction, format);
        }
    }

    private static Instant date(String value, String name, String format) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Exception(400, name + " must be a W3C date-time with a time zone, e.g. 2026-01-01T00:00:00Z", format);
        }
    }

    private static Double number(String value, String name, String format) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new Open311Exception(400, name + " must be a decimal number (WGS84)", format);
        }
    }

    private static List<String> split(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @ServerExceptionMapper(priority = 1)
    public Response open311(Open311Exception e) {
        return Open311Render.errors(e.status(), e.format(), e.getMessage());
    }
}
