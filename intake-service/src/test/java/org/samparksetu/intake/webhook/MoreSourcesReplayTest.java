package org.samparksetu.intake.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.contract.events.ComplaintQuarantined;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.contract.events.WhatsAppStatus;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samparksetu.intake.webhook.MoreSourcesReplayTest.Effect.COMPLAINT;
import static org.samparksetu.intake.webhook.MoreSourcesReplayTest.Effect.ECHO;
import static org.samparksetu.intake.webhook.MoreSourcesReplayTest.Effect.IGNORED;
import static org.samparksetu.intake.webhook.MoreSourcesReplayTest.Effect.MALFORMED;
import static org.samparksetu.intake.webhook.MoreSourcesReplayTest.Effect.NOTICE;
import static org.samparksetu.intake.webhook.MoreSourcesReplayTest.Effect.REPLY;
import static org.samparksetu.intake.webhook.MoreSourcesReplayTest.Effect.STATUS;

/**
 * The 73 payloads of eight other client libraries ({@code fixtures/more-sources}), re-addressed to us
 * ({@link MoreSources}) and signed: each is answered 200 and filed at its first attempt with exactly the effects the
 * table below names; then the whole set is delivered twice more, shuffled, from six threads at once, and nothing in
 * the database or on Kafka changes.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class MoreSourcesReplayTest {

    /** What one message or status of a webhook leaves behind. */
    enum Effect {
        /** a complaint (or a part of one) */
        COMPLAINT,
        /**
         * about a complaint the sender already has (the test profile files each message at once, so a second message
         * of one webhook follows a complete complaint): a pin added to it, or a text held while we ask whether it is
         * a new complaint
         */
        REPLY,
        /** a delivery status of a message we sent: whatsapp.status */
        STATUS,
        /** a sticker, reaction, contact card, order, a tap not ours: citizen.notice UNSUPPORTED_MESSAGE */
        NOTICE,
        /** cannot be understood: kept with its reason, not filed */
        MALFORMED,
        /** recorded, not answered (a removed reaction, WhatsApp's system note, a second sticker within the period) */
        IGNORED,
        /** the office's own message from its phone app */
        ECHO
    }

    /** File → what it must create. A file with no effects carries no message or status (account, template fields). */
    private static final Map<String, List<Effect>> EXPECTED = new LinkedHashMap<>();

    private static void expect(String file, Effect... effects) {
        EXPECTED.put(file, List.of(effects));
    }

    static {
        expect("botpress__smb_message_echo", ECHO);
        expect("botpress__status_delivered_bsuid_only", STATUS);
        expect("botpress__status_failed_bsuid_only", STATUS);
        expect("botpress__text_contact_without_profile", COMPLAINT);
        expect("botpress__text_username_only_bsuid", COMPLAINT);
        expect("botpress__text_with_ctwa_referral", COMPLAINT);
        expect("chatwoot__image_media_download_error", MALFORMED); // no message id
        expect("chatwoot__multi_text_and_system_user_changed_user_id", COMPLAINT, IGNORED);
        expect("chatwoot__text_bsuid_only_india", COMPLAINT);
        expect("chatwoot__text_ctwa_referral_bsuid", COMPLAINT);
        expect("dogalyir__image_caption", COMPLAINT);
        expect("dogalyir__interactive_button_reply", NOTICE); // "confirm_order" is not our button
        expect("dogalyir__location_string_coordinates", COMPLAINT);
        expect("dogalyir__message_template_status_update_rejected");
        expect("dogalyir__multi_entry_two_numbers", COMPLAINT, COMPLAINT);
        expect("dogalyir__reaction", NOTICE);
        expect("dogalyir__status_delivered_cbp", STATUS);
        expect("dogalyir__text", COMPLAINT);
        expect("dogalyir__text_reply_context", COMPLAINT);
        // the echo of the smb_message_echoes change has no phone_number_id: not known to be ours
        expect("kapso__every_field_18_changes", COMPLAINT, STATUS, ECHO);
        // one sender: the order is answered, the sticker and the flow reply within the period only recorded
        expect("kapso__mixed_order_sticker_flow_status_calls", NOTICE, IGNORED, IGNORED, STATUS);
        expect("netflie__button_quick_reply", NOTICE);
        expect("netflie__button_with_referral_and_context", NOTICE);
        expect("netflie__contacts", NOTICE);
        expect("netflie__document_caption", COMPLAINT);
        expect("netflie__image_caption", COMPLAINT);
        expect("netflie__interactive_button_reply", NOTICE);
        expect("netflie__interactive_list_reply", NOTICE);
        expect("netflie__interactive_nfm_reply_flow", NOTICE);
        expect("netflie__location", MALFORMED); // "LOCATION_LATITUDE" is not a place on the map
        // the second text cannot be placed: held, and the citizen is asked "new complaint, or about the first?"
        expect("netflie__multi_change_two_texts", COMPLAINT, REPLY);
        expect("netflie__order", NOTICE);
        expect("netflie__reaction", NOTICE);
        expect("netflie__reaction_removed", IGNORED);
        expect("netflie__status_delivered_authentication", STATUS);
        expect("netflie__status_delivered_no_expiration", STATUS);
        expect("netflie__status_delivered_pricing", STATUS);
        expect("netflie__status_delivered_service", STATUS);
        expect("netflie__status_failed_errors", STATUS);
        expect("netflie__status_read", STATUS);
        expect("netflie__status_read_user_initiated", STATUS);
        expect("netflie__sticker", NOTICE);
        expect("netflie__system_user_changed_number", IGNORED);
        expect("netflie__text", COMPLAINT);
        expect("netflie__text_bsuid_only_no_from", COMPLAINT);
        expect("netflie__text_contact_without_profile", COMPLAINT);
        expect("netflie__text_forwarded", COMPLAINT);
        expect("netflie__text_wa_id_and_user_id", COMPLAINT);
        expect("netflie__unknown_with_errors", NOTICE);
        expect("pius__account_settings_update");
        expect("pius__button_quick_reply_with_context", NOTICE);
        expect("pius__field_automatic_events");
        expect("pius__field_unknown");
        expect("pius__interactive_button_reply", NOTICE);
        expect("pius__interactive_list_reply", NOTICE);
        expect("pius__message_template_status_update");
        // text, a pin without "type" (joins the text's complaint), a reaction (answered) and a sticker (within the
        // period), user_preferences
        expect("pius__multi_change_mixed", COMPLAINT, REPLY, NOTICE, IGNORED);
        expect("pius__multi_change_text_and_user_preferences", COMPLAINT);
        expect("pius__multi_message_text_and_reaction", COMPLAINT, NOTICE);
        expect("pius__status_sent_pricing", STATUS);
        expect("pius__system_user_changed_number", IGNORED);
        expect("pius__text_product_inquiry", COMPLAINT);
        expect("pius__text_with_ctwa_referral", COMPLAINT);
        expect("pius__unsupported_deleted_message", NOTICE);
        expect("softlivery__image_caption_wire_escaped", COMPLAINT);
        expect("softlivery__status_sent_service", STATUS);
        expect("wajs__status_read_to_bsuid_minimal", STATUS);
        expect("wajs__status_sent_to_bsuid", STATUS);
        expect("wajs__text_username_only_no_phone", COMPLAINT);
        expect("wajs__v25_status_delivered", STATUS);
        expect("wajs__v25_status_read", STATUS);
        expect("wajs__v25_status_sent_pmp", STATUS);
        expect("wajs__v25_text_bsuid_username", COMPLAINT);
    }

    @Inject
    EntityManager em;

    record Payload(String name, String tag, byte[] body) {
    }

    @Test
    void theTableNamesEveryFileOfTheFolder() {
        assertThat(MoreSources.names()).hasSize(73).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void eachPayloadIsFiledWithItsEffectsAndTwoConcurrentShuffledCopiesChangeNothing() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String run = String.format("%06d", random.nextInt(1_000_000));
        List<Payload> payloads = new ArrayList<>();
        int n = 0;
        for (String name : EXPECTED.keySet()) {
            String digits = run + String.format("%02d", n++);
            String tag = "MS" + digits;
            payloads.add(new Payload(name, tag, MoreSources.readdress(name, tag, digits)));
        }
        Collections.shuffle(payloads, random);

        Set<String> complaintIds = new HashSet<>();
        for (Payload p : payloads) {
            var answer = Webhooks.post(p.body()).extract();
            assertThat(answer.statusCode()).as(p.name() + " " + answer.asString()).isEqualTo(200);
            assertThat(answer.<String>path("outcome")).as(p.name() + " " + answer.asString()).isEqualTo("ACCEPTED");
            assertThat(answer.<Integer>path("attempts")).as(p.name() + ": filed at the first attempt").isEqualTo(1);
            assertThat(answer.<Integer>path("duplicates")).as(p.name()).isZero();
            complaintIds.addAll(answer.<List<String>>path("complaintIds"));
            assertThat(effectsOf(p)).as(p.name() + " (seed " + seed + ")")
                    .containsExactlyInAnyOrderElementsOf(EXPECTED.get(p.name()));
        }
        long expectedComplaints = count(COMPLAINT);
        assertThat(complaintIds).hasSize((int) expectedComplaints);
        // senders known only by their business-scoped user id are the complaint's citizen, as they came
        assertThat(citizenOf("wajs__text_username_only_no_phone", payloads)).startsWith("US.13491208655302741918");
        assertThat(citizenOf("chatwoot__text_bsuid_only_india", payloads)).startsWith("IN.2081978709342942");

        Set<String> citizens = citizens(run);
        List<String> bodies = payloads.stream().map(p -> RawWebhookStore.sha256(p.body())).toList();
        await().atMost(60, TimeUnit.SECONDS).until(() -> {
            Totals t = totals(run, bodies, complaintIds, citizens);
            return t.announcements() >= expectedComplaints && t.statusEvents() >= count(STATUS)
                    && t.unsupportedNotices() >= count(NOTICE);
        });
        Totals first = totals(run, bodies, complaintIds, citizens);
        assertThat(first.unsupportedNotices()).isEqualTo(count(NOTICE));
        assertThat(first.statusEvents()).isEqualTo(count(STATUS));
        assertThat(first.statuses()).isEqualTo(count(STATUS));
        assertThat(first.malformed()).isEqualTo(count(MALFORMED));
        assertThat(first.replies()).isZero();

        for (var answer : Webhooks.postEachTwiceConcurrently(payloads.stream().map(Payload::body).toList(), random)) {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
            assertThat(answer.<String>path("outcome")).as(answer.asString()).isEqualTo("ACCEPTED");
            assertThat(answer.<List<String>>path("complaintIds")).isEmpty();
            assertThat(answer.<Integer>path("statuses")).isZero();
            assertThat(answer.<Integer>path("echoes")).isZero();
        }
        // a barrier: a complaint filed after the copies is announced, so anything the copies emitted would be out too
        String barrier = Webhooks.fileText(Webhooks.citizen(), "barrier: school ke paas nali band hai");
        TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> barrier.equals(e.subject()), 1);
        assertThat(totals(run, bodies, complaintIds, citizens)).as("seed " + seed).isEqualTo(first);
        for (Payload p : payloads) {
            assertThat(effectsOf(p)).as(p.name()).containsExactlyInAnyOrderElementsOf(EXPECTED.get(p.name()));
        }
    }

    private static long count(Effect effect) {
        return EXPECTED.values().stream().flatMap(List::stream).filter(effect::equals).count();
    }

    /** What the database holds for one file: its messages' outcomes, its statuses, its malformed messages. */
    @SuppressWarnings("unchecked")
    private List<Effect> effectsOf(Payload p) {
        String like = "wamid." + p.tag() + ".%";
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Effect> out = new ArrayList<>();
            for (String outcome : (List<String>) em.createNativeQuery(
                    "select outcome from inbound_message where wamid like ?1").setParameter(1, like).getResultList()) {
                out.add(switch (outcome) {
                    case "COMPLAINT", "COMMAND" -> COMPLAINT;
                    case "UNSUPPORTED" -> NOTICE;
                    case "REPLY" -> Effect.REPLY;
                    case "ECHO" -> ECHO;
                    case "IGNORED" -> IGNORED;
                    default -> throw new AssertionError(p.name() + ": unexpected outcome " + outcome);
                });
            }
            long statuses = ((Number) em.createNativeQuery("select count(*) from whatsapp_status where message_id like ?1")
                    .setParameter(1, like).getSingleResult()).longValue();
            for (int i = 0; i < statuses; i++) {
                out.add(STATUS);
            }
            long malformed = ((Number) em.createNativeQuery("select count(*) from malformed_message where body_sha256 = ?1")
                    .setParameter(1, RawWebhookStore.sha256(p.body())).getSingleResult()).longValue();
            for (int i = 0; i < malformed; i++) {
                out.add(MALFORMED);
            }
            return out;
        });
    }

    private String citizenOf(String name, List<Payload> payloads) {
        Payload p = payloads.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select citizen_wa_id from complaint where wamid like ?1").setParameter(1, "wamid." + p.tag() + ".%")
                .getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private Set<String> citizens(String run) {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>((List<String>) em.createNativeQuery(
                "select distinct citizen_id from inbound_message where wamid like ?1").setParameter(1, "wamid.MS" + run + "%")
                .getResultList()));
    }

    /** Everything this run left in the database and on Kafka. */
    record Totals(long inbound, long complaints, long parts, long statuses, long malformed, long throttle,
                  long announcements, long unsupportedNotices, long replies, long statusEvents) {
    }

    private Totals totals(String run, List<String> bodies, Set<String> complaintIds, Set<String> citizens) {
        String like = "wamid.MS" + run + "%";
        String prefix = ServiceInfrastructure.topicPrefix();
        return QuarkusTransaction.requiringNew().call(() -> new Totals(
                count("select count(*) from inbound_message where wamid like ?1", like),
                count("select count(*) from complaint where wamid like ?1", like),
                count("select count(*) from complaint_part where wamid like ?1", like),
                count("select count(*) from whatsapp_status where message_id like ?1", like),
                ((Number) em.createNativeQuery("select count(*) from malformed_message where body_sha256 in (?1)")
                        .setParameter(1, bodies).getSingleResult()).longValue(),
                citizens.isEmpty() ? 0 : ((Number) em.createNativeQuery(
                        "select count(*) from unsupported_message_notice where citizen_wa_id in (?1)")
                        .setParameter(1, citizens).getSingleResult()).longValue(),
                TestEvents.events(prefix, EventType.COMPLAINT_RECEIVED, ComplaintReceived.class).stream()
                        .filter(e -> complaintIds.contains(e.subject())).count()
                        + TestEvents.events(prefix, EventType.COMPLAINT_QUARANTINED, ComplaintQuarantined.class).stream()
                        .filter(e -> complaintIds.contains(e.subject())).count()
                        + TestEvents.events(prefix, EventType.CITIZEN_NOTICE, CitizenNotice.class).stream()
                        .filter(e -> complaintIds.contains(e.subject())).count(),
                TestEvents.events(prefix, EventType.CITIZEN_NOTICE, CitizenNotice.class).stream()
                        .filter(e -> CitizenNotice.UNSUPPORTED_MESSAGE.equals(e.data().kind())
                                && citizens.contains(e.data().citizenWaId())).count(),
                TestEvents.events(prefix, EventType.CITIZEN_REPLIED, CitizenReplied.class).stream()
                        .filter(e -> e.data().messageId() != null && e.data().messageId().contains("MS" + run)).count(),
                TestEvents.events(prefix, EventType.WHATSAPP_STATUS, WhatsAppStatus.class).stream()
                        .filter(e -> e.data().messageId() != null && e.data().messageId().contains("MS" + run)).count()));
    }

    private long count(String sql, String param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }
}
