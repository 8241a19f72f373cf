package org.samparksetu.routing.dispatch;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.samparksetu.routing.classifier.ComplaintClassifier;

/**
 * One classifier per process. Its department model was trained at build time and is read from the jar; the
 * lexicon, gazetteer and analyzers still take a moment, so it is built at start-up rather than on the first
 * complaint — and a jar without the model fails start-up with a clear message instead of at the first complaint.
 */
public class ClassifierProducer {
    private static final Logger LOG = Logger.getLogger(ClassifierProducer.class);

    @Produces
    @Singleton
    ComplaintClassifier classifier() {
        long t0 = System.nanoTime();
        ComplaintClassifier c = new ComplaintClassifier();
        LOG.infof("classifier loaded (department model trained at build time) in %d ms", (System.nanoTime() - t0) / 1_000_000);
        return c;
    }

    void buildAtStartup(@Observes StartupEvent start, ComplaintClassifier classifier) {
        classifier.classify("पानी नहीं आ रहा");
    }
}
