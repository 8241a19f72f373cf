package org.samparksetu.notification.citizen;

import org.samparksetu.contract.WhatsAppAddress;
import jakarta.inject.Inject;
import java.time.Clock;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.notification.language.Language;

import java.util.Optional;

@ApplicationScoped
public class CitizenContactRepository implements PanacheRepositoryBase<CitizenContact, String> {
    @Inject
    Clock clock;

    public Optional<CitizenContact> forComplaint(String complaintId) {
        return findByIdOptional(complaintId);
    }

    /** Every complaint filed from this number, newest first: the only ones a status query may show. */
    public java.util.List<CitizenContact> ofCitizen(String waId) {
        return list("waId = ?1 order by knownAt desc, complaintId desc", WhatsAppAddress.normalise(waId));
    }

    /**
     * Remembers the citizen of a received complaint. The first complaint.received wins: a re-published
     * one (new event id, same complaint) changes nothing. Returns the contact if it is new, else empty.
     */
    public Optional<CitizenContact> rememberIfNew(ComplaintReceived received) {
        if (findById(received.complaintId()) != null) {
            return Optional.empty();
        }
        CitizenContact c = new CitizenContact();
        c.complaintId = received.complaintId();
        c.waId = WhatsAppAddress.normalise(received.citizenWaId());
        c.language = Language.of(received.language()).code();
        c.channel = received.channel();
        c.knownAt = clock.instant();
        persist(c);
        return Optional.of(c);
    }
}
