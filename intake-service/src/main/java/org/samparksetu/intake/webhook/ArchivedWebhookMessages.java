package org.samparksetu.intake.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.samparksetu.intake.inbound.ArchivedMessages;
import org.samparksetu.intake.inbound.InboundMessage;

import java.util.List;
import java.util.Optional;

/** Reads a filed message back from the raw webhook body it came in, as it was read when it was filed. */
@ApplicationScoped
public class ArchivedWebhookMessages implements ArchivedMessages {

    @Inject
    EntityManager em;

    @Override
    public Optional<InboundMessage> find(long rawWebhookId, String wamid) {
        RawWebhook raw = em.find(RawWebhook.class, rawWebhookId);
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return WebhookPayload.parse(raw.body).messages().stream().filter(m -> wamid.equals(m.wamid())).findFirst();
        } catch (WebhookPayload.InvalidPayloadException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<InboundMessage> find(String wamid) {
        List<?> raw = em.createNativeQuery("select raw_webhook_id from inbound_message where wamid = ?1 and raw_webhook_id is not null")
                .setParameter(1, wamid).getResultList();
        return raw.stream().findFirst().flatMap(id -> find(((Number) id).longValue(), wamid));
    }
}
