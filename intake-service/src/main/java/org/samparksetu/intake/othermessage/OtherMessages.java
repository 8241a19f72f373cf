package org.samparksetu.intake.othermessage;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.intake.citizen.Citizens;
import org.samparksetu.intake.decision.DecisionLog;
import org.samparksetu.intake.inbound.InboundMessage;
import org.samparksetu.intake.notice.CitizenNotices;
import org.samparksetu.intake.text.LanguageGuess;
import org.samparksetu.messaging.logging.Mask;

import java.time.Instant;
import java.util.List;

/**
 * Answers the messages that are neither complaints, commands nor our button taps, as {@link OtherMessageRule} says:
 * in the message's transaction (which holds the citizen's lock), at most once per number per
 * {@code intake.notice.unsupported-period}, and never to a blocked number.
 */
@ApplicationScoped
public class OtherMessages {
    private static final Logger LOG = Logger.getLogger(OtherMessages.class);

    @Inject
    EntityManager em;
    @Inject
    Citizens citizens;
    @Inject
    CitizenNotices notices;
    @Inject
    DecisionLog decisions;
    @Inject
    OtherMessageConfig config;
    @Inject
    MeterRegistry metrics;

    /** @return true when the citizen is told (citizen.notice UNSUPPORTED_MESSAGE) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean answer(InboundMessage m, String type, Instant receivedAt) {
        var decision = OtherMessageRule.decide(OtherMessageRule.Received.fromCitizen(type, detail(m, type)));
        metrics.counter("intake.messages.other", "type", decision.messageType(),
                "answer", decision.answer().name()).increment();
        if (decision.answer() == OtherMessageRule.Answer.NOTHING) {
            LOG.infof("%s message from %s recorded only: %s", type, Mask.phone(m.citizenId()), decision.why());
            return false;
        }
        var blocked = citizens.blocked(m.citizenId());
        if (blocked.isPresent()) {
            decisions.record(m.citizenId(), null, m.wamid(), "MESSAGE_FROM_BLOCKED_NUMBER", blocked.get().reason(), DecisionLog.SYSTEM);
            LOG.infof("%s message from blocked number %s recorded only", type, Mask.phone(m.citizenId()));
            return false;
        }
        if (!dueForNotice(m.citizenId(), receivedAt)) {
            LOG.infof("%s message from %s: already told within %s", type, Mask.phone(m.citizenId()), config.unsupportedPeriod());
            return false;
        }
        notices.unsupportedMessage(m.citizenId(), decision.messageType(), language(m.citizenId()));
        return true;
    }

    /**
     * Claims the number's one notice of the period: the insert or the update wins only when the last notice is at
     * least a period older than this message (the webhook's receive time, so a later retry decides the same way).
     */
    private boolean dueForNotice(String citizen, Instant receivedAt) {
        return em.createNativeQuery("""
                        insert into unsupported_message_notice (citizen_wa_id, noticed_at) values (?1, ?2)
                        on conflict (citizen_wa_id) do update set noticed_at = excluded.noticed_at
                        where unsupported_message_notice.noticed_at <= excluded.noticed_at - (?3 * interval '1 millisecond')""")
                .setParameter(1, citizen)
                .setParameter(2, receivedAt)
                .setParameter(3, config.unsupportedPeriod().toMillis())
                .executeUpdate() == 1;
    }

    private static String detail(InboundMessage m, String type) {
        return switch (type) {
            case "reaction" -> m.reactionEmoji();
            case "interactive" -> m.interactiveType();
            case "system" -> m.systemType();
            default -> null;
        };
    }

    /** A sticker has no words: the language the citizen last wrote a complaint in, else Hindi. */
    @SuppressWarnings("unchecked")
    private String language(String citizen) {
        List<String> langs = em.createNativeQuery("""
                        select language from complaint where citizen_wa_id = ?1 and text is not null
                        order by received_at desc limit 1""")
                .setParameter(1, citizen).getResultList();
        return langs.isEmpty() ? LanguageGuess.HINDI : langs.get(0);
    }
}
