package org.samparksetu.verification.fieldcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.GeoPoint;

/**
 * Where each complaint is (the citizen's pin and routing's place), so a field verifier's evidence can be compared with it.
 * Idempotent by its natural key, beside the inbox; the latest routing wins.
 */
@ApplicationScoped
public class ComplaintPlaces {
    static final String CONSUMER = "verification-service.complaint-routed";

    @Inject
    EntityManager em;

    @Transactional
    public void remember(ComplaintRouted routed) {
        GeoPoint pin = routed.location();
        GeoPoint place = routed.placeLocation();
        em.createNativeQuery("""
                        insert into complaint_place (complaint_id, latitude, longitude, village, tehsil, gram_panchayat,
                                                     place_latitude, place_longitude, place_kind)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (complaint_id) do update set latitude = excluded.latitude,
                            longitude = excluded.longitude, village = excluded.village, tehsil = excluded.tehsil,
                            gram_panchayat = excluded.gram_panchayat, place_latitude = excluded.place_latitude,
                            place_longitude = excluded.place_longitude, place_kind = excluded.place_kind""")
                .setParameter(1, routed.complaintId())
                .setParameter(2, pin == null ? null : pin.latitude())
                .setParameter(3, pin == null ? null : pin.longitude())
                .setParameter(4, routed.village())
                .setParameter(5, routed.tehsil())
                .setParameter(6, routed.gramPanchayat())
                .setParameter(7, place == null ? null : place.latitude())
                .setParameter(8, place == null ? null : place.longitude())
                .setParameter(9, routed.placeKind())
                .executeUpdate();
    }
}
