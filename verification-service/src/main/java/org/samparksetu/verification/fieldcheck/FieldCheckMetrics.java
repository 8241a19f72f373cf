package org.samparksetu.verification.fieldcheck;

import io.micrometer.core.instrument.Counter;
import org.samparksetu.messaging.metrics.OnCommit;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counters of the field checks' own life: who was sent where no one covers the tehsil, visits and reviews that
 * missed their deadlines, and the grievance cell's reviews. Counted when the transaction commits.
 */
@Startup
@ApplicationScoped
public class FieldCheckMetrics {
    @Inject
    MeterRegistry registry;
    @Inject
    OnCommit onCommit;

    private Counter districtWide;
    private Counter visitsOverdue;
    private Counter reviewsOverdue;
    private final Map<FieldCheck.Review, Counter> reviews = new EnumMap<>(FieldCheck.Review.class);

    @PostConstruct
    void register() {
        districtWide = Counter.builder("verification.field.checks.district.wide")
                .description("Field checks sent to a district-wide verifier: no one covers the tehsil, or it is unknown")
                .register(registry);
        visitsOverdue = Counter.builder("verification.field.checks.visit.overdue")
                .description("Field checks not visited by their deadline, flagged for the grievance cell").register(registry);
        reviewsOverdue = Counter.builder("verification.field.checks.review.overdue")
                .description("Flagged field checks not reviewed by their deadline, sent to another verifier").register(registry);
        for (FieldCheck.Review r : FieldCheck.Review.values()) {
            reviews.put(r, Counter.builder("verification.field.checks.reviewed").tag("review", r.name())
                    .description("Flagged field checks by what became of them").register(registry));
        }
    }

    public void districtWide() {
        afterCommit(districtWide);
    }

    public void visitOverdue() {
        afterCommit(visitsOverdue);
    }

    public void reviewed(FieldCheck.Review review) {
        afterCommit(reviews.get(review));
        if (review == FieldCheck.Review.REVIEW_OVERDUE) {
            afterCommit(reviewsOverdue);
        }
    }

    private void afterCommit(Counter counter) {
        onCommit.increment(counter);
    }
}
