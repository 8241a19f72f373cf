package org.samparksetu.routing.dispatch;

import org.samparksetu.routing.complaint.RoutingHistoryRepository;
import org.samparksetu.routing.complaint.RoutingHistory;
import org.samparksetu.routing.complaint.RoutingDecisionRepository;
import org.samparksetu.routing.complaint.RoutingDecision;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.samparksetu.contract.events.DepartmentSuggestion;
import org.samparksetu.contract.events.GeoPoint;
import org.samparksetu.messaging.outbox.Outbox;
import org.samparksetu.routing.classifier.Classification;
import org.samparksetu.routing.classifier.ComplaintClassifier;
import org.samparksetu.routing.cluster.ClusterFinder;
import org.samparksetu.routing.subject.SubjectCatalogue;
import org.samparksetu.routing.withdrawal.WithdrawalRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides where a received complaint goes: a department when the classifier is confident, the triage
 * queue otherwise. The decision, its history row and the events it emits are committed together.
 */
@ApplicationScoped
public class ComplaintRoutingService {
    private static final Logger LOG = Logger.getLogger(ComplaintRoutingService.class);
    static final String CONSUMER = "routing-service.complaint-received";
    public static final String CLASSIFIER = "CLASSIFIER";

    @Inject
    Outbox outbox;
    @Inject
    RoutingDecisionRepository decisions;
    @Inject
    RoutingHistoryRepository history;
    @Inject
    ComplaintClassifier classifier;
    @Inject
    ClusterFinder clusters;
    @Inject
    SubjectCatalogue subjects;
    @Inject
    MeterRegistry metrics;
    @Inject
    WithdrawalRepository withdrawals;
    @Inject
    Clock clock;

    @ConfigProperty(name = "routing.confidence-threshold", defaultValue = "0.45")
    double threshold;

    @Transactional
    public void route(EventEnvelope<ComplaintReceived> event) {
        ComplaintReceived complaint = event.data();
        if (decisions.findById(complaint.complaintId()) != null) {
            return; // already decided (e.g. the same complaint re-published under a new event id)
        }
        if (withdrawals.isWithdrawn(complaint.complaintId())) {
            // the withdrawal overtook the complaint (separate topics): never route what the citizen took back
            metrics.counter("routing.complaints", "outcome", "withdrawn", "department", "none").increment();
            LOG.infof("complaint %s was withdrawn before it reached routing; not routed", complaint.complaintId());
            return;
        }
        Classification c = classifier.classify(complaint.text(), complaint.location());
        Instant now = Instant.now(clock);
        RoutingDecision d = new RoutingDecision();
        d.complaintId = complaint.complaintId();
        d.confidence = c.confidence();
        d.matchedTerms = String.join(", ", c.matchedTerms());
        d.decidedBy = CLASSIFIER;
        d.text = complaint.text();
        d.language = complaint.language();
        d.decidedAt = now;
        d.updatedAt = now;
        d.tehsil = c.place().tehsil();
        d.block = c.place().block();
        d.village = c.place().village();
        d.placeUrban = c.place().urban();
        d.placeEvidence = c.place().evidence();
        d.ward = c.place().ward();
        d.gramPanchayat = c.place().gramPanchayat();
        d.placeKind = c.place().placeKind();
        d.municipalBody = c.place().municipalBody();
        if (c.place().point() != null) {
            d.placeLatitude = c.place().point().latitude();
            d.placeLongitude = c.place().point().longitude();
        }
        d.mediaIds = mediaIds(complaint.mediaIds());
        if (complaint.location() != null) {
            d.latitude = complaint.location().latitude();
            d.longitude = complaint.location().longitude();
        }
        d.contactNumber = complaint.contactNumber() != null ? complaint.contactNumber() : "+" + complaint.citizenWaId();
        List<DepartmentSuggestion> suggestions = new ArrayList<>();
        if (c.departmentCode() != null) {
            suggestions.add(new DepartmentSuggestion(c.departmentCode(), c.confidence()));
        }
        suggestions.addAll(c.alternatives());
        d.suggestions = encode(suggestions);
        if (c.isConfident(threshold)) {
            d.outcome = RoutingDecision.Outcome.ROUTED;
            d.departmentCode = c.departmentCode();
            d.subject = subjects.subjectFor(d.departmentCode, c.matchedTerms());
            decisions.persist(d);
            history.persist(RoutingHistory.of(d.complaintId, RoutingHistory.Action.CLASSIFIED, d.departmentCode, null,
                    c.confidence(), "words: " + d.matchedTerms, CLASSIFIER, now));
            publishRouted(d, c.alternatives(), c.matchedTerms(), complaint.location(), now, null, true);
            metrics.counter("routing.complaints", "outcome", "routed", "department", d.departmentCode).increment();
            LOG.infof("complaint %s routed to %s (confidence %.2f, place %s)", d.complaintId, d.departmentCode, c.confidence(), d.village);
        } else {
            d.outcome = RoutingDecision.Outcome.NEEDS_TRIAGE;
            decisions.persist(d);
            String reason = c.departmentCode() == null ? "no known complaint words" : "confidence below " + threshold;
            d.triageReason = reason;
            history.persist(RoutingHistory.of(d.complaintId, RoutingHistory.Action.QUEUED_FOR_TRIAGE, null, null,
                    c.confidence(), reason, CLASSIFIER, now));
            outbox.emit(EventType.COMPLAINT_NEEDS_TRIAGE, d.complaintId, new ComplaintNeedsTriage(d.complaintId, suggestions, reason, now));
            metrics.counter("routing.complaints", "outcome", "triage", "department", "none").increment();
            LOG.infof("complaint %s sent to triage (confidence %.2f)", d.complaintId, c.confidence());
        }
    }

