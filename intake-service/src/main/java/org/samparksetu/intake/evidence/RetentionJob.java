package org.samparksetu.intake.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.messaging.logging.Mask;
import org.samparksetu.messaging.schedule.RoundClaim;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the retention rule ({@link RetentionRule}): a number whose complaints all ended before the cut-off
 * ({@code sampark.intake.retention.after-closure}, default three years) and that is not under an evidence hold loses
 * its messages, complaints, notices, delivery statuses and media; the raw bodies they came in are emptied once no
 * other number's message is in them (the archive row, its hashes and its place in the chain stay, so the chain
 * still verifies). Each number goes in its own transaction, the only one allowed past the archive's append-only
 * trigger ({@code set local sampark.retention = 'on'}); what went is logged as a decision.
 */
@ApplicationScoped
public class RetentionJob {
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final int BATCH = 200;

    @Inject
    EntityManager em;
    @Inject
    DecisionLog decisions;
    @Inject
    Clock clock;
    @ConfigProperty(name = "sampark.intake.retention.after-closure", defaultValue = "P3Y")
    String afterClosure;
    @ConfigProperty(name = "sampark.intake.retention.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "sampark.intake.retention.every", defaultValue = "6h")
    String every;
    @Inject
    RoundClaim rounds;

    /** What one run did. */
    public record Run(Instant cutoff, int examined, List<String> deleted) {
    }

    @Scheduled(every = "${sampark.intake.retention.every:6h}", delayed = "${sampark.intake.retention.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // One instance per round: two runs at once would read the same numbers, and the second would record a
        // number's deletion in the decision log again after waiting for the first's rows.
        if (enabled && rounds.claim("evidence-retention", every)) {
            try {
                Run run = run();
                LOG.infof("retention: %d numbers examined, %d deleted (closed before %s)", run.examined(),
                        run.deleted().size(), run.cutoff());
            } catch (RuntimeException e) {
                LOG.warnf(e, "retention run failed; the next run tries again");
            }
        }
    }

    /** The moment before which a number's last complaint must have ended for its data to go. */
    public Instant cutoff() {
        return Instant.now(clock).atZone(ZoneOffset.UTC).minus(Period.parse(afterClosure)).toInstant();
    }

    public Run run() {
        Instant cutoff = cutoff();
        List<String> deleted = new ArrayList<>();
        int examined = 0;
        String after = "";
        while (true) {
            String from = after;
            @SuppressWarnings("unchecked")
            List<String> numbers = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                            select wa_id from (
                              select citizen_id as wa_id from inbound_message where received_at < ?1
                              union select citizen_wa_id from complaint where citizen_wa_id is not null and received_at < ?1
                            ) n where wa_id > ?2 order by wa_id limit ?3""")
                    .setParameter(1, cutoff).setParameter(2, from).setParameter(3, BATCH).getResultList());
            if (numbers.isEmpty()) {
                break;
            }
            for (String waId : numbers) {
                examined++;
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> purgeIfDue(waId, cutoff)) != null) {
                        deleted.add(waId);
                    }
                } catch (RuntimeException e) {
                    LOG.warnf(e, "retention of %s failed; the next run tries again", Mask.phone(waId));
                }
            }
            after = numbers.get(numbers.size() - 1);
        }
        return new Run(cutoff, examined, deleted);
    }

    /** In its own transaction: the verdict, and the deletion when it is DELETE; the media hashes it let go, or null. */
    List<String> purgeIfDue(String waId, Instant cutoff) {
        boolean held = !em.createNativeQuery("select 1 from evidence_hold where wa_id = ?1 for share")
                .setParameter(1, waId).getResultList().isEmpty();
        Object last = em.createNativeQuery("select max(received_at) from inbound_message where citizen_id = ?1")
                .setParameter(1, waId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.status, v.closed_at, v.reopened_at, v.withdrawn_at, c.decided_at, c.received_at
                        from complaint c left join complaint_conversation v on v.complaint_id = c.complaint_id
                        where c.citizen_wa_id = ?1""")
                .setParameter(1, waId).getResultList();
        List<RetentionRule.ComplaintFacts> complaints = rows.stream().map(r -> new RetentionRule.ComplaintFacts(
                (String) r[0], at(r[1]), at(r[2]), at(r[3]), at(r[4]), at(r[5]))).toList();
        RetentionRule.Verdict verdict = RetentionRule.decide(held, at(last), complaints, cutoff);
        if (verdict != RetentionRule.Verdict.DELETE) {
            return null;
        }
        em.createNativeQuery("set local sampark.retention = 'on'").executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> media = em.createNativeQuery("""
                        select distinct p.media_sha256 from complaint_part p join complaint c on c.complaint_id = p.complaint_id
                        where c.citizen_wa_id = ?1 and p.media_sha256 is not null""")
                .setParameter(1, waId).getResultList();
        @SuppressWarnings("unchecked")
        List<Number> bodies = em.createNativeQuery("""
                        select raw_webhook_id from inbound_message where citizen_id = ?1 and raw_webhook_id is not null
                        union select raw_webhook_id from malformed_message where citizen_id = ?1""")
                .setParameter(1, waId).getResultList();
        String ofComplaints = "(select complaint_id from complaint where citizen_wa_id = ?1)";
        for (String sql : List.of(
                "delete from held_follow_up where citizen_wa_id = ?1 or related_complaint_id in " + ofComplaints,
                "delete from media_retry where complaint_id in " + ofComplaints,
                "delete from complaint_conversation where complaint_id in " + ofComplaints,
                "delete from complaint_part where complaint_id in " + ofComplaints,
                "delete from awaited_reason where citizen_wa_id = ?1",
                "delete from complaint where citizen_wa_id = ?1",
                "delete from malformed_message where citizen_id = ?1",
                "delete from inbound_message where citizen_id = ?1",
                "delete from whatsapp_status where recipient_id = ?1",
                "delete from citizen_notice_sent where citizen_wa_id = ?1",
                "delete from unsupported_message_notice where citizen_wa_id = ?1")) {
            em.createNativeQuery(sql).setParameter(1, waId).executeUpdate();
        }
        if (!bodies.isEmpty()) {
            em.createNativeQuery("""
                            update raw_webhook r set body = ''::bytea, body_purged_at = ?2
                            where r.id = any(cast(?1 as bigint[])) and r.body_purged_at is null
                              and not exists (select 1 from inbound_message m where m.raw_webhook_id = r.id)
                              and not exists (select 1 from malformed_message m where m.raw_webhook_id = r.id)""")
                    .setParameter(1, bodies.stream().map(n -> String.valueOf(n.longValue()))
                            .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                    .setParameter(2, Instant.now(clock)).executeUpdate();
        }
        // the media's bytes are in their media_object row: deleting the row, in this transaction, deletes them
        // (everywhere at once, for every instance); bytes another number's part still refers to stay
        for (String sha : media) {
            em.createNativeQuery("delete from media_object o where o.sha256 = ?1 "
                            + "and not exists (select 1 from complaint_part p where p.media_sha256 = ?1)")
                    .setParameter(1, sha).executeUpdate();
        }
        decisions.record(waId, null, null, "RETENTION_DELETED", "every complaint ended before " + cutoff
                + "; messages, bodies and media deleted", DecisionLog.SYSTEM);
        LOG.infof("retention: the data of %s is deleted", Mask.phone(waId));
        return media;
    }

    private static Instant at(Object value) {
        return value == null ? null : EvidenceChain.instant(value);
    }
}
