package org.samparksetu.bridge.actionreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;
import org.samparksetu.bridge.web.DepartmentAccess;
import org.samparksetu.web.ApiException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Photos of the work for an action-taken report, for officers who have no file server to link to (the console's
 * camera upload): stored by complaint and content hash, readable only by the department the complaint is with. The
 * report then carries the photo's link and hash like any other photo ({@link CheckedReport#photos}).
 */
@ApplicationScoped
public class ReportPhotos {
    /** A phone photo, compressed: enough for a JPEG of a pipe or a pole, not for a video passed off as a photo. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    @Inject
    EntityManager em;
    @Inject
    RegistrationRepository registrations;
    @Inject
    Clock clock;

    public record Upload(String complaintId, String contentType, String base64) {
    }

    public record Stored(String complaintId, String sha256, String contentType, int size, String uploadedBy,
                         Instant uploadedAt) {
    }

    public record Photo(byte[] bytes, String contentType) {
    }

    @Transactional
    public Stored store(Upload upload, DepartmentAccess access) {
        if (upload == null || upload.complaintId() == null || upload.complaintId().isBlank()
                || upload.complaintId().length() > CheckedReport.SHORT_MAX) {
            throw ApiException.badRequest("field 'complaintId' is required");
        }
        String type = upload.contentType() == null ? "" : upload.contentType().strip().toLowerCase(java.util.Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw ApiException.badRequest("field 'contentType' must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        if (upload.base64() == null || upload.base64().isBlank()) {
            throw ApiException.badRequest("field 'base64' (the photo's bytes, base64) is required");
        }
        if (upload.base64().length() > (MAX_BYTES / 3 + 1) * 4) {
            throw ApiException.badRequest("the photo is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(upload.base64().strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("field 'base64' is not base64");
        }
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw ApiException.badRequest("the photo is empty or larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        String complaintId = upload.complaintId().strip();
        Registration registration = departmentsOwn(complaintId, access);
        String sha256 = sha256(bytes);
        Instant now = Instant.now(clock);
        String by = access.principal();
        em.createNativeQuery("""
                        insert into action_report_photo (complaint_id, sha256, department_code, content_type, bytes,
                                                         uploaded_by, uploaded_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (complaint_id, sha256) do nothing""")
                .setParameter(1, complaintId).setParameter(2, sha256).setParameter(3, registration.departmentCode)
                .setParameter(4, type).setParameter(5, bytes).setParameter(6, by).setParameter(7, now)
                .executeUpdate();
        return new Stored(complaintId, sha256, type, bytes.length, by, now);
    }

    /** The complaint's photos of the work, newest first (without their bytes). */
    @Transactional
    public List<Stored> forComplaint(String complaintId, DepartmentAccess access) {
        departmentsOwn(complaintId, access);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select complaint_id, sha256, content_type, length(bytes), uploaded_by, uploaded_at
                        from action_report_photo where complaint_id = ?1 order by uploaded_at desc, sha256""")
                .setParameter(1, complaintId).getResultList();
        return rows.stream().map(r -> new Stored((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4], instant(r[5]))).toList();
    }

    @Transactional
    public Photo photo(String complaintId, String sha256, DepartmentAccess access) {
        departmentsOwn(complaintId, access);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select bytes, content_type from action_report_photo where complaint_id = ?1 and sha256 = ?2")
                .setParameter(1, complaintId).setParameter(2, sha256 == null ? "" : sha256.toLowerCase(java.util.Locale.ROOT))
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("no such photo of complaint " + complaintId);
        }
        return new Photo((byte[]) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    /** The complaint must be known and with one of the caller's departments now (403 naming it otherwise). */
    private Registration departmentsOwn(String complaintId, DepartmentAccess access) {
        Registration registration = complaintId == null ? null : registrations.findById(complaintId);
        if (registration == null) {
            throw ApiException.notFound("no complaint " + complaintId + " is known to the Sampark bridge");
        }
        access.require(registration.departmentCode, "complaint " + complaintId);
        return registration;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
