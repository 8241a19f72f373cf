package org.samparksetu.contract;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {
    private static final List<String> SERVICES = List.of(
            "intake-service", "routing-service", "sampark-bridge", "verification-service", "notification-service");

    @Test
    void deployScriptCreatesExactlyTheContractTopics() throws Exception {
        // deploy/kafka topics reads this file; it must not drift from the contract.
        List<String> file = Files.readAllLines(Path.of("../deploy/topics.txt")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(file).containsExactlyInAnyOrderElementsOf(Topics.all(SERVICES));
    }

    @Test
    void everyDepartmentHasItsOwnTopic() {
        assertThat(Departments.all()).hasSize(21);
        assertThat(Topics.department("PANCHAYATI_RAJ")).isEqualTo("department.panchayati-raj.complaints");
    }

    @Test
    void verificationReplyIdsRoundTrip() {
        String id = ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, "JAL-2026-000042");
        assertThat(id).isEqualTo("verify:not_fixed:JAL-2026-000042");
        assertThat(ReplyIds.parseVerification(id)).contains(
                new ReplyIds.VerificationReply(ReplyIds.VerificationAnswer.NOT_FIXED, "JAL-2026-000042"));
        assertThat(ReplyIds.parseVerification("verify:maybe:JAL-2026-000042")).isEmpty();
        assertThat(ReplyIds.parseVerification(null)).isEmpty();
    }

    @Test
    void complaintIdsAreReadable() {
        assertThat(ComplaintIds.format("JAL", 2026, 4217)).isEqualTo("JAL-2026-004217");
        assertThat(ComplaintIds.isValid("JAL-2026-004217")).isTrue();
        assertThat(ComplaintIds.isValid("JAL-26-1")).isFalse();
    }
}
