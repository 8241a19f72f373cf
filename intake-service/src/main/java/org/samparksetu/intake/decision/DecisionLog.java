package org.samparksetu.intake.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What was decided about a number's messages and complaints, by whom (SYSTEM or an operator's user name), and why.
 * Written in the same transaction as the decision itself; read back in the evidence export.
 */
@ApplicationScoped
public class DecisionLog {
    public static final String SYSTEM = "SYSTEM";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String citizenWaId, String complaintId, String wamid, String decision, String reason, String actor) {
        em.createNativeQuery("""
                        insert into intake_decision (citizen_wa_id, complaint_id, wamid, decision, reason, actor)
                        values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, citizenWaId, String.class)
                .setParameter(2, complaintId, String.class)
                .setParameter(3, wamid, String.class)
                .setParameter(4, decision)
                .setParameter(5, reason, String.class)
                .setParameter(6, actor)
                .executeUpdate();
    }
}