    /**
     * Emits complaint.routed (for Sampark registration and the citizen) and, when {@code toDepartmentTopic}, the
     * department's own event (kind NEW, without the citizen's number), after joining the complaint to a cluster of the
     * same problem if any. Call inside a transaction, with {@code d} already routed to its department.
     *
     * @param previousDepartment on a re-route, the department that had it; null on the first routing
     * @param toDepartmentTopic  false when the new department hears of it later (a registered complaint moves on the
     *                           portal first: complaint.transferred tells both departments then)
     */
    public void publishRouted(RoutingDecision d, List<DepartmentSuggestion> alternatives, List<String> matchedTerms,
                              GeoPoint location, Instant now, String previousDepartment, boolean toDepartmentTopic) {
        d.clusterId = clusters.leaderFor(d, now);
        emitRouted(d, alternatives, matchedTerms, location, now, previousDepartment);
        if (toDepartmentTopic) {
            outbox.emit(Topics.department(d.departmentCode), EventType.DEPARTMENT_COMPLAINT, d.complaintId,
                    new DepartmentComplaint(d.complaintId, d.departmentCode, d.text, location, d.tehsil, d.block,
                            d.village, now, DepartmentComplaint.NEW, previousDepartment, null));
        }
    }

    /**
     * Emits complaint.routed for {@code d} as routing holds it now (department, place, text, cluster, transfers),
     * without looking for a cluster: for a decision that keeps what it has, such as a split from a cluster.
     */
    public void emitRouted(RoutingDecision d, List<DepartmentSuggestion> alternatives, List<String> matchedTerms,
                           GeoPoint location, Instant now, String previousDepartment) {
        outbox.emit(EventType.COMPLAINT_ROUTED, d.complaintId, new ComplaintRouted(
                d.complaintId, d.departmentCode, d.confidence, alternatives, matchedTerms, d.decidedBy, d.text,
                d.language, d.contactNumber, location, d.tehsil, d.block, d.village, now, d.clusterId, d.subject, d.ward,
                d.gramPanchayat, d.mediaIdList(),
                d.placeLatitude == null ? null : new GeoPoint(d.placeLatitude, d.placeLongitude, null, null), d.placeKind,
                previousDepartment, d.transfers));
    }

    /** Intake's content hashes, kept so that a re-route re-emits them; a hash with a comma would not be one. */
    static String mediaIds(List<String> mediaIds) {
        if (mediaIds == null) {
            return "";
        }
        return String.join(",", mediaIds.stream().filter(m -> m != null && !m.isBlank() && !m.contains(","))
                .map(String::strip).distinct().toList());
    }

    public static String encode(List<DepartmentSuggestion> suggestions) {
        return String.join(",", suggestions.stream()
                .map(s -> s.departmentCode() + ":" + String.format(Locale.ROOT, "%.3f", s.confidence())).toList());
    }

    public static List<DepartmentSuggestion> decode(String suggestions) {
        if (suggestions == null || suggestions.isBlank()) {
            return List.of();
        }
        return Arrays.stream(suggestions.split(",")).map(s -> s.split(":"))
                .map(p -> new DepartmentSuggestion(p[0], Double.parseDouble(p[1]))).toList();
    }
}
