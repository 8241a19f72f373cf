package org.samparksetu.intake.evidence;

import org.samparksetu.web.evidence.CanonicalJson;
import org.samparksetu.web.evidence.EvidenceSigner;
import org.samparksetu.web.evidence.EvidenceHashes;
import org.samparksetu.web.evidence.EvidenceVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.intake.media.MediaStore;
import org.samparksetu.messaging.logging.Mask;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One number's evidence for legal action, and only that number's: each message it sent, cut out of the archived
 * webhook body it came in ({@link NumberCut}; WhatsApp batches several citizens into one body, so bodies are never
 * handed out), with the body's SHA-256, the message's position and the archive row's chain hashes, so each piece can
 * be checked against the archive; the complaints, what intake decided and told the citizen (warnings and blocks
 * included), the stored media's bytes, and a reference to the field checks verification-service holds. Signed with
 * the service's Ed25519 key over its canonical JSON ({@link EvidenceSigner}, {@link CanonicalJson}); checked offline
 * by {@link EvidenceVerifier}. The export itself goes into the decision log, in the same transaction.
 */
@ApplicationScoped
public class EvidenceExport {
    private static final Logger LOG = Logger.getLogger(EvidenceExport.class);
    public static final String FORMAT = "sampark-evidence/1";
    /** The notices that warn or sanction a citizen (blocked, flagged false, the flag cleared, the first-contact warning). */
    static final Set<String> WARNINGS = Set.of("BLOCKED", "FLAGGED_FALSE", "FLAG_CLEARED");
    private static final Pattern FIELD_CHECK = Pattern.compile("field check (\\S+?)(?::|$|\\s)");

    @Inject
    EntityManager em;
    @Inject
    DecisionLog decisions;
    @Inject
    EvidenceSigner signer;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    MediaStore mediaStore;

    /** The signed export ({@code evidence}, {@code signature}), or empty when nothing was ever received from the number. */
    @Transactional
    public Optional<ObjectNode> export(String waId, String officer) {
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
        Instant now = Instant.now(clock);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("citizenWaId", waId);
        out.put("exportedAt", now.toString());
        out.put("exportedBy", officer);
        out.put("citizen", first(rows("select first_seen_at, welcomed_at, false_case_count, flagged_at, flag_reason from citizen where wa_id = ?1", waId)));
        out.put("blocklist", first(rows("select reason, blocked_by, blocked_at from blocked_number where wa_id = ?1", waId)));
        out.put("evidenceHold", first(rows("select reason, held_by, held_at from evidence_hold where wa_id = ?1", waId)));
        out.put("webhooks", webhooks(waId));
        out.put("messages", messages);
        out.put("malformedMessages", rows("""
                select raw_webhook_id, position, wamid, message_type, reason, recorded_at from malformed_message
                where citizen_id = ?1 order by id""", waId));
        out.put("complaints", complaints);
        out.put("media", media(waId));
        List<Map<String, Object>> decided = rows("""
                select decided_at, decision, reason, actor, complaint_id, wamid from intake_decision
                where citizen_wa_id = ?1 order by id""", waId);
        out.put("decisions", decided);
        out.put("warningsSent", rows("""
                select notice_at, kind, complaint_id, reason, language, first_contact from citizen_notice_sent
                where citizen_wa_id = ?1 and (kind in ('BLOCKED', 'FLAGGED_FALSE', 'FLAG_CLEARED')
                  or (kind = 'ACKNOWLEDGED' and first_contact)) order by notice_at, event_id""", waId));
        out.put("noticesSent", rows("""
                select notice_at, kind, complaint_id, reason, language, first_contact from citizen_notice_sent
                where citizen_wa_id = ?1 order by notice_at, event_id""", waId));
        out.put("fieldChecks", fieldChecks(complaints, decided));
        decisions.record(waId, null, null, "EVIDENCE_EXPORTED", null, officer);
        LOG.infof("evidence for %s exported by %s", Mask.phone(waId), officer);
        return Optional.of(signer.signedDocument(json, out));
    }

