package org.samparksetu.intake.conversation;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier on follow-ups it was never tuned on. The costly mistake is filing a follow-up (an answer, a reminder,
 * an addition) as a new complaint: it is registered on Sampark a second time. Not one of those is allowed.
 */
class FollowUpHeldOutTest {

    private static FollowUpEvaluation.Report evaluate(String name) throws Exception {
        return FollowUpEvaluation.evaluate(new FollowUpClassifier(), FollowUpEvaluation.read(resource(name)));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FollowUpHeldOutTest.class.getResource("/followups/" + name).toURI());
    }

    @Test
    void heldOutFollowUpsAreUnderstoodAndNoneIsFiledAsANewComplaint() throws Exception {
        FollowUpEvaluation.Report r = evaluate("held-out.tsv");
        assertThat(r.total()).as("held-out follow-ups").isGreaterThanOrEqualTo(150);
        assertThat(r.accuracy()).as(r.text()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.followUpsFiledAsNew()).as(r.text()).isZero();
    }

    @Test
    void theTuningAndHeldOutSetsShareNoFollowUp() throws Exception {
        var tuning = FollowUpEvaluation.read(resource("tuning.tsv")).stream()
                .map(l -> l.context().label() + "|" + l.text().toLowerCase()).toList();
        var heldOut = FollowUpEvaluation.read(resource("held-out.tsv")).stream()
                .map(l -> l.context().label() + "|" + l.text().toLowerCase()).toList();
        assertThat(heldOut).doesNotContainAnyElementsOf(tuning);
    }
}
