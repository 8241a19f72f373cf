package org.samparksetu.intake.othermessage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.EventType;
import org.samparksetu.contract.events.CitizenNotice;
import org.samparksetu.contract.events.ComplaintReceived;
import org.samparksetu.intake.webhook.Webhooks;
import org.samparksetu.testing.ServiceInfrastructure;
import org.samparksetu.testing.TestEvents;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Stickers, reactions, contact cards, orders, messages WhatsApp could not show us and taps that are not ours get one
 * answer (citizen.notice UNSUPPORTED_MESSAGE) per number per period; a removed reaction, a blocked number and the
 * office's own messages from its phone get none. A citizen known only by a business-scoped user id is served as one
 * with a phone number.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class OtherMessageTest {

    @Inject
    EntityManager em;

    private static String message(String citizen, String wamid, String type, String content) {
        return Webhooks.envelope(Webhooks.OUR_NUMBER_ID, citizen, """
                "messages":[{"from":"%s","id":"%s","timestamp":"1767225600","type":"%s",%s}]"""
                .formatted(citizen, wamid, type, content));
    }

    private static String sticker(String citizen, String wamid) {
        return message(citizen, wamid, "sticker", "\"sticker\":{\"mime_type\":\"image/webp\",\"sha256\":\"abc\",\"id\":\"77\",\"animated\":false}");
    }

    private static String reaction(String citizen, String wamid, String emoji) {
        return message(citizen, wamid, "reaction", "\"reaction\":{\"message_id\":\"wamid.SENT1\"" + (emoji == null ? "" : ",\"emoji\":\"" + emoji + "\"") + "}");
    }

    private static List<EventEnvelope<CitizenNotice>> notices(String citizen) {
        return TestEvents.events(ServiceInfrastructure.topicPrefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class).stream()
                .filter(e -> citizen.equals(e.data().citizenWaId())).toList();
    }

    /** Files a text from a fresh citizen after the messages under test and waits for its event: a barrier. */
    private static void barrier() {
        String id = Webhooks.fileText(Webhooks.citizen(), "barrier: gali mein kachra pada hai");
        TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RECEIVED, ComplaintReceived.class,
                e -> id.equals(e.subject()), 1);
    }

    private String outcome(String wamid) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select outcome from inbound_message where wamid = ?1").setParameter(1, wamid).getSingleResult());
    }

    @Test
    void aBurstOfStickersGetsOneAnswerNamingTheType() {
        String citizen = Webhooks.citizen();
        String first = Webhooks.wamid();
        Webhooks.post(sticker(citizen, first)).body("outcome", equalTo("ACCEPTED")).body("complaintIds", hasSize(0));
        for (int i = 0; i < 4; i++) {
            Webhooks.post(sticker(citizen, Webhooks.wamid())).body("outcome", equalTo("ACCEPTED"));
        }
        var told = TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class,
                e -> citizen.equals(e.data().citizenWaId()), 1);
        assertThat(told.get(0).data().kind()).isEqualTo(CitizenNotice.UNSUPPORTED_MESSAGE);
        assertThat(told.get(0).data().messageType()).isEqualTo("sticker");
        assertThat(told.get(0).data().complaintId()).isNull();
        assertThat(told.get(0).data().language()).isEqualTo("hi");
        assertThat(outcome(first)).isEqualTo("UNSUPPORTED");
        barrier();
        assertThat(notices(citizen)).hasSize(1);
    }

    @Test
    void eachOtherTypeIsAnsweredAndARemovedReactionIsNot() {
        record Case(String type, String body, String expectedType) {
        }
        List<Case> cases = List.of(
                new Case("reaction", "\"reaction\":{\"message_id\":\"wamid.SENT1\",\"emoji\":\"👍\"}", "reaction"),
                new Case("contacts", "\"contacts\":[{\"name\":{\"formatted_name\":\"Ramesh\"},\"phones\":[{\"phone\":\"+919876543210\"}]}]", "contacts"),
                new Case("order", "\"order\":{\"catalog_id\":\"1\",\"product_items\":[]}", "order"),
                new Case("unsupported", "\"errors\":[{\"code\":131051,\"title\":\"Message type unknown\"}]", "unsupported"),
                new Case("interactive", "\"interactive\":{\"type\":\"button_reply\",\"button_reply\":{\"id\":\"confirm_order\",\"title\":\"Yes\"}}", "interactive"),
                new Case("button", "\"button\":{\"payload\":\"No-Button-Payload\",\"text\":\"No\"}", "button"));
        for (Case c : cases) {
            String citizen = Webhooks.citizen();
            Webhooks.post(message(citizen, Webhooks.wamid(), c.type(), c.body())).body("outcome", equalTo("ACCEPTED"));
            var told = TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class,
                    e -> citizen.equals(e.data().citizenWaId()), 1);
            assertThat(told.get(0).data().kind()).as(c.type()).isEqualTo(CitizenNotice.UNSUPPORTED_MESSAGE);
            assertThat(told.get(0).data().messageType()).as(c.type()).isEqualTo(c.expectedType());
        }
        String removedBy = Webhooks.citizen();
        String removed = Webhooks.wamid();
        Webhooks.post(reaction(removedBy, removed, null)).body("outcome", equalTo("ACCEPTED"));
        assertThat(outcome(removed)).isEqualTo("IGNORED");
        barrier();
        assertThat(notices(removedBy)).isEmpty();
    }

    @Test
    void aBlockedNumberSendingAStickerIsNotAnswered() {
        String citizen = Webhooks.citizen();
        given().auth().preemptive().basic("operator", "operator-secret").contentType("application/json")
                .body("{\"reason\":\"abusive messages\"}").when().put("/operator/blocklist/" + citizen)
                .then().statusCode(200);
        String wamid = Webhooks.wamid();
        Webhooks.post(sticker(citizen, wamid)).body("outcome", equalTo("ACCEPTED"));
        assertThat(outcome(wamid)).isEqualTo("IGNORED");
        barrier();
        assertThat(notices(citizen)).noneMatch(n -> CitizenNotice.UNSUPPORTED_MESSAGE.equals(n.data().kind()));
    }

    @Test
    void theOfficesOwnMessagesFromItsPhoneAreRecordedNotAnswered() {
        String citizen = Webhooks.citizen();
        String echo = Webhooks.wamid();
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"smb_message_echoes","value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
                "message_echoes":[{"from":"15550783881","to":"%s","id":"%s","timestamp":"1767225600","type":"text",
                "text":{"body":"Namaste, aapki shikayat dekh rahe hain"}}]}}]}]}"""
                .formatted(Webhooks.OUR_NUMBER_ID, citizen, echo);
        Webhooks.post(body).body("outcome", equalTo("ACCEPTED")).body("echoes", equalTo(1)).body("complaintIds", hasSize(0));
        assertThat(outcome(echo)).isEqualTo("ECHO");
        Webhooks.post(body).body("echoes", equalTo(0)).body("duplicates", equalTo(1));
        barrier();
        assertThat(notices(citizen)).isEmpty();
    }

    @Test
    void aCitizenKnownOnlyByABusinessScopedUserIdFilesAndIsAnsweredAtThatId() {
        String bsuid = "IN." + System.nanoTime();
        String text = Webhooks.wamid();
        // no "from", no wa_id: only the business-scoped user id (and its parent), as WhatsApp sends for usernames
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%1$s"},
                "contacts":[{"profile":{"name":"Ramesh","username":"ramesh.k"},"user_id":"%2$s"}],
                "messages":[{"from_user_id":"%2$s","from_parent_user_id":"IN.ENT.77","id":"%3$s","timestamp":"1767225600",
                "type":"text","text":{"body":"Bhinmal ward 7 mein 5 din se pani nahi aa raha"}}]}}]}]}"""
                .formatted(Webhooks.OUR_NUMBER_ID, bsuid, text);
        String id = Webhooks.post(body).body("complaintIds", hasSize(1)).extract().path("complaintIds[0]");
        var received = TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.COMPLAINT_RECEIVED,
                ComplaintReceived.class, e -> id.equals(e.subject()), 1);
        assertThat(received.get(0).data().citizenWaId()).isEqualTo(bsuid);

        String sticker = Webhooks.wamid();
        Webhooks.post(body.replace(text, sticker).replace("\"type\":\"text\",\"text\":{\"body\":\"Bhinmal ward 7 mein 5 din se pani nahi aa raha\"}",
                "\"type\":\"sticker\",\"sticker\":{\"id\":\"5\",\"mime_type\":\"image/webp\"}")).body("outcome", equalTo("ACCEPTED"));
        var told = TestEvents.awaitEvents(ServiceInfrastructure.topicPrefix(), EventType.CITIZEN_NOTICE, CitizenNotice.class,
                e -> bsuid.equals(e.data().citizenWaId()) && CitizenNotice.UNSUPPORTED_MESSAGE.equals(e.data().kind()), 1);
        assertThat(told.get(0).data().messageType()).isEqualTo("sticker");
        assertThat(told.get(0).data().language()).as("the language of the citizen's complaint").isEqualTo(
                received.get(0).data().language());
    }
}
