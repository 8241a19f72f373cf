package org.samparksetu.notification.message;

import org.samparksetu.notification.language.Language;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintNeedsTriage;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateCatalogueTest {
    private final MessageComposer composer = new MessageComposer();
    private static final String ID = "JAL-2026-000123";

    private static EventEnvelope<Object> event(EventType type, Object data) {
        return EventEnvelope.of(type, "test", ID, data, Instant.now());
    }

    static List<EventEnvelope<Object>> everyLifecycleEvent() {
        return List.of(
                event(EventType.COMPLAINT_RECEIVED, new ComplaintReceived(ID, "919800000001", "WHATSAPP", "hi", "x", null, List.of(), null, Instant.now())),
                event(EventType.COMPLAINT_REGISTERED, new ComplaintRegistered(ID, "PHED", "20261128000123", "API", Instant.now())),
                event(EventType.COMPLAINT_VERIFICATION_REQUESTED, new VerificationRequested(ID, "v1", "PHED", DisposalOutcome.RELIEF, "done", Instant.now())),
                event(EventType.COMPLAINT_VERIFICATION_REQUESTED, new VerificationRequested(ID, "v2", "PHED", null, null, Instant.now())),
                event(EventType.COMPLAINT_CLOSED, new ComplaintClosed(ID, "PHED", null, Instant.now())),
                event(EventType.COMPLAINT_REOPENED, new ComplaintReopened(ID, "PHED", "not fixed", 2, Instant.now())),
                event(EventType.COMPLAINT_ESCALATED, new ComplaintEscalated(ID, "PHED", 1, 2, "late", Instant.now())),
                event(EventType.COMPLAINT_NEEDS_TRIAGE, new ComplaintNeedsTriage(ID, List.of(), "unclear", Instant.now())),
                event(EventType.COMPLAINT_QUARANTINED, new ComplaintQuarantined(ID, "gibberish", Instant.now())),
                event(EventType.COMPLAINT_REASON_REQUESTED, new org.samparksetu.contract.events.DisputeReasonRequested(ID, "v1", "PHED", Instant.now())),
                event(EventType.COMPLAINT_INTERIM_REPLIED, new org.samparksetu.contract.events.InterimReplied(ID, "PHED", "AEn",
                        "pipe on order", "2026-12-15", 1, Instant.now())),
                event(EventType.COMPLAINT_VERIFICATION_REQUESTED, new VerificationRequested(ID, "v3", "PHED", DisposalOutcome.REJECTED,
                        "not ours", Instant.now(), VerificationRequested.KIND_APPEAL_OFFER)),
                event(EventType.COMPLAINT_VERIFICATION_REQUESTED, new VerificationRequested(ID, "v4", "PHED", DisposalOutcome.INTERIM_RELIEF,
                        "tanker started", Instant.now(), VerificationRequested.KIND_INTERIM)),
                event(EventType.COMPLAINT_TRANSFERRED, new org.samparksetu.contract.events.ComplaintTransferred(ID, "PHED", "PANCHAYATI_RAJ",
                        "20261128000123", "API", 1, "hand pump of the panchayat", Instant.now())),
                // a cluster member joined to its leader's grievance
                event(EventType.COMPLAINT_REGISTERED, new ComplaintRegistered(ID, "PHED", "20261128000122",
                        ComplaintRegistered.MODE_LINKED, Instant.now(), null, "JAL-2026-000122")));
    }

    @Test
    void everyKindThatCanMeetAClosedWindowHasAUtilityTemplateInHindiAndEnglish() {
        TemplateCatalogue c = TemplateCatalogue.standard();
        for (MessageKind kind : MessageKind.values()) {
            if (!kind.needsTemplate()) {
                continue;
            }
            for (Language lang : Language.values()) {
                var t = c.find(kind, lang);
                assertThat(t).as("%s in %s", kind, lang).isPresent();
                assertThat(t.get().category()).isEqualTo("UTILITY");
                assertThat(t.get().name()).matches("[a-z0-9_]{1,512}");
                // Meta refuses a body that starts or ends with a parameter
                assertThat(t.get().body()).doesNotStartWith("{{").doesNotEndWith("}}");
                assertThat(t.get().example()).hasSize(t.get().parameterCount());
            }
            // one name across languages: Meta keys a template by (name, language)
            assertThat(c.find(kind, Language.HI).get().name()).isEqualTo(c.find(kind, Language.EN).get().name());
        }
    }

    @Test
    void everyLifecycleMessageHasATemplateWhoseParametersFitTheApprovedText() {
        for (EventEnvelope<Object> e : everyLifecycleEvent()) {
            for (Language lang : Language.values()) {
                var t = composer.template(e, lang).orElseThrow(() -> new AssertionError("no template for " + e.type()));
                var entry = TemplateCatalogue.standard().find(t.kind(), lang).orElseThrow();
                assertThat(t.name()).isEqualTo(entry.name());
                assertThat(t.bodyParameters()).hasSize(entry.parameterCount()).allSatisfy(p ->
                        assertThat(p).isNotBlank().doesNotContain("\n").doesNotContain("    "));
                String rendered = entry.render(t.bodyParameters());
                assertThat(rendered).contains(ID).doesNotContain("{{");
                assertThat(t.quickReplyPayloads()).hasSize(entry.buttons().size());
            }
        }
    }

    @Test
    void theDisputeQuestionAndTheInterimReplyAndTheReminderAreToldToTheCitizen() {
        var reason = everyLifecycleEvent().get(9);
        var interim = everyLifecycleEvent().get(10);
        assertThat(((CitizenMessage.Text) composer.compose(reason, Language.HI).orElseThrow()).body()).contains(ID).contains("फ़ोटो");
        assertThat(((CitizenMessage.Text) composer.compose(interim, Language.EN).orElseThrow()).body()).contains(ID)
                .contains("pipe on order").contains("2026-12-15");
        var reminder = EventEnvelope.of(EventType.COMPLAINT_VERIFICATION_REQUESTED, "test", ID,
                new VerificationRequested(ID, "v1", "PHED", DisposalOutcome.RELIEF, "done", Instant.now(), VerificationRequested.KIND_REMINDER), Instant.now());
        assertThat(((CitizenMessage.Buttons) composer.compose(reminder, Language.EN).orElseThrow()).body()).startsWith("Reminder: ");
    }

    @Test
    void theVerificationTemplateCarriesTheButtonIdsAsQuickReplyPayloads() {
        var e = everyLifecycleEvent().get(2);
        String json = GraphMessageBody.toJson(composer.template(e, Language.HI).orElseThrow(), "919800000001", UUID.randomUUID());
        assertThat(json).contains("\"type\":\"template\"").contains("\"sub_type\":\"quick_reply\"")
                .contains("verify:fixed:" + ID).contains("\"language\":{\"code\":\"hi\"}").contains("biz_opaque_callback_data");
    }
}
