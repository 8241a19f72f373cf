package org.samparksetu.contract.events;

/** The outcome categories Rajasthan Sampark uses when a grievance is disposed. */
public enum DisposalOutcome {
    RELIEF, INTERIM_RELIEF, REJECTED, FALSE_CASE, FILED, NOT_POSSIBLE
}
