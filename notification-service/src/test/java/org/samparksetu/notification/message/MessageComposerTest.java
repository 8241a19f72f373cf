package org.samparksetu.notification.message;

import org.samparksetu.notification.language.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.ComplaintClosed;
import org.samparksetu.contract.events.ComplaintEscalated;
import org.samparksetu.contract.events.ComplaintRegistered;
import org.samparksetu.contract.events.ComplaintReopened;
import org.samparksetu.contract.events.ComplaintTransferred;
import org.samparksetu.contract.events.ComplaintRouted;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.VerificationRequested;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MessageComposerTest {
    private final MessageComposer composer = new MessageComposer();

    private static <T> EventEnvelope<T> event(EventType type, String id, T data) {
        return EventEnvelope.of(type, "test", id, data, Instant.now());
    }

    @Test
    void acknowledgementIsHindiByDefaultAndCarriesTheComplaintId() {
        var received = new ComplaintReceived("JAL-2026-000001", "919876543210", "WHATSAPP", null, "x", null, List.of(), null, Instant.now());
        var m = composer.compose(event(EventType.COMPLAINT_RECEIVED, "JAL-2026-000001", received), Language.of(null)).orElseThrow();
        assertThat(m).isInstanceOf(CitizenMessage.Text.class);
        assertThat(((CitizenMessage.Text) m).body()).startsWith("आपकी शिकायत दर्ज हो गई है। शिकायत संख्या: JAL-2026-000001।");
    }

    @Test
    void englishOnlyWhenAskedFor() {
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of("EN-in")).isEqualTo(Language.EN);
        assertThat(Language.of("hi")).isEqualTo(Language.HI);
        assertThat(Language.of("mr")).isEqualTo(Language.HI);
    }

    @Test
    void registeredNamesTheDepartmentInTheCitizensLanguage() {
        var reg = new ComplaintRegistered("JAL-2026-000002", "JDVVNL", "20261128000002", "API", Instant.now());
        var hi = (CitizenMessage.Text) composer.compose(event(EventType.COMPLAINT_REGISTERED, "JAL-2026-000002", reg), Language.HI).orElseThrow();
        var en = (CitizenMessage.Text) composer.compose(event(EventType.COMPLAINT_REGISTERED, "JAL-2026-000002", reg), Language.EN).orElseThrow();
        assertThat(hi.body()).contains("जोधपुर विद्युत वितरण निगम लिमिटेड (बिजली विभाग)").contains("20261128000002");
        assertThat(en.body()).contains("Jodhpur Vidyut Vitran Nigam Ltd (electricity)").contains("20261128000002");
    }

    @Test
    void aClusterMembersRegistrationSaysItIsJoinedToTheLeadersGrievance() {
        var reg = new ComplaintRegistered("JAL-2026-000012", "JDVVNL", "20261128000011", ComplaintRegistered.MODE_LINKED,
                Instant.now(), "transformer", "JAL-2026-000011");
        var e = event(EventType.COMPLAINT_REGISTERED, "JAL-2026-000012", reg);
        assertThat(composer.kindFor(reg)).contains(MessageKind.REGISTERED_LINKED);
        var hi = (CitizenMessage.Text) composer.compose(e, Language.HI).orElseThrow();
        assertThat(hi.kind()).isEqualTo(MessageKind.REGISTERED_LINKED);
        assertThat(hi.body()).isEqualTo("यही समस्या इसी जगह से पहले ही शिकायत JAL-2026-000011 में बताई जा चुकी है, इसलिए आपकी"
                + " शिकायत JAL-2026-000012 उसी के साथ जोड़ दी गई है। राजस्थान संपर्क पोर्टल पर यह जोधपुर विद्युत वितरण निगम"
                + " लिमिटेड (बिजली विभाग) के पास संपर्क शिकायत संख्या 20261128000011 से दर्ज है। आप 181 पर भी इस संख्या से"
                + " स्थिति पूछ सकते हैं। आगे जो भी प्रगति होगी, उसकी जानकारी आपको यहीं मिलती रहेगी।");
        var en = (CitizenMessage.Text) composer.compose(e, Language.EN).orElseThrow();
        assertThat(en.body()).contains("already reported in complaint JAL-2026-000011")
                .contains("your complaint JAL-2026-000012 has been joined").contains("Jodhpur Vidyut Vitran Nigam Ltd (electricity)")
                .contains("20261128000011");
        // outside the 24-hour window: its own approved template, with the leader among the parameters
        var t = composer.template(e, Language.HI).orElseThrow();
        assertThat(t.name()).isEqualTo("sampark_complaint_linked");
        assertThat(t.bodyParameters()).containsExactly("JAL-2026-000012", "JAL-2026-000011",
                "जोधपुर विद्युत वितरण निगम लिमिटेड (बिजली विभाग)", "20261128000011");

        // registered on its own (linkedTo null): the usual words, which say nothing of another complaint
        var own = new ComplaintRegistered("JAL-2026-000012", "JDVVNL", "20261128000012", "API", Instant.now(), null, null);
        var plain = (CitizenMessage.Text) composer.compose(event(EventType.COMPLAINT_REGISTERED, "JAL-2026-000012", own),
                Language.HI).orElseThrow();
        assertThat(plain.kind()).isEqualTo(MessageKind.REGISTERED);
        assertThat(plain.body()).contains("20261128000012").doesNotContain("JAL-2026-000011").doesNotContain("जोड़");
        assertThat(composer.template(event(EventType.COMPLAINT_REGISTERED, "JAL-2026-000012", own), Language.HI)
                .orElseThrow().name()).isEqualTo("sampark_complaint_registered");
    }

    /**
     * Which of the leader's events its co-complainants hear of: what stays the leader's alone. Registration, "is it
     * fixed?" and closure reach every member as events of their own.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "registered                  | false",
            "closed                      | false",
            "verification (no kind)      | false",
            "verification REQUEST        | false",
            "verification REMINDER       | false",
            "verification APPEAL_OFFER   | true",
            "verification INTERIM        | true",
            "reopened                    | true",
            "escalated                   | true",
            "transferred                 | true",
    })
    void coComplainantsHearOnlyOfWhatStaysTheLeaders(String leaderEvent, boolean told) {
        String id = "JAL-2026-000013";
        Object data = switch (leaderEvent) {
            case "registered" -> new ComplaintRegistered(id, "PHED", "20261128000013", "API", Instant.now());
            case "closed" -> new ComplaintClosed(id, "PHED", "VERIFIED_FIXED", Instant.now());
            case "verification (no kind)" -> new VerificationRequested(id, "v1", "PHED", DisposalOutcome.RELIEF, "done", Instant.now());
            case "reopened" -> new ComplaintReopened(id, "PHED", "not fixed", 2, Instant.now());
            case "escalated" -> new ComplaintEscalated(id, "PHED", 1, 2, "late", Instant.now());
            case "transferred" -> new ComplaintTransferred(id, "PHED", "PANCHAYATI_RAJ", "20261128000013", "API", 1,
                    "hand pump of the panchayat", Instant.now());
            default -> new VerificationRequested(id, "v1", "PHED", DisposalOutcome.RELIEF, "done", Instant.now(),
                    leaderEvent.substring("verification ".length()));
        };
        assertThat(composer.concernsCoComplainants(data)).isEqualTo(told);
    }

    @Test
    void unknownDepartmentFallsBackToItsCode() {
        var reg = new ComplaintRegistered("JAL-2026-000003", "NEWDEPT", "2026112800003", "OPERATOR", Instant.now());
        var hi = (CitizenMessage.Text) composer.compose(event(EventType.COMPLAINT_REGISTERED, "JAL-2026-000003", reg), Language.HI).orElseThrow();
        assertThat(hi.body()).contains("NEWDEPT");
    }

    @Test
    void verificationButtonsRespectWhatsAppLimitsEvenWithLongRemarks() {
        String remarks = "पाइपलाइन ठीक कर दी गई है। ".repeat(200);
        for (Language lang : Language.values()) {
            var req = new VerificationRequested("JAL-2026-000004", "v1", "PHED", DisposalOutcome.RELIEF, remarks, Instant.now());
            var m = (CitizenMessage.Buttons) composer.compose(
                    event(EventType.COMPLAINT_VERIFICATION_REQUESTED, "JAL-2026-000004", req), lang).orElseThrow();
            assertThat(m.body().codePointCount(0, m.body().length())).isLessThanOrEqualTo(MessageComposer.MAX_BUTTON_BODY);
            assertThat(m.body()).contains("पाइपलाइन ठीक कर दी गई है");
            assertThat(m.buttons()).hasSize(3);
            assertThat(new HashSet<>(m.buttons().stream().map(CitizenMessage.Button::title).toList())).hasSize(3);
            assertThat(m.buttons()).allSatisfy(b -> {
                assertThat(b.title().codePointCount(0, b.title().length())).isBetween(1, MessageComposer.MAX_BUTTON_TITLE);
                assertThat(b.id().length()).isLessThanOrEqualTo(256);
            });
            assertThat(m.buttons().get(0).id()).isEqualTo("verify:fixed:JAL-2026-000004");
        }
    }

    @Test
    void routedGivesNoMessage() {
        var routed = new ComplaintRouted("JAL-2026-000005", "PHED", 0.9, List.of(), List.of(), "CLASSIFIER", "t", "hi",
                null, null, null, null, null, Instant.now());
        assertThat(composer.kindFor(routed)).isEmpty();
        assertThat(composer.compose(event(EventType.COMPLAINT_ROUTED, "JAL-2026-000005", routed), Language.HI)).isEmpty();
    }

    @Test
    void graphBodyCarriesPlusNumberAndOurIdAsCallbackData() throws Exception {
        UUID id = UUID.randomUUID();
        var buttons = new CitizenMessage.Buttons(MessageKind.VERIFICATION_REQUEST, "ठीक हुआ?",
                List.of(new CitizenMessage.Button("verify:fixed:JAL-2026-000006", "हाँ, ठीक हो गया")));
        JsonNode json = new ObjectMapper().readTree(GraphMessageBody.toJson(buttons, "919876543210", id));
        assertThat(json.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(json.path("to").asText()).isEqualTo("+919876543210");
        assertThat(json.path("type").asText()).isEqualTo("interactive");
        assertThat(json.at("/interactive/action/buttons/0/reply/id").asText()).isEqualTo("verify:fixed:JAL-2026-000006");
        assertThat(json.path("biz_opaque_callback_data").asText()).isEqualTo(id.toString());
    }

    @Test
    void aComplaintAlreadyAcknowledgedAtItsFirstMessageGetsNoSecondAcknowledgement() {
        var received = new ComplaintReceived("JAL-2026-000007", "919876543210", "WHATSAPP", "hi", "x", null, List.of(), null,
                Instant.now(), true, true);
        var e = event(EventType.COMPLAINT_RECEIVED, "JAL-2026-000007", received);
        assertThat(composer.kindFor(received)).isEmpty();
        assertThat(composer.compose(e, Language.HI)).isEmpty();
        assertThat(composer.template(e, Language.HI)).isEmpty();
        var notYet = new ComplaintReceived("JAL-2026-000007", "919876543210", "WHATSAPP", "hi", "x", null, List.of(), null,
                Instant.now(), true, false);
        assertThat(((CitizenMessage.Text) composer.compose(event(EventType.COMPLAINT_RECEIVED, "JAL-2026-000007", notYet),
                Language.HI).orElseThrow()).body()).contains("JAL-2026-000007").contains("स्वागत");
    }

    @Test
    void aCitizenKnownOnlyByABusinessScopedUserIdIsAddressedInRecipientNotTo() throws Exception {
        UUID id = UUID.randomUUID();
        var text = new CitizenMessage.Text(MessageKind.ACKNOWLEDGEMENT, "ok");
        JsonNode json = new ObjectMapper().readTree(GraphMessageBody.toJson(text, "IN.13491208655302741918", id));
        assertThat(json.path("recipient").asText()).isEqualTo("IN.13491208655302741918");
        assertThat(json.has("to")).isFalse();
        JsonNode phone = new ObjectMapper().readTree(GraphMessageBody.toJson(text, "91 98765 43210", id));
        assertThat(phone.path("to").asText()).isEqualTo("+919876543210");
        assertThat(phone.has("recipient")).isFalse();
    }
}
