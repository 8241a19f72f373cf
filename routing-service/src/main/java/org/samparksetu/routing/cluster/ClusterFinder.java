package org.samparksetu.routing.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.samparksetu.routing.classifier.ComplaintClassifier;
import org.samparksetu.routing.text.TextAnalyzer;
import org.samparksetu.routing.complaint.RoutingDecision;
import org.samparksetu.routing.complaint.RoutingDecisionRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links reports of the same problem at the same place (many people reporting one burnt transformer): same
 * department, same village or town ward (or location pins within 1 km), similar words, within a window. The
 * cluster is named after its leader, the first report; members carry the leader's complaint ID.
 */
@ApplicationScoped
public class ClusterFinder {
    static final double SAME_PLACE_KM = 1.0;

    @Inject
    RoutingDecisionRepository decisions;
    @Inject
    ComplaintClassifier classifier;

    @ConfigProperty(name = "routing.cluster.window", defaultValue = "PT72H")
    Duration window;
    @ConfigProperty(name = "routing.cluster.min-similarity", defaultValue = "0.2")
    double minSimilarity;

    /** The leader's complaint ID for a complaint routed at {@code now}, or null when it starts no cluster. */
    public String leaderFor(RoutingDecision d, Instant now) {
        if (d.departmentCode == null || (d.village == null && d.latitude == null)) {
            return null; // an unknown place cannot be "the same place"
        }
        List<RoutingDecision> recent = decisions.list(
                "outcome = ?1 and departmentCode = ?2 and decidedAt >= ?3 and complaintId <> ?4 order by decidedAt, complaintId",
                RoutingDecision.Outcome.ROUTED, d.departmentCode, now.minus(window), d.complaintId);
        Set<String> words = words(d.text);
        for (RoutingDecision c : recent) {
            if (splitApart(d, c)) {
                continue; // a person decided these are not the same problem
            }
            if (samePlace(d, c) && similarity(words, words(c.text)) >= minSimilarity) {
                String leader = c.clusterId != null ? c.clusterId : c.complaintId;
                if (c.clusterId == null) {
                    c.clusterId = c.complaintId; // the first report now leads a cluster
                }
                return leader;
            }
        }
        return null;
    }

    /**
     * Whether the grievance cell split one of the two from the other's cluster: {@code d} from the cluster {@code c}
     * is in or leads, or {@code c} from the cluster {@code d} leads. Then they never join again on their own (say
     * when {@code d} is re-routed back to the department both were with).
     */
    static boolean splitApart(RoutingDecision d, RoutingDecision c) {
        String cLeader = c.clusterId != null ? c.clusterId : c.complaintId;
        if (d.splitFrom != null && d.splitFrom.equals(cLeader)) {
            return true;
        }
        return c.splitFrom != null && (c.splitFrom.equals(d.complaintId) || c.splitFrom.equals(d.clusterId));
    }

    static boolean samePlace(RoutingDecision a, RoutingDecision b) {
        if (a.village != null && a.village.equals(b.village)) {
            return true;
        }
        return a.latitude != null && b.latitude != null
                && org.samparksetu.routing.place.Gazetteer.km(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_PLACE_KM;
    }

    Set<String> words(String text) {
        TextAnalyzer a = classifier.analyzer();
        Set<String> out = new HashSet<>();
        for (String t : a.tokens(text)) {
            out.add(a.key(a.stem(t)));
        }
        return out;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }
}
