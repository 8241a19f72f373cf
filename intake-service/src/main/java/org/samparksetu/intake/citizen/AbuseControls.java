package org.samparksetu.intake.citizen;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.IntakeConfig;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.messaging.logging.Mask;

import java.time.Duration;
import java.time.Instant;

/**
 * The one place every door asks whether a number may file one more complaint ({@link AbuseRule}): WhatsApp when a
 * complaint is complete, Open311 and the operator before anything is filed. It gathers what the rule needs (the
 * blocklist, the flag, the number's complaints through every door) and records what an operator overrode (who,
 * when, why) and what was refused. It also watches first contacts: a flood of new numbers in an hour is counted
 * for the grievance cell's alert ({@value #FLOOD_METER}); their complaints are still taken.
 */
@ApplicationScoped
public class AbuseControls {
    private static final Logger LOG = Logger.getLogger(AbuseControls.class);
    /** What an operator may write to let a complaint on past a limit (as every other reason: the README's limits). */
    public static final int MAX_OVERRIDE_REASON = 500;
    /** Counts first contacts beyond the hourly cap: an ops alert on its increase tells the grievance cell. */
    public static final String FLOOD_METER = "intake.new.citizens.flood";
    static final Duration FLOOD_PERIOD = Duration.ofHours(1);

    @Inject
    EntityManager em;
    @Inject
    IntakeConfig config;
    @Inject
    Citizens citizens;
    @Inject
    DecisionLog decisions;
    @Inject
    MeterRegistry metrics;

    /**
     * Whether the number may file one more complaint now. Call with the citizen's row locked ({@link Citizens#lock}),
     * so that two complaints of one number are not both let through under a limit.
     *
     * @param complaintId the complaint being decided, left out of the counts; null before it exists
     * @param overridden  an operator gave a reason (only the operator door takes one)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AbuseRule.Decision check(AbuseRule.Door door, String waId, String complaintId, Instant at, boolean overridden) {
        var abuse = config.abuse();
        boolean blocked = citizens.blocked(waId).isPresent();
        long[] filed = blocked ? new long[]{0, 0} : filedSince(waId, complaintId, at.minus(abuse.capPeriod()),
                at.minus(abuse.burstPeriod()));
        boolean flagged = !blocked && citizens.flag(waId).isPresent();
        AbuseRule.Decision d = AbuseRule.decide(new AbuseRule.Facts(door, blocked, flagged, filed[0], filed[1], overridden),
                new AbuseRule.Limits(abuse.quarantineFlagged(), abuse.cap(), abuse.burst()));
        return d;
    }

    /** A complaint an operator let on past a limit: who, when (the decision's time) and why are kept, and counted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOverride(AbuseRule.Door door, String waId, String complaintId, String limit, String why,
                               String operator) {
        decisions.record(waId, complaintId, null, "ABUSE_LIMIT_OVERRIDDEN", limit + ": " + why, operator);
        metrics.counter("intake.abuse.overrides", "door", door.name(), "reason", limit).increment();
        LOG.infof("%s let a complaint from %s on past %s (%s)", operator, Mask.phone(waId), limit, door);
    }

    /** A complaint that was not filed: kept in the decision log with the door that refused it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRefusal(AbuseRule.Door door, String waId, AbuseRule.Decision d, String actor) {
        decisions.record(waId, null, null, "REFUSED_AT_" + door.name(), d.reason(), actor);
        metrics.counter("intake.abuse.refused", "door", door.name(), "reason", d.reason()).increment();
        LOG.infof("a complaint from %s refused at %s: %s", Mask.phone(waId), door, d.reason());
    }

    /** The limit in words an operator or an Open311 client can act on. */
    public String describe(String reason) {
        var abuse = config.abuse();
        return switch (reason) {
            case AbuseRule.BLOCKED -> "this mobile number is blocked from filing complaints";
            case AbuseRule.FLAGGED_FALSE_CASE -> "this mobile number is flagged: a field check found an earlier complaint from it false";
            case AbuseRule.CAP_EXCEEDED -> "this mobile number has reached its cap of " + abuse.cap() + " complaints in "
                    + days(abuse.capPeriod());
            case AbuseRule.BURST -> "this mobile number has filed " + abuse.burst() + " complaints in the last "
                    + abuse.burstPeriod().toMinutes() + " minutes";
            default -> reason;
        };
    }

    private static String days(Duration d) {
        return d.toDays() >= 1 ? d.toDays() + " days" : d.toHours() + " hours";
    }

    /** Asked before a citizen's media is downloaded, outside the filing transaction: nothing is fetched for a blocked number. */
    @Transactional
    public boolean blocked(String waId) {
        return waId != null && citizens.blocked(waId).isPresent();
    }

    /**
     * A number wrote (or was written in) for the first time. Over the hourly cap of new numbers the complaints are
     * still taken, but each first contact beyond it is counted: a flood of fake numbers pages the grievance cell.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void firstContact(String waId, Instant at) {
        long lastHour = newCitizensSince(at.minus(FLOOD_PERIOD));
        if (lastHour > config.abuse().newCitizensPerHour()) {
            metrics.counter(FLOOD_METER).increment();
            LOG.warnf("%d new numbers in the last hour (cap %d): a possible flood of fake numbers; latest %s",
                    lastHour, config.abuse().newCitizensPerHour(), Mask.phone(waId));
        }
    }

    /** Numbers first seen since then (the operator's view of a flood). */
    @Transactional
    public long newCitizensSince(Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from citizen where first_seen_at > ?1")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, since, Instant.class).getSingleResult()).longValue();
    }

    /** The number's complaints through every door since each instant; drafts being assembled and linked repeats are not. */
    private long[] filedSince(String waId, String complaintId, Instant capSince, Instant burstSince) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where received_at >= ?3), count(*) filter (where received_at >= ?4)
                        from complaint where citizen_wa_id = ?1 and complaint_id <> ?2 and status not in ('LINKED', 'DRAFT')
                        and received_at >= ?5""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, waId).setParameter(2, complaintId == null ? "" : complaintId)
                .setParameter(3, capSince, Instant.class).setParameter(4, burstSince, Instant.class)
                .setParameter(5, capSince.isBefore(burstSince) ? capSince : burstSince, Instant.class).getSingleResult();
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
