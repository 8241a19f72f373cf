package org.samparksetu.bridge.actionreport;

import jakarta.persistence.EntityManager;

/**
 * One insert that does nothing when the report ID is already there ({@code on conflict (report_id) do nothing}):
 * the primary key decides, so two concurrent submissions of one report cannot both insert (the second waits, then
 * finds the first).
 */
final class InsertIfAbsent {
    private InsertIfAbsent() {
    }

    /** Runs {@code sql} with {@code values} as its parameters ?1, ?2, …; true if it inserted the row. */
    static boolean insert(EntityManager em, String sql, Object... values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query.executeUpdate() == 1;
    }
}
