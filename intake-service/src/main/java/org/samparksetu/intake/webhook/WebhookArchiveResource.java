package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.web.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What became of one archived webhook (the id its 200 answer carried): still waiting, filed with which complaints,
 * or failed and why. For the grievance cell chasing a citizen's "I sent it but got no number"; the body itself is
 * not shown here (the evidence export has it, for an evidence officer).
 */
@Path("/webhooks/whatsapp/archive")
@RolesAllowed({"operator", "evidence-officer"})
@Produces(MediaType.APPLICATION_JSON)
public class WebhookArchiveResource {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @GET
    @Path("/{id}")
    @Transactional
    public Map<String, Object> outcome(@PathParam("id") String id) {
        long rawId;
        try {
            rawId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("the webhook id is the number in the 200 answer's 'webhookId', e.g. 1234");
        }
        java.util.List<?> rows = em.createNativeQuery("""
                        select id, outcome, received_at, processed_at, attempts, error, cast(effects as text)
                        from raw_webhook where id = ?1""")
                .setParameter(1, rawId).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("no archived webhook has id " + rawId);
        }
        Object[] row = (Object[]) rows.get(0);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("webhookId", ((Number) row[0]).longValue());
        answer.put("outcome", row[1]);
        answer.put("receivedAt", String.valueOf(row[2]));
        answer.put("processedAt", row[3] == null ? null : String.valueOf(row[3]));
        answer.put("attempts", ((Number) row[4]).intValue());
        answer.put("error", row[5]);
        if (row[6] != null) {
            try {
                answer.putAll(json.readValue((String) row[6], Map.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("effects of webhook " + rawId + " are not JSON", e);
            }
        }
        return answer;
    }
}
