package org.samparksetu.intake.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;
import org.samparksetu.testing.ServiceInfrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;

/**
 * Webhooks as other client libraries met them: several changes per entry, a {@code user_preferences} change, a
 * location without {@code type}, coordinates as strings, a message without an id. Each is filed in its first attempt;
 * what cannot be understood is recorded as malformed with its reason, and everything else in the same webhook is
 * filed as usual.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class MixedWebhookFilingTest {
    private static final AtomicLong RUN = new AtomicLong(System.currentTimeMillis() % 1_000_000L);

    @Inject
    EntityManager em;
    @Inject
    ComplaintRepository complaints;

    private static String tag() {
        return "MIX" + RUN.incrementAndGet();
    }

    private static String digits(String tag) {
        return tag.replaceAll("\\D", "");
    }

    /**
     * The test profile files each message at once (no assembly window), so the pin that follows the text in the same
     * webhook is a pin sent soon after a complaint of the number: it is added to that complaint, which takes its place.
     */
    @Test
    void twoMessageChangesAUserPreferencesChangeAndALocationWithoutTypeAreAllFiledAtTheFirstAttempt() {
        String tag = tag();
        var filed = Webhooks.post(MoreSources.readdress("pius__multi_change_mixed", tag, digits(tag)))
                .body("outcome", equalTo("ACCEPTED")).body("attempts", equalTo(1)).body("error", equalTo(null))
                .body("complaintIds", hasSize(1));
        String id = filed.extract().path("complaintIds[0]");
        Map<String, String> outcomes = outcomes(tag);
        assertThat(outcomes).containsEntry("text", "COMPLAINT").containsEntry("location", "REPLY");
        Complaint pin = QuarkusTransaction.requiringNew().call(() -> complaints.findById(id));
        assertThat(pin.text).isEqualTo("Hello from a text message!");
        assertThat(pin.latitude).isEqualTo(37.7749);
        assertThat(pin.longitude).isEqualTo(-122.4194);
        assertThat(pin.locationAddress).isEqualTo("Market Street");
    }

    @Test
    void everyFieldWebhookFilesItsTextAndStatus() {
        String tag = tag();
        Webhooks.post(MoreSources.readdress("kapso__every_field_18_changes", tag, digits(tag)))
                .body("outcome", equalTo("ACCEPTED")).body("attempts", equalTo(1))
                .body("complaintIds", hasSize(1)).body("statuses", equalTo(1));
    }

    /**
     * Both texts are filed: the first is a complaint; the second, from the same number right after a complaint it
     * cannot be placed against, is held while the citizen is asked whether it is a new complaint (the test profile
     * has no assembly window that would join them).
     */
    @Test
    void twoChangesWithATextEachAreBothFiled() {
        String tag = tag();
        Webhooks.post(MoreSources.readdress("netflie__multi_change_two_texts", tag, digits(tag)))
                .body("outcome", equalTo("ACCEPTED")).body("attempts", equalTo(1)).body("complaintIds", hasSize(1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select outcome from inbound_message where wamid like ?1 order by wamid")
                .setParameter(1, "%" + tag + ".%").getResultList())).containsExactly("COMPLAINT", "REPLY");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from held_follow_up where wamid like ?1")
                .setParameter(1, "%" + tag + ".1.%").getSingleResult()).longValue())).isEqualTo(1);
    }

    @Test
    void coordinatesWrittenAsStringsAreRead() {
        String tag = tag();
        String id = Webhooks.post(MoreSources.readdress("dogalyir__location_string_coordinates", tag, digits(tag)))
                .body("outcome", equalTo("ACCEPTED")).body("complaintIds", hasSize(1)).extract().path("complaintIds[0]");
        Complaint c = QuarkusTransaction.requiringNew().call(() -> complaints.findById(id));
        assertThat(c.latitude).isEqualTo(37.7749);
        assertThat(c.longitude).isEqualTo(-122.4194);
    }

    @Test
    void messagesThatCannotBeUnderstoodAreRecordedWithTheirReasonAndTheRestIsFiled() {
        String citizen = Webhooks.citizen();
        String good = Webhooks.wamid();
        String noSender = Webhooks.wamid();
        String noType = Webhooks.wamid();
        String noBody = Webhooks.wamid();
        String status = Webhooks.wamid();
        // two contacts and no "from": whose message it is cannot be told
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[
                {"field":"messages","value":{"messaging_product":"whatsapp",
                 "metadata":{"display_phone_number":"15550783881","phone_number_id":"%1$s"},
                 "contacts":[{"wa_id":"%2$s"}],
                 "messages":[
                   {"from":"%2$s","timestamp":"1767225600","type":"text","text":{"body":"no id at all"}},
                   {"from":"%2$s","id":"%4$s","timestamp":"1767225600","colour":"blue"},
                   {"from":"%2$s","id":"%5$s","timestamp":"1767225600","type":"text","text":{}},
                   {"from":"%2$s","id":"%3$s","timestamp":"1767225600","type":"text","text":{"body":"gaon mein hand pump kharab hai"}}],
                 "statuses":[{"id":"%6$s","status":"delivered","timestamp":"1767225700","recipient_id":"%2$s"}]}},
                {"field":"messages","value":{"messaging_product":"whatsapp",
                 "metadata":{"display_phone_number":"15550783881","phone_number_id":"%1$s"},
                 "contacts":[{"wa_id":"911111111111"},{"wa_id":"912222222222"}],
                 "messages":[{"id":"%7$s","timestamp":"1767225600","type":"text","text":{"body":"whose?"}}]}}]}]}"""
                .formatted(Webhooks.OUR_NUMBER_ID, citizen, good, noType, noBody, status, noSender);
        var filed = Webhooks.post(body).body("outcome", equalTo("ACCEPTED")).body("attempts", equalTo(1))
                .body("complaintIds", hasSize(1)).body("statuses", equalTo(1))
                .body("malformed", hasSize(4))
                .body("malformed.reason", hasItem(containsString("no id")))
                .body("malformed.reason", hasItem(containsString("sender")))
                .body("malformed.reason", hasItem(containsString("type")))
                .body("malformed.reason", hasItem(containsString("text")));
        assertThat(filed.extract().<List<String>>path("malformed.wamid")).contains(noSender, noType, noBody);
        assertThat(count("select count(*) from malformed_message where wamid in (?1, ?2, ?3)", noSender, noType, noBody))
                .isEqualTo(3);
        assertThat(count("select count(*) from inbound_message where wamid in (?1, ?2, ?3) and outcome = 'COMPLAINT'", good, good, good))
                .isEqualTo(1);

        // delivered again: recorded once, filed once
        Webhooks.post(body).body("outcome", equalTo("ACCEPTED")).body("complaintIds", hasSize(0))
                .body("malformed", hasSize(4));
        assertThat(count("select count(*) from malformed_message where wamid in (?1, ?2, ?3)", noSender, noType, noBody))
                .isEqualTo(3);
    }

    @Test
    void anImageWithoutAMessageIdIsMalformedNotRetried() {
        String tag = tag();
        Webhooks.post(MoreSources.readdress("chatwoot__image_media_download_error", tag, digits(tag)))
                .body("outcome", equalTo("ACCEPTED")).body("attempts", equalTo(1))
                .body("complaintIds", hasSize(0)).body("malformed", hasSize(1))
                .body("malformed[0].reason", containsString("no id"));
    }

    /** message type → outcome of the messages whose id carries the tag */
    @SuppressWarnings("unchecked")
    private Map<String, String> outcomes(String tag) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery(
                            "select message_type, outcome from inbound_message where wamid like ?1 order by wamid")
                    .setParameter(1, "%" + tag + ".%").getResultList()) {
                out.put((String) r[0], (String) r[1]);
            }
            return out;
        });
    }

    private long count(String sql, String a, String b, String c) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, a).setParameter(2, b).setParameter(3, c).getSingleResult()).longValue());
    }
}
