package org.samparksetu.routing.complaint;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.samparksetu.routing.classifier.ComplaintClassifier;

/**
 * One classifier per process. It trains on the repository corpus (a few seconds on a busy core), so it is built
 * at start-up rather than on the first complaint.
 */
public class ClassifierProducer {
    private static final Logger LOG = Logger.getLogger(ClassifierProducer.class);

    @Produces
    @Singleton
    ComplaintClassifier classifier() {
        long t0 = System.nanoTime();
        ComplaintClassifier c = new ComplaintClassifier();
        LOG.infof("classifier trained on the repository corpus in %d ms", (System.nanoTime() - t0) / 1_000_000);
        return c;
    }

    void trainAtStartup(@Observes StartupEvent start, ComplaintClassifier classifier) {
        classifier.classify("पानी नहीं आ रहा");
    }
}
