package org.samparksetu.intake.evidence;

import org.samparksetu.web.evidence.EvidenceHashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the raw webhook archive's hash chain: each row's hash must be that of its own fields and the row before it,
 * and each body still held must have its recorded SHA-256. An edit made past the append-only trigger (by an owner
 * who disabled it, or on the disk) shows as the first row whose link breaks.
 */
@ApplicationScoped
public class EvidenceChain {
    private static final int PAGE = 500;

    @Inject
    EntityManager em;

    /** The result of a walk: rows checked, and the first problems found (at most 100). */
    public record Verification(long rows, String head, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    @Transactional
    public Verification verify() {
        List<String> problems = new ArrayList<>();
        String prev = null;
        long expectedSeq = 1;
        long rows = 0;
        long after = 0;
        while (problems.size() < 100) {
            @SuppressWarnings("unchecked")
            List<Object[]> page = em.createNativeQuery("""
                            select id, chain_seq, prev_hash, row_hash, body_sha256, received_at,
                              case when body_purged_at is null then body end
                            from raw_webhook where chain_seq > ?1 order by chain_seq limit ?2""")
                    .setParameter(1, after).setParameter(2, PAGE).getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (Object[] r : page) {
                long id = ((Number) r[0]).longValue();
                long seq = ((Number) r[1]).longValue();
                String prevHash = (String) r[2];
                String rowHash = (String) r[3];
                String bodySha = (String) r[4];
                if (seq != expectedSeq) {
                    problems.add("chain position " + expectedSeq + " is missing (next is " + seq + ", webhook " + id + ")");
                }
                if (!java.util.Objects.equals(prevHash, prev)) {
                    problems.add("webhook " + id + " does not link to the row before it");
                }
                if (!EvidenceHashes.rowHash(prevHash, bodySha, instant(r[5]), id).equals(rowHash)) {
                    problems.add("webhook " + id + ": its hash is not that of its fields (changed after it was archived)");
                }
                if (r[6] != null && !EvidenceHashes.sha256((byte[]) r[6]).equals(bodySha)) {
                    problems.add("webhook " + id + ": its body is not the body that was archived");
                }
                prev = rowHash;
                expectedSeq = seq + 1;
                after = seq;
                rows++;
            }
        }
        long unchained = ((Number) em.createNativeQuery("select count(*) from raw_webhook where chain_seq is null")
                .getSingleResult()).longValue();
        if (unchained > 0) {
            problems.add(unchained + " archived webhooks are outside the chain");
        }
        return new Verification(rows, prev, problems);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
