package org.samparksetu.bridge.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.bridge.registration.RegistrarConfig;
import org.samparksetu.bridge.registration.Registration;
import org.samparksetu.bridge.registration.RegistrationRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The transferrer's bookkeeping around each transfer call, one transaction each: claiming due moves before the call,
 * and after a failed one, when to try again. The portal is called between these transactions, never inside one.
 */
@ApplicationScoped
public class TransferAttempts {
    private static final Logger LOG = Logger.getLogger(TransferAttempts.class);

    @Inject
    PortalTransferRepository transfers;
    @Inject
    RegistrationRepository registrations;
    @Inject
    RegistrarConfig config;
    @Inject
    Clock clock;

    /** What one call needs, read while the move was claimed. */
    public record Claim(long id, String complaintId, String grievanceId, String toDepartment, String reason, int attempt) {
    }

    /**
     * Claims due moves, leased so that no other sweep takes them meanwhile. A move whose grievance is no longer the
     * complaint's (it was reopened and is to be registered anew, with its department now) is dropped instead.
     */
    @Transactional
    public List<Claim> claimDue(int limit) {
        Instant now = now();
        List<Claim> claims = new ArrayList<>();
        for (PortalTransfer t : transfers.lockDue(now, limit)) {
            Registration r = registrations.findById(t.complaintId);
            if (r == null || r.state != Registration.State.REGISTERED || !t.grievanceId.equals(r.grievanceId)) {
                t.state = PortalTransfer.State.CANCELLED;
                t.updatedAt = now;
                LOG.infof("complaint %s: move of grievance %s dropped; the complaint is to be registered anew",
                        t.complaintId, t.grievanceId);
                continue;
            }
            t.attempts++;
            t.nextAttemptAt = now.plus(config.lease());
            t.updatedAt = now;
            claims.add(new Claim(t.id, t.complaintId, t.grievanceId, t.toDepartment, t.reason, t.attempts));
        }
        return claims;
    }

    /** The call did not make the move: try again after {@code after}; {@code counts} false gives the attempt back. */
    @Transactional
    public void retryLater(long id, Duration after, boolean counts, String lastError) {
        PortalTransfer t = transfers.findById(id);
        if (t == null || t.state != PortalTransfer.State.PENDING) {
            return;
        }
        Instant now = now();
        if (!counts) {
            t.attempts = Math.max(0, t.attempts - 1);
        }
        if (lastError != null) {
            t.lastError = lastError.length() > 1000 ? lastError.substring(0, 1000) : lastError;
        }
        t.nextAttemptAt = now.plus(after);
        t.updatedAt = now;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
