package org.samparksetu.bridge.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.samparksetu.bridge.portal.GrievanceRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The registrar's bookkeeping around each call to the portal, one transaction each: claiming due rows before a call,
 * and after a failed one, when to try again and whether to look the reference up first. The portal is called between
 * these transactions, never inside one.
 */
@ApplicationScoped
public class RegistrationAttempts {

    @Inject
    RegistrationRepository registrations;
    @Inject
    PortalGrievanceRepository grievances;
    @Inject
    RegistrarConfig config;
    @Inject
    Clock clock;

    /**
     * What one attempt needs, read while the row was claimed. {@code withdrawn}: look up only, never register (the
     * citizen withdrew it while an attempt was out).
     */
    public record Claim(String complaintId, String departmentCode, boolean lookUpFirst, int attempt, GrievanceRequest request,
                        List<String> earlierGrievanceIds, boolean withdrawn) {
    }

    /**
     * Claims due rows: each is marked AMBIGUOUS before anything is sent (so a crash mid-call leaves a row
     * that is looked up, not re-registered) and leased, so no other sweep takes it meanwhile.
     */
    @Transactional
    public List<Claim> claimDue(int limit) {
        Instant now = now();
        List<Claim> claims = new ArrayList<>();
        for (Registration r : registrations.lockDue(now, limit)) {
            claims.add(new Claim(r.complaintId, r.departmentCode, r.ambiguous, r.attempts + 1, new GrievanceRequest(
                    r.complaintId, r.departmentCode, r.portalSubject(), r.description, r.district, r.tehsil, r.block, r.village,
                    r.contactNumber, r.previousGrievanceId),
                    r.reopenCount > 0 ? grievances.grievanceIdsOf(r.complaintId) : List.of(),
                    r.state == Registration.State.WITHDRAWN));
            r.ambiguous = true;
            r.attempts++;
            r.nextAttemptAt = now.plus(config.lease());
            r.updatedAt = now;
        }
        return claims;
    }

    /** The attempt did not register it: the next one is due after {@code retry.after()}, as the retry rule says. */
    @Transactional
    public void retryLater(String complaintId, RegistrationRetryRule.Retry retry) {
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.state == Registration.State.REGISTERED) {
            return; // PENDING, or WITHDRAWN while this attempt was out: what the attempt taught us still counts
        }
        Instant now = now();
        r.ambiguous = retry.lookUpFirst();
        if (!retry.countsAsAttempt()) {
            r.attempts = Math.max(0, r.attempts - 1);
        }
        if (retry.lastError() != null) {
            r.lastError = retry.lastError();
        }
        r.nextAttemptAt = now.plus(retry.after());
        r.updatedAt = now;
    }

    /**
     * A withdrawn row's look-up found no grievance at the portal: the attempt that was out never registered it.
     * Nothing more will be sent.
     */
    @Transactional
    public void settleWithdrawn(String complaintId) {
        Registration r = registrations.findById(complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.state != Registration.State.WITHDRAWN) {
            return;
        }
        r.ambiguous = false;
        r.lastError = null;
        r.updatedAt = now();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
