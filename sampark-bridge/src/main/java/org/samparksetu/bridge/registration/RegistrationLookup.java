package org.samparksetu.bridge.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.samparksetu.web.ApiException;

import java.time.Instant;

/** Where a complaint's Sampark registration stands, as a department may see it. */
@ApplicationScoped
public class RegistrationLookup {

    /**
     * No contact number here: a department sees the complaint (what it says and where: the officer's console shows
     * them), not the citizen's phone.
     */
    public record RegistrationView(String complaintId, String departmentCode, String state, String grievanceId,
                                   String mode, int attempts, boolean ambiguous, String lastError,
                                   Instant registeredAt, String subject, String description, String tehsil,
                                   String village, java.util.List<String> attachments) {
    }

    /**
     * The citizen's files sent with the complaint, by the SHA-256 under which intake stores them (the department's
     * officer reads them from intake's {@code /officer/media/{sha256}}); references of any other form are left out.
     */
    static java.util.List<String> attachments(Registration r) {
        return r.mediaIdList().stream().map(String::strip).filter(id -> id.matches("[0-9a-fA-F]{64}"))
                .map(id -> id.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Inject
    RegistrationRepository registrations;

    /** The complaint's registration; 404 when the bridge has none. */
    @Transactional
    public RegistrationView of(String complaintId) {
        Registration r = registrations.findById(complaintId);
        if (r == null) {
            throw ApiException.notFound("no registration for complaint " + complaintId);
        }
        return new RegistrationView(r.complaintId, r.departmentCode, r.state.name(), r.grievanceId, r.mode, r.attempts,
                r.ambiguous, r.lastError, r.registeredAt, r.subject, r.description, r.tehsil, r.village, attachments(r));
    }
}
