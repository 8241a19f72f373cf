package org.samparksetu.intake.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What became of one archived webhook, as the grievance cell reads it: its outcome and what filing it did. */
@ApplicationScoped
public class WebhookArchive {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** The archive entry, or empty when no webhook has this id. */
    @Transactional
    public Optional<Map<String, Object>> outcome(long rawId) {
        List<?> rows = em.createNativeQuery("""
                        select id, outcome, received_at, processed_at, attempts, error, cast(effects as text)
                        from raw_webhook where id = ?1""")
                .setParameter(1, rawId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
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
                @SuppressWarnings("unchecked")
                Map<String, Object> effects = json.readValue((String) row[6], Map.class);
                answer.putAll(effects);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("effects of webhook " + rawId + " are not JSON", e);
            }
        }
        return Optional.of(answer);
    }
}
