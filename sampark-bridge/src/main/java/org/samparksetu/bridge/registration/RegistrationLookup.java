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
                                   String village) {
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
                r.ambiguous, r.lastError, r.registeredAt, r.subject, r.description, r.tehsil, r.village);
    }
}
