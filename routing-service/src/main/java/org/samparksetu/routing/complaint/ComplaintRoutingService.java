package org.samparksetu.routing.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DepartmentComplaint;
import org.samparksetu.messaging.inbox.Inbox;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.routing.classifier.Classification;
import org.samparksetu.routing.classifier.KeywordClassifier;

import java.time.Instant;

/**
 * Decides where a received complaint goes: a department when the classifier is confident, the triage
 * queue otherwise. The decision and the events it emits are committed together.
 */
@ApplicationScoped
public class ComplaintRoutingService {
    private static final Logger LOG = Logger.getLogger(ComplaintRoutingService.class);
    static final String CONSUMER = "routing-service.complaint-received";

    @Inject
    Inbox inbox;
    @Inject
    Outbox outbox;
    @Inject
    RoutingDecisionRepository decisions;

    @ConfigProperty(name = "routing.confidence-threshold", defaultValue = "0.5")
    double threshold;

    private final KeywordClassifier classifier = new KeywordClassifier();

    @Transactional
    public void route(EventEnvelope<ComplaintReceived> event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        ComplaintReceived complaint = event.data();
        if (decisions.findById(complaint.complaintId()) != null) {
            return; // already decided (e.g. the same complaint re-published under a new event id)
        }
        Classification c = classifier.classify(complaint.text());
        Instant now = Instant.now();
        RoutingDecision d = new RoutingDecision();
        d.complaintId = complaint.complaintId();
        d.confidence = c.confidence();
        d.matchedTerms = String.join(", ", c.matchedTerms());
        d.decidedBy = "CLASSIFIER";
        d.text = complaint.text();
        d.language = complaint.language();
        d.decidedAt = now;
        if (c.isConfident(threshold)) {
            d.outcome = RoutingDecision.Outcome.ROUTED;
            d.departmentCode = c.departmentCode();
            outbox.emit(EventType.COMPLAINT_ROUTED, complaint.complaintId(), new ComplaintRouted(
                    complaint.complaintId(), c.departmentCode(), c.confidence(), c.alternatives(), c.matchedTerms(),
                    "CLASSIFIER", complaint.text(), complaint.language(), complaint.contactNumber() != null
                    ? complaint.contactNumber() : "+" + complaint.citizenWaId(),
                    complaint.location(), null, null, null, now));
            // The department's own topic: what it needs to act, without the citizen's number.
            outbox.emit(Topics.department(c.departmentCode()), EventType.DEPARTMENT_COMPLAINT, complaint.complaintId(),
                    new DepartmentComplaint(complaint.complaintId(), c.departmentCode(), complaint.text(),
                            complaint.location(), null, null, null, now));
            LOG.infof("complaint %s routed to %s (confidence %.2f)", complaint.complaintId(), c.departmentCode(), c.confidence());
        } else {
            d.outcome = RoutingDecision.Outcome.NEEDS_TRIAGE;
            var suggestions = new java.util.ArrayList<org.samparksetu.contract.events.DepartmentSuggestion>();
            if (c.departmentCode() != null) {
                suggestions.add(new org.samparksetu.contract.events.DepartmentSuggestion(c.departmentCode(), c.confidence()));
            }
            suggestions.addAll(c.alternatives());
            outbox.emit(EventType.COMPLAINT_NEEDS_TRIAGE, complaint.complaintId(), new ComplaintNeedsTriage(
                    complaint.complaintId(), suggestions,
                    c.departmentCode() == null ? "no known complaint words" : "confidence below " + threshold, now));
            LOG.infof("complaint %s sent to triage (confidence %.2f)", complaint.complaintId(), c.confidence());
        }
        decisions.persist(d);
    }
}
