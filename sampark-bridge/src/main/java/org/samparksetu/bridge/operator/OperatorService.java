package org.samparksetu.bridge.operator;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.portal.PortalGrievance;
import org.samparksetu.bridge.registration.GrievanceIdTakenException;
import org.samparksetu.bridge.registration.PortalGrievanceRecord;
import org.samparksetu.bridge.registration.PortalGrievanceRepository;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.bridge.registration.GrievanceRecorder;
import org.samparksetu.contract.Departments;
import org.samparksetu.web.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Operator mode: a Sampark Kendra operator enters queued complaints on the real portal by hand and records the
 * grievance ID the portal gave, which registers the complaint here (mode OPERATOR).
 */
@ApplicationScoped
public class OperatorService {
    private static final Logger LOG = Logger.getLogger(OperatorService.class);
    public static final String MODE_OPERATOR = "OPERATOR";
    /** Sampark grievance IDs seen are 13 (0315127000636) and 14 (06180713852160) digits; leading zeros count. */
    static final Pattern GRIEVANCE_ID = Pattern.compile("[0-9]{13,14}");

    @Inject
    RegistrationRepository registrations;
    @Inject
    PortalGrievanceRepository grievances;
    @Inject
    GrievanceRecorder grievanceRecorder;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    /** A queued complaint laid out in the portal's own fields, in the order the portal's form asks for them. */
    public record QueueEntry(String complaintId, String department, String departmentName, String departmentNameHi,
                             String subject, String district, String tehsil, String blockOrTown, String ward,
                             String gramPanchayat, String village, String description, String contactNumber,
                             List<String> attachments, Double latitude, Double longitude, String previousGrievanceId,
                             Instant waitingSince) {
    }

    public record Recorded(String complaintId, String grievanceId, String mode) {
    }

    public record RegisteredEntry(String complaintId, String department, String grievanceId, String subject,
                                  Instant registeredAt) {
    }

    @Transactional
    public List<QueueEntry> queue() {
        return registrations.operatorQueue().stream().map(OperatorService::entry).toList();
    }

    @Transactional
    public List<RegisteredEntry> registered() {
        return registrations.list("state = ?1 and entryMode = ?2 order by registeredAt desc",
                        Registration.State.REGISTERED, Registration.ENTRY_OPERATOR).stream().limit(200)
                .map(r -> new RegisteredEntry(r.complaintId, r.departmentCode, r.grievanceId, r.subject, r.registeredAt))
                .toList();
    }

    static String checkGrievanceId(String raw) {
        String id = raw == null ? "" : raw.strip();
        if (!GRIEVANCE_ID.matcher(id).matches()) {
            throw ApiException.badRequest("Grievance ID must be the 13 or 14 digits the Sampark portal showed "
                    + "(for example 0315127000636), with no spaces or letters; '" + abbreviate(id) + "' is not one.");
        }
        return id;
    }

    /** Records the grievance ID the operator got from the portal; the same ID again is answered as before. */
    @Transactional
    public Recorded record(String complaintId, String rawGrievanceId, String operator) {
        String grievanceId = checkGrievanceId(rawGrievanceId);
        Registration r = registrations.findById(complaintId);
        if (r == null) {
            throw ApiException.notFound("no complaint " + complaintId + " is waiting for Sampark entry");
        }
        if (r.state == Registration.State.REGISTERED) {
            if (grievanceId.equals(r.grievanceId)) {
                return new Recorded(complaintId, grievanceId, r.mode); // a double click: nothing new
            }
            throw ApiException.conflict("complaint " + complaintId + " is already registered as grievance " + r.grievanceId);
        }
        if (!Registration.ENTRY_OPERATOR.equals(r.entryMode)) {
            throw ApiException.conflict("complaint " + complaintId + " is registered through the portal API, not by hand");
        }
        // A reopened complaint may have been reopened on the portal under its earlier grievance ID instead of
        // registered anew: the operator then records that same ID.
        boolean reopenedInPlace = grievanceId.equals(r.previousGrievanceId);
        PortalGrievanceRecord known = grievances.findById(grievanceId);
        if (known != null && !reopenedInPlace) {
            throw ApiException.conflict("Grievance ID " + grievanceId + " is already recorded for complaint "
                    + known.complaintId + ": check the number on the portal.");
        }
        Instant now = Instant.now(clock);
        try {
            grievanceRecorder.record(complaintId, new PortalGrievance(grievanceId, complaintId, r.departmentCode,
                    "REGISTERED", null, null, operator, now, now), MODE_OPERATOR, reopenedInPlace);
        } catch (GrievanceIdTakenException e) {
            throw ApiException.conflict("Grievance ID " + grievanceId + " is already recorded for complaint "
                    + e.complaintId() + ": check the number on the portal.");
        }
        metrics.counter("sampark.registrations.registered", "mode", MODE_OPERATOR,
                "how", reopenedInPlace ? "reopened" : "entered").increment();
        LOG.infof("complaint %s registered by operator %s as grievance %s", complaintId, operator, grievanceId);
        return new Recorded(complaintId, grievanceId, MODE_OPERATOR);
    }

    private static QueueEntry entry(Registration r) {
        var dept = Departments.byCode(r.departmentCode);
        return new QueueEntry(r.complaintId, r.departmentCode, dept.map(Departments.Department::nameEn).orElse(r.departmentCode),
                dept.map(Departments.Department::nameHi).orElse(null), r.portalSubject(), r.district, r.tehsil, r.block,
                r.ward, r.gramPanchayat, r.village, r.description, r.contactNumber, attachments(r), r.latitude, r.longitude,
                r.previousGrievanceId, r.queuedAt);
    }

    /**
     * The complaint's media as the operator identifies them: intake's content hashes (SHA-256). The operator fetches
     * each from intake's media store by that hash and attaches it on the portal; the hash also proves it unaltered.
     */
    static List<String> attachments(Registration r) {
        return r.mediaIdList().stream().map(id -> id.matches("[0-9a-fA-F]{64}") ? "sha256:" + id.toLowerCase() : id).toList();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