    /** Each archived body that carried a message of the number, with only the number's pieces of it. */
    private List<Map<String, Object>> webhooks(String waId) {
        @SuppressWarnings("unchecked")
        List<Object[]> bodies = em.createNativeQuery("""
                        select id, received_at, signature, body_sha256, chain_seq, prev_hash, row_hash, body_purged_at, body
                        from raw_webhook
                        where id in (select raw_webhook_id from inbound_message where citizen_id = ?1
                                     union select raw_webhook_id from malformed_message where citizen_id = ?1)
                        order by id""")
                .setParameter(1, waId).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : bodies) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("webhookId", ((Number) r[0]).longValue());
            w.put("receivedAt", EvidenceHashes.timeText(EvidenceChain.instant(r[1])));
            w.put("metaSignature", r[2]);
            w.put("bodySha256", r[3]);
            w.put("chainSeq", r[4] == null ? null : ((Number) r[4]).longValue());
            w.put("prevHash", r[5]);
            w.put("rowHash", r[6]);
            w.put("bodyPurged", r[7] != null);
            ArrayNode pieces = NumberCut.array();
            if (r[7] == null) {
                for (NumberCut.Piece p : NumberCut.cut((byte[]) r[8], waId)) {
                    pieces.add(NumberCut.describe(p));
                }
            }
            w.put("pieces", pieces);
            out.add(w);
        }
        return out;
    }

    /** The stored media of the number's complaints, with their bytes (checked against their SHA-256 by the verifier). */
    private List<Map<String, Object>> media(String waId) {
        List<Map<String, Object>> media = rows("""
                select p.complaint_id, p.wamid, p.message_type, p.media_id, p.media_mime_type, p.media_sha256_webhook,
                  p.media_sha256, p.media_size, p.media_error, p.received_at
                from complaint_part p join complaint c on c.complaint_id = p.complaint_id
                where c.citizen_wa_id = ?1 and p.media_id is not null order by p.id""", waId);
        for (Map<String, Object> m : media) {
            String sha = (String) m.get("mediaSha256");
            if (sha == null || !sha.matches("[0-9a-f]{64}")) {
                m.put("bytesBase64", null);
                m.put("bytesMissing", "never stored (see mediaError)");
                continue;
            }
            try {
                Optional<byte[]> bytes = mediaStore.get(sha);
                m.put("bytesBase64", bytes.map(b -> Base64.getEncoder().encodeToString(b)).orElse(null));
                if (bytes.isEmpty()) {
                    m.put("bytesMissing", "not in the media store (deleted, or an old media folder not imported)");
                }
            } catch (IOException e) {
                m.put("bytesBase64", null);
                m.put("bytesMissing", "the media store is not readable: " + e.getClass().getSimpleName());
            }
        }
        return media;
    }

    /**
     * The field checks of the number's complaints that intake knows of (a "False Case" finding names its check).
     * The checks themselves (the verifier's photo, place and remarks) are verification-service's: this is the
     * reference to ask it for.
     */
    private Map<String, Object> fieldChecks(List<Map<String, Object>> complaints, List<Map<String, Object>> decided) {
        Map<String, Set<String>> byComplaint = new LinkedHashMap<>();
        for (Map<String, Object> c : complaints) {
            byComplaint.put((String) c.get("complaintId"), new LinkedHashSet<>());
        }
        for (Map<String, Object> d : decided) {
            Object reason = d.get("reason");
            if (d.get("complaintId") != null && reason instanceof String text) {
                Matcher m = FIELD_CHECK.matcher(text);
                while (m.find()) {
                    byComplaint.computeIfAbsent((String) d.get("complaintId"), k -> new LinkedHashSet<>()).add(m.group(1));
                }
            }
        }
        List<Map<String, Object>> refs = new ArrayList<>();
        byComplaint.forEach((id, checks) -> {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("complaintId", id);
            ref.put("fieldCheckIds", List.copyOf(checks));
            refs.add(ref);
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("heldBy", "verification-service");
        out.put("note", "field-check reports, photos and places are kept by verification-service under these complaint "
                + "ids; this export references them and does not contain them");
        out.put("complaints", refs);
        return out;
    }

    private static Map<String, Object> first(List<Map<String, Object>> rows) {
        return rows.stream().findFirst().orElse(null);
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
                    v = ts.toInstant().toString();
                } else if (v instanceof OffsetDateTime odt) {
                    v = odt.toInstant().toString();
                } else if (v instanceof Instant i) {
                    v = i.toString();
                } else if (v instanceof java.util.UUID u) {
                    v = u.toString();
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
