package org.samparksetu.verification.fieldcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.contract.events.ComplaintRouted;

/**
 * Where each complaint is (routing's place), so a field verifier's evidence can be compared with it.
 * Idempotent by its natural key, beside the inbox; the latest routing wins.
 */
@ApplicationScoped
public class ComplaintPlaces {
    static final String CONSUMER = "verification-service.complaint-routed";

    @Inject
    EntityManager em;

    @Transactional
    public void remember(ComplaintRouted routed) {
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
