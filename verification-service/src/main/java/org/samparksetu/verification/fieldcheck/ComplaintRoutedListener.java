package org.samparksetu.verification.fieldcheck;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.samparksetu.contract.ComplaintIds;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;

/**
 * Keeps where each complaint is (routing's place), so a field verifier's evidence can be compared with it.
 * Idempotent by its natural key; the latest routing wins.
 */
@ApplicationScoped
public class ComplaintRoutedListener {
    @Inject
    EntityManager em;

    @Incoming("complaint-routed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void onRouted(String payload) {
        EventEnvelope<ComplaintRouted> event = EventCodec.decode(payload, ComplaintRouted.class);
        if (!ComplaintIds.isValid(event.data().complaintId())) {
            throw new MalformedEventException("complaint.routed " + event.id() + " has no valid complaint id");
        }
        remember(event.data());
    }

    @Transactional
    void remember(ComplaintRouted routed) {
        em.createNativeQuery("""
                        insert into complaint_place (complaint_id, latitude, longitude, village, tehsil)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (complaint_id) do update set latitude = excluded.latitude,
                            longitude = excluded.longitude, village = excluded.village, tehsil = excluded.tehsil""")
                .setParameter(1, routed.complaintId())
                .setParameter(2, routed.location() == null ? null : routed.location().latitude())
                .setParameter(3, routed.location() == null ? null : routed.location().longitude())
                .setParameter(4, routed.village())
                .setParameter(5, routed.tehsil())
                .executeUpdate();
    }
}
