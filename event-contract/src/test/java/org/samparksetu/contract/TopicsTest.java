package org.samparksetu.contract;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {
    @Test
    void deployScriptCreatesExactlyTheContractTopics() throws Exception {
        // deploy/kafka topics reads this file; it must not drift from the contract. The services (for their
        // dead-letter topics) come from the one service table, first column of each line but comments and "jvm".
        List<String> services = Files.readAllLines(Path.of("../deploy/services.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("jvm "))
                .map(l -> l.split("\\s+")[0]).toList();
        assertThat(services).contains("intake-service", "notification-service");
        List<String> file = Files.readAllLines(Path.of("../deploy/topics.txt")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(file).containsExactlyInAnyOrderElementsOf(Topics.all(services));
    }

    @Test
    void disposalReplyIdsRoundTrip() {
        String id = ReplyIds.disposal(ReplyIds.DisposalAnswer.APPEAL, "JAL-2026-000042");
        assertThat(id).isEqualTo("disposal:appeal:JAL-2026-000042");
        assertThat(ReplyIds.parseDisposal(id)).contains(
                new ReplyIds.DisposalReply(ReplyIds.DisposalAnswer.APPEAL, "JAL-2026-000042"));
        assertThat(ReplyIds.parseDisposal("disposal:maybe:JAL-2026-000042")).isEmpty();
        assertThat(ReplyIds.parseVerification(id)).isEmpty();
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
