package org.samparksetu.intake.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.messaging.logging.Mask;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One number's complete evidence for legal action: every signed webhook body that carried a message from it
 * (byte-exact, base64, with the signature header, its sha256 and the receive time — re-verifiable with the app
 * secret), the messages, the complaints, the stored media's hashes, the blocklist entry and flags, and every
 * decision with who took it. The export itself goes into the decision log, in the same transaction.
 */
@ApplicationScoped
public class EvidenceExport {
    private static final Logger LOG = Logger.getLogger(EvidenceExport.class);

    @Inject
    EntityManager em;
    @Inject
    DecisionLog decisions;
    @Inject
    Clock clock;

    /** The evidence, or empty when nothing was ever received from the number. */
    @Transactional
    public Optional<Map<String, Object>> export(String waId, String officer) {
        List<Map<String, Object>> messages = rows("""
                select wamid, message_type, outcome, complaint_id, sent_at, received_at, raw_webhook_id
                from inbound_message where citizen_id = ?1 order by received_at""", waId);
        List<Map<String, Object>> complaints = rows("""
                select complaint_id, channel, message_type, status, text, language, latitude, longitude, location_name,
                  contact_number, quarantine_reason, linked_to, decided_by, decided_at, decision_note, transcribed_by,
                  first_contact, received_at
                from complaint where citizen_wa_id = ?1 order by received_at""", waId);
        if (messages.isEmpty() && complaints.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> raw = new ArrayList<>();
        for (Map<String, Object> r : rows("""
                select id, received_at, signature, body_sha256, outcome, body from raw_webhook
                where id in (select raw_webhook_id from inbound_message where citizen_id = ?1) order by id""", waId)) {
            byte[] body = (byte[]) r.remove("body");
            r.put("bodyBase64", Base64.getEncoder().encodeToString(body));
            r.put("bodyText", new String(body, StandardCharsets.UTF_8));
            raw.add(r);
        }
        List<Map<String, Object>> media = rows("""
                select p.complaint_id, p.wamid, p.message_type, p.media_id, p.media_mime_type, p.media_sha256_webhook,
                  p.media_sha256, p.media_size, p.media_error, p.received_at
                from complaint_part p join complaint c on c.complaint_id = p.complaint_id
                where c.citizen_wa_id = ?1 and p.media_id is not null order by p.id""", waId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("citizenWaId", waId);
        out.put("exportedAt", Instant.now(clock));
        out.put("exportedBy", officer);
        out.put("citizen", rows("select first_seen_at, welcomed_at, false_case_count, flagged_at, flag_reason from citizen where wa_id = ?1", waId)
                .stream().findFirst().orElse(null));
        out.put("blocklist", rows("select reason, blocked_by, blocked_at from blocked_number where wa_id = ?1", waId)
                .stream().findFirst().orElse(null));
        out.put("rawWebhooks", raw);
        out.put("messages", messages);
        out.put("complaints", complaints);
        out.put("media", media);
        out.put("decisions", rows("""
                select decided_at, decision, reason, actor, complaint_id, wamid from intake_decision
                where citizen_wa_id = ?1 order by id""", waId));
        decisions.record(waId, null, null, "EVIDENCE_EXPORTED", null, officer);
        LOG.infof("evidence for %s exported by %s", Mask.phone(waId), officer);
        return Optional.of(out);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String sql, String param) {
        List<Tuple> tuples = em.createNativeQuery(sql, Tuple.class).setParameter(1, param).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (var t : tuples) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (var e : t.getElements()) {
                Object v = t.get(e);
                if (v instanceof java.sql.Timestamp ts) {
                    v = ts.toInstant();
                } else if (v instanceof java.time.OffsetDateTime odt) {
                    v = odt.toInstant();
                }
                m.put(camel(e.getAlias()), v);
            }
            out.add(m);
        }
        return out;
    }

    private static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }
}
