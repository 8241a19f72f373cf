package org.samparksetu.verification.cluster;

import org.samparksetu.contract.ReplyIds.VerificationAnswer;

import java.util.Collection;
import java.util.Optional;

/**
 * A cluster's citizens answer one question: is the leader's reported fix real? One "not fixed" is enough to send a
 * verifier (the problem is shared, so a single witness that it persists counts); the fix is confirmed only when
 * everyone asked says it is fixed; an unsure answer among the rest sends a verifier once all have answered. Until then
 * the cluster waits (a silent citizen is covered by the check's own reminder and field check on silence).
 */
public final class ClusterAnswerRule {
    private ClusterAnswerRule() {
    }

    /**
     * @param answers one per citizen asked, null for one who has not answered yet
     * @return the answer the leader's check takes now, or empty to wait for more answers
     */
    public static Optional<VerificationAnswer> combine(Collection<VerificationAnswer> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        if (answers.contains(VerificationAnswer.NOT_FIXED)) {
            return Optional.of(VerificationAnswer.NOT_FIXED);
        }
        if (answers.contains(null)) {
            return Optional.empty();
        }
        return Optional.of(answers.contains(VerificationAnswer.DONT_KNOW)
                ? VerificationAnswer.DONT_KNOW : VerificationAnswer.FIXED);
    }
}
